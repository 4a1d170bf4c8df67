import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../electron/db/migrations';
import { abortError } from '../../../electron/jobs/tasks';
import { keptPackage } from '../../../electron/exchange/service/inbox';
import { inspectPackage } from '../../../electron/exchange/service/inspect';
import { importPackage } from '../../../electron/exchange/service/receive';
import { checkIntegrity, JENEPONTO, KELARA, openInstallation, sendPackage, type Installation } from './installations';

/**
 * Terima data commits on the host's word, given or refused at the very end (Batal at the gate).
 * A package's attached files must reach the data folder only once its records are committed: a
 * rollback at the last moment leaves no file that no record names, and the import made again
 * places them.
 */
let kelara: Installation;
let kabupaten: Installation;
const photo = Buffer.from('%PDF-1.4\n% foto kegiatan PMT lokal di Desa Tolo\n');

beforeAll(async () => {
  [kelara, kabupaten] = await Promise.all([openInstallation(KELARA), openInstallation(JENEPONTO)]);
  const dinas = await kelara.call('institutions.create', {
    name: 'Puskesmas Tolo',
    sector: 'kesehatan',
    level: 'kecamatan',
    areaCode: null,
  });
  const meeting = await kelara.call('meetings.create', {
    title: 'Rakor TPPS Kecamatan Kelara',
    kind: 'rakor_tpps',
    hostLevel: 'kecamatan',
    areaCodes: ['73.04.05'],
    date: '2026-02-05',
    startTime: '09:00',
  });
  const commitment = await kelara.call('commitments.create', {
    meetingId: meeting.id,
    institutionId: dinas.id,
    description: 'PMT lokal bagi balita gizi kurang',
    dueDate: '2026-04-30',
  });
  await kelara.call('commitments.addUpdate', {
    commitmentId: commitment.id,
    reportedOn: '2026-02-20',
    note: 'PMT berjalan di dua desa',
    percent: 40,
    evidence: [{ name: 'foto-pmt.pdf', mediaType: 'application/pdf', dataBase64: photo.toString('base64') }],
  });
}, 60_000);

afterAll(() => {
  for (const office of [kelara, kabupaten]) office.core.close();
});

/** Keeps the package in the kabupaten's inbox and trusts Kelara, as Terima data does before its job. */
async function keptAndTrusted(path: string) {
  const { uploadId } = await kabupaten.call('backups.uploadChunk', {
    uploadId: null,
    offset: 0,
    dataBase64: readFileSync(path).toString('base64'),
  });
  const inspection = await kabupaten.call('exchange.inspect', { uploadId, name: 'kelara.sirakor' });
  if (inspection.status === 'needs-trust') {
    const identity = await kelara.call('exchange.identity', {});
    await kabupaten.call('exchange.trust', {
      ref: inspection.ref,
      kode: identity.keys.state === 'ready' ? identity.keys.kode : '',
    });
  }
  return keptPackage(kabupaten.dataDir, inspection.ref);
}

function importOnce(kept: ReturnType<typeof keptPackage>, beforeCommit?: () => void) {
  const local = { officeId: kabupaten.officeId, keys: kabupaten.keys, schemaVersion: LATEST_SCHEMA_VERSION };
  const { verdict } = inspectPackage(kabupaten.db, local, kept);
  return importPackage(kabupaten.db, {
    dataDir: kabupaten.dataDir,
    local,
    kept,
    verdict,
    now: () => new Date(),
    ...(beforeCommit ? { beforeCommit } : {}),
  });
}

/** Every file under the data folder's file folders and staging folders, by path. */
function filesIn(dataDir: string): string[] {
  return readdirSync(dataDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dataDir.length + 1))
    .filter((path) => /^(evidence|meeting-files|office-logos|exchange-held-files|\.exchange-incoming-)/.test(path));
}

describe('attached files of an imported package', () => {
  it('stay out of the data folder when the import is cancelled at its commit, and arrive when it is made again', async () => {
    const sent = sendPackage(kelara, kabupaten, { includeFiles: true });
    const kept = await keptAndTrusted(sent.path);
    const before = filesIn(kabupaten.dataDir);

    expect(() =>
      importOnce(kept, () => {
        throw abortError();
      }),
    ).toThrow();
    expect(kabupaten.db.prepare('SELECT count(*) FROM evidence_files').pluck().get()).toBe(0);
    expect(kabupaten.db.prepare('SELECT count(*) FROM exchange_history').pluck().get()).toBe(0);
    expect(filesIn(kabupaten.dataDir)).toEqual(before);

    const entry = importOnce(kept);
    expect(entry.report?.kinds.evidence_files).toMatchObject({ added: 1 });
    const stored = kabupaten.db.prepare('SELECT stored_name FROM evidence_files').pluck().get() as string;
    const placed = join(kabupaten.dataDir, 'evidence', ...stored.split('/'));
    expect(readFileSync(placed)).toEqual(photo);
    expect(filesIn(kabupaten.dataDir).filter((path) => !before.includes(path))).toEqual([
      join('evidence', ...stored.split('/')),
    ]);
    expect(existsSync(join(kabupaten.dataDir, 'exchange-held-files'))).toBe(false);
    expect(checkIntegrity(kabupaten.db)).toEqual({ integrity: 'ok', foreignKeys: [] });
  });
});
