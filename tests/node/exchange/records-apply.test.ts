import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Commitment } from '../../../shared/domain/commitments';
import { collectChanges } from '../../../electron/exchange/records/collect';
import { TINY_PNG } from '../property/support/harness';
import { seedRakor, type SeedRakor } from '../support/seed-rakor';
import {
  checkIntegrity,
  dumpRecords,
  JENEPONTO,
  KELARA,
  openInstallation,
  receivePackage,
  sendPackage,
  type Installation,
} from './installations';

/**
 * The data core of the exchange on two real installations: Kelara records the seed Rakor and
 * sends everything; the kabupaten applies it, again (nothing changes), reports progress on a
 * commitment of Kelara, and sends it back; Kelara's commitment moves by its own trigger.
 */
let kelara: Installation;
let kabupaten: Installation;
let seed: SeedRakor;

beforeAll(async () => {
  kelara = await openInstallation(KELARA);
  kabupaten = await openInstallation(JENEPONTO);
  seed = await seedRakor(kelara.call, { approve: true });
  const [commitment] = seed.commitments as [Commitment];
  await kelara.call('commitments.addUpdate', {
    commitmentId: commitment.id,
    reportedOn: '2025-11-01',
    note: 'Sudah dimulai',
    percent: 30,
    statusAfter: 'in_progress',
    evidence: [{ name: 'foto.png', mediaType: 'image/png', dataBase64: TINY_PNG }],
  });
}, 60_000);
afterAll(() => {
  kelara.core.close();
  kabupaten.core.close();
});

describe('collect, write, apply', () => {
  it('counts what it will send before reading it, and sends what it counted', () => {
    const collected = collectChanges(kelara.db, {
      since: null,
      includeContacts: false,
      includeFiles: true,
      dataDir: kelara.dataDir,
    });
    const records = [...collected.records];
    const counted = Object.values(collected.summary.counts).reduce((n, c) => n + c.changed + c.deleted, 0);
    expect(records.length).toBe(counted);
    expect(collected.summary.counts.meetings?.changed).toBe(1);
    expect(collected.summary.through).toBe(
      records
        .map((r) => r.version)
        .sort()
        .at(-1),
    );
    expect(collected.attachments.map((a) => a.ref?.kind)).toEqual(['evidence_files']);
    expect(collected.summary.fileBytes).toBeGreaterThan(0);
    // Data minimisation: people's phone and e-mail stay out unless asked for.
    const person = records.find((r) => r.kind === 'people');
    expect(person?.data).not.toHaveProperty('phone');
    const withContacts = collectChanges(kelara.db, {
      since: null,
      includeContacts: true,
      includeFiles: false,
      dataDir: kelara.dataDir,
    });
    expect([...withContacts.records].find((r) => r.kind === 'people')?.data).toHaveProperty('phone');
    // The commitments' local columns never travel.
    const commitment = records.find((r) => r.kind === 'commitments');
    for (const local of ['last_update_id', 'listed', 'meeting_zone', 'meeting_at', 'search_doc'])
      expect(commitment?.data).not.toHaveProperty(local);
  });

  it('applies a whole office once, and a second time changes nothing', () => {
    const written = sendPackage(kelara, kabupaten, { includeFiles: true });
    const first = receivePackage(kabupaten, written.path, [kelara]);
    expect(first.sender.officeId).toBe(kelara.officeId);
    expect(first.meetingIds).toEqual([seed.meeting.id]);
    expect(first.kinds.meetings).toMatchObject({ added: 1, updated: 0, held: 0 });
    expect(dumpRecords(kabupaten.db, kelara.officeId)).toEqual(dumpRecords(kelara.db, kelara.officeId));
    const office = kabupaten.db
      .prepare('SELECT name, level, area_code, kode, trusted_at FROM offices WHERE id = ?')
      .get(kelara.officeId);
    expect(office).toEqual({
      name: KELARA.name,
      level: 'kecamatan',
      area_code: '73.04.05',
      kode: kelara.card.kode,
      trusted_at: null,
    });
    const evidence = kabupaten.db.prepare('SELECT stored_name FROM evidence_files').get() as { stored_name: string };
    expect(existsSync(`${kabupaten.dataDir}/evidence/${evidence.stored_name}`)).toBe(true);

    const again = receivePackage(kabupaten, written.path, [kelara]);
    for (const counts of Object.values(again.kinds))
      expect(counts).toMatchObject({ added: 0, updated: 0, deleted: 0, held: 0 });
    expect(dumpRecords(kabupaten.db, kelara.officeId)).toEqual(dumpRecords(kelara.db, kelara.officeId));
    expect(checkIntegrity(kabupaten.db)).toEqual({ integrity: 'ok', foreignKeys: [] });
  });

  it('a progress report of the kabupaten moves the status of Kelara’s commitment there, by Kelara’s clock', async () => {
    const commitment = (seed.commitments as Commitment[])[1] as Commitment;
    const mark = kabupaten.db
      .prepare("SELECT json_extract(value, '$') AS clock FROM settings WHERE key = 'exchange.clock'")
      .get() as { clock: string };
    await kabupaten.call('commitments.addUpdate', {
      commitmentId: commitment.id,
      reportedOn: '2025-12-01',
      note: 'Selesai dilaksanakan',
      percent: 100,
      statusAfter: 'done',
      evidence: [],
    });
    const back = sendPackage(kabupaten, kelara, { since: mark.clock });
    const result = receivePackage(kelara, back.path, [kabupaten]);
    expect(result.kinds.commitment_updates).toMatchObject({ added: 1 });
    const row = kelara.db.prepare('SELECT status, owner_office_id FROM commitments WHERE id = ?').get(commitment.id);
    expect(row).toEqual({ status: 'done', owner_office_id: kelara.officeId });
    expect(checkIntegrity(kelara.db)).toEqual({ integrity: 'ok', foreignKeys: [] });
  });
});
