import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HELD_FILES_FOLDER } from '../../../electron/exchange/records/files';
import {
  checkIntegrity,
  dumpRecords,
  JENEPONTO,
  KELARA,
  openInstallation,
  receivePackage,
  RUMBIA,
  sendPackage,
  type Installation,
} from './installations';

/**
 * A record naming a record the receiver does not have yet: Kelara's commitment names a dinas of
 * the kabupaten, and Rumbia receives Kelara's package before the kabupaten's. The commitment waits
 * in exchange_held (foreign keys hold), and the kabupaten's package releases it.
 */
let kelara: Installation;
let rumbia: Installation;
let kabupaten: Installation;

beforeAll(async () => {
  [kelara, rumbia, kabupaten] = await Promise.all([
    openInstallation(KELARA),
    openInstallation(RUMBIA),
    openInstallation(JENEPONTO),
  ]);
}, 60_000);
afterAll(() => {
  for (const office of [kelara, rumbia, kabupaten]) office.core.close();
});

describe('records waiting for what they refer to', () => {
  it('holds a commitment naming a dinas not received yet, and applies it when the dinas arrives', async () => {
    const dinas = await kabupaten.call('institutions.create', {
      name: 'Dinas Kesehatan Kabupaten Jeneponto',
      sector: 'kesehatan',
      level: 'kabupaten',
      areaCode: null,
    });
    receivePackage(kelara, sendPackage(kabupaten, kelara).path, [kabupaten]);
    const meeting = await kelara.call('meetings.create', {
      title: 'Rakor TPPS Kecamatan Kelara',
      kind: 'rakor_tpps',
      hostLevel: 'kecamatan',
      areaCodes: ['73.04.05'],
      date: '2026-01-08',
      startTime: '09:00',
    });
    const commitment = await kelara.call('commitments.create', {
      meetingId: meeting.id,
      institutionId: dinas.id,
      description: 'Pemberian makanan tambahan bagi balita gizi kurang',
      dueDate: '2026-03-31',
    });

    const early = receivePackage(rumbia, sendPackage(kelara, rumbia).path, [kelara]);
    expect(early.kinds.commitments).toMatchObject({ added: 0, held: 1 });
    expect(early.kinds.meetings).toMatchObject({ added: 1 });
    expect(early.commitmentIds).toEqual([]);
    expect(rumbia.db.prepare('SELECT count(*) AS n FROM commitments').get()).toEqual({ n: 0 });
    expect(rumbia.db.prepare('SELECT kind, id, waiting_for FROM exchange_held').all()).toEqual([
      { kind: 'commitments', id: commitment.id, waiting_for: `missing:institutions:${dinas.id}` },
    ]);
    expect(checkIntegrity(rumbia.db)).toEqual({ integrity: 'ok', foreignKeys: [] });

    // The same package again: the held version is the same, nothing changes.
    const again = receivePackage(rumbia, sendPackage(kelara, rumbia).path, [kelara]);
    expect(again.kinds.commitments).toMatchObject({ unchanged: 1, held: 0 });

    const late = receivePackage(rumbia, sendPackage(kabupaten, rumbia).path, [kabupaten]);
    expect(late.kinds.institutions).toMatchObject({ added: 1 });
    expect(late.kinds.commitments).toMatchObject({ added: 1 });
    expect(late.commitmentIds).toEqual([commitment.id]);
    expect(rumbia.db.prepare('SELECT count(*) AS n FROM exchange_held').get()).toEqual({ n: 0 });
    expect(dumpRecords(rumbia.db, kelara.officeId)).toEqual(dumpRecords(kelara.db, kelara.officeId));
    expect(dumpRecords(rumbia.db, kabupaten.officeId)).toEqual(dumpRecords(kabupaten.db, kabupaten.officeId));
    expect(checkIntegrity(rumbia.db)).toEqual({ integrity: 'ok', foreignKeys: [] });
  });

  it('keeps the evidence file of a held progress report, and puts it in place when the report is released', async () => {
    const dinas = await kabupaten.call('institutions.create', {
      name: 'Dinas Sosial Kabupaten Jeneponto',
      sector: 'sosial',
      level: 'kabupaten',
      areaCode: null,
    });
    receivePackage(kelara, sendPackage(kabupaten, kelara).path, [kabupaten]);
    const meeting = await kelara.call('meetings.create', {
      title: 'Rakor TPPS Kecamatan Kelara — bantuan sosial',
      kind: 'rakor_tpps',
      hostLevel: 'kecamatan',
      areaCodes: ['73.04.05'],
      date: '2026-02-05',
      startTime: '09:00',
    });
    const commitment = await kelara.call('commitments.create', {
      meetingId: meeting.id,
      institutionId: dinas.id,
      description: 'Bantuan pangan bagi keluarga berisiko stunting',
      dueDate: '2026-04-30',
    });
    const photo = Buffer.from('%PDF-1.4\n% daftar penerima bantuan pangan\n');
    await kelara.call('commitments.addUpdate', {
      commitmentId: commitment.id,
      reportedOn: '2026-02-20',
      note: 'Daftar penerima sudah diverifikasi',
      percent: 40,
      evidence: [{ name: 'daftar-penerima.pdf', mediaType: 'application/pdf', dataBase64: photo.toString('base64') }],
    });

    const early = receivePackage(rumbia, sendPackage(kelara, rumbia, { includeFiles: true }).path, [kelara]);
    expect(early.kinds.evidence_files).toMatchObject({ added: 0, held: 1 });
    expect(rumbia.db.prepare('SELECT count(*) AS n FROM evidence_files').get()).toEqual({ n: 0 });

    const late = receivePackage(rumbia, sendPackage(kabupaten, rumbia).path, [kabupaten]);
    expect(late.kinds.evidence_files).toMatchObject({ added: 1 });
    const stored = rumbia.db.prepare('SELECT stored_name FROM evidence_files').pluck().get() as string;
    expect(readFileSync(join(rumbia.dataDir, 'evidence', ...stored.split('/')))).toEqual(photo);
    // Nothing of it is left waiting.
    expect(existsSync(join(rumbia.dataDir, HELD_FILES_FOLDER))).toBe(false);
    expect(checkIntegrity(rumbia.db)).toEqual({ integrity: 'ok', foreignKeys: [] });
  });
});
