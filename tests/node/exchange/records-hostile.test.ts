import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../electron/db/migrations';
import { writePackage } from '../../../electron/exchange/package-writer';
import { ExchangeError, type ExchangeReason } from '../../../shared/exchange/errors';
import { formatStamp } from '../../../shared/exchange/stamp';
import type { RecordData, RecordVersion } from '../../../shared/exchange/versions';
import type { Commitment } from '../../../shared/domain/commitments';
import { indonesianText } from '../support/indonesian';
import { seedRakor, type SeedRakor } from '../support/seed-rakor';
import { collectChanges } from '../../../electron/exchange/records/collect';
import {
  dumpDatabase,
  JENEPONTO,
  KELARA,
  openInstallation,
  readContextOf,
  receivePackage,
  RUMBIA,
  sendPackage,
  type Installation,
} from './installations';
import { applyPackage } from '../../../electron/exchange/records/apply';

/**
 * Packages that pass the reader (validly signed by a trusted office, every record its own) but ask
 * the database for what no office may do: take another office's id, delete its record, hang a
 * record under its meeting, write a table or a column that is not exchanged, name a file outside
 * its folder. Each is refused with its reason and an Indonesian message, and nothing is applied:
 * the receiver's whole database is the same before and after, and no file arrives. Every package
 * starts with a harmless new record, so "nothing" includes the records before the bad one.
 */
let kelara: Installation;
let rumbia: Installation;
let kabupaten: Installation;
let seed: SeedRakor;
let rumbiaMeeting: RecordVersion;
let rumbiaAgenda: RecordVersion;
let rumbiaInstitution: RecordVersion;
let counter = 0;

function stamped(record: Omit<RecordVersion, 'owner' | 'version'>, from = rumbia): RecordVersion {
  counter++;
  return {
    ...record,
    owner: from.officeId,
    version: formatStamp({ wall: Date.now(), counter, office: from.officeId }),
  };
}

function harmless(): RecordVersion {
  return stamped({
    kind: 'institutions',
    id: `0199f1a0-0000-7000-8000-${String(counter).padStart(12, '0')}`,
    deleted: false,
    data: { ...(rumbiaInstitution.data as RecordData), name: `Puskesmas ${counter}` },
  });
}

function packageOf(records: RecordVersion[]): string {
  return writePackage({
    path: join(rumbia.dataDir, `hostile-${counter}.sirakor`),
    sender: { keys: rumbia.keys, name: rumbia.name, level: rumbia.level, areaCode: rumbia.areaCode },
    recipient: {
      kind: 'office',
      officeId: kabupaten.officeId,
      name: kabupaten.name,
      publicKeys: kabupaten.keys.publicKeys,
    },
    schemaVersion: LATEST_SCHEMA_VERSION,
    appVersion: '0.0.0-test',
    records,
    workDir: rumbia.dataDir,
  }).path;
}

beforeAll(async () => {
  [kelara, rumbia, kabupaten] = await Promise.all([
    openInstallation(KELARA),
    openInstallation(RUMBIA),
    openInstallation(JENEPONTO),
  ]);
  seed = await seedRakor(kelara.call, { approve: false });
  receivePackage(kabupaten, sendPackage(kelara, kabupaten).path, [kelara]);
  await kabupaten.call('institutions.create', {
    name: 'Bappeda Jeneponto',
    sector: 'perencanaan',
    level: 'kabupaten',
    areaCode: null,
  });
  const dinas = await rumbia.call('institutions.create', {
    name: 'Puskesmas Rumbia',
    sector: 'kesehatan',
    level: 'kecamatan',
    areaCode: null,
  });
  const meeting = await rumbia.call('meetings.create', {
    title: 'Rakor TPPS Kecamatan Rumbia',
    kind: 'rakor_tpps',
    hostLevel: 'kecamatan',
    areaCodes: ['73.04.10'],
    date: '2026-01-09',
    startTime: '09:00',
  });
  await rumbia.call('agenda.create', { meetingId: meeting.id, kind: 'discussion', title: 'Capaian' });
  const records = [
    ...collectChanges(rumbia.db, { since: null, includeContacts: false, includeFiles: false, dataDir: rumbia.dataDir })
      .records,
  ];
  const find = (kind: string) => records.find((r) => r.kind === kind) as RecordVersion;
  rumbiaMeeting = find('meetings');
  rumbiaAgenda = find('agenda_items');
  rumbiaInstitution = find('institutions');
  expect(rumbiaInstitution.id).toBe(dinas.id);
}, 90_000);
afterAll(() => {
  for (const office of [kelara, rumbia, kabupaten]) office.core.close();
});

interface HostileCase {
  name: string;
  reason: ExchangeReason;
  record: () => RecordVersion;
}

const meetingWith = (data: RecordData, id = '0199f1a0-0000-7000-8000-0000000000aa') =>
  stamped({ kind: 'meetings', id, deleted: false, data: { ...(rumbiaMeeting.data as RecordData), ...data } });
const without = (data: RecordData | null, field: string) =>
  Object.fromEntries(Object.entries(data ?? {}).filter(([key]) => key !== field));

const CASES: HostileCase[] = [
  {
    name: 'the id of another office’s meeting (the same id with two owners)',
    reason: 'OWNER_CONFLICT',
    record: () => meetingWith({}, seed.meeting.id),
  },
  {
    name: 'a tombstone for another office’s commitment',
    reason: 'OWNER_CONFLICT',
    record: () =>
      stamped({ kind: 'commitments', id: (seed.commitments[0] as Commitment).id, deleted: true, data: null }),
  },
  {
    name: 'the id of the receiver’s own record',
    reason: 'OWNER_CONFLICT',
    record: () => {
      const own = kabupaten.db.prepare('SELECT id FROM offices WHERE id = ?').get(kabupaten.officeId) as { id: string };
      void own;
      const local = kabupaten.db
        .prepare('SELECT id FROM institutions WHERE owner_office_id = ? LIMIT 1')
        .get(kabupaten.officeId) as { id: string };
      return stamped({ kind: 'institutions', id: local.id, deleted: false, data: rumbiaInstitution.data });
    },
  },
  {
    name: 'the id of a seeded catalogue row (no office’s)',
    reason: 'OWNER_CONFLICT',
    record: () => {
      const seeded = kabupaten.db.prepare('SELECT id FROM interventions WHERE is_seeded = 1 LIMIT 1').get() as {
        id: string;
      };
      return stamped({
        kind: 'interventions',
        id: seeded.id,
        deleted: false,
        data: {
          kind: 'spesifik',
          code: 'X-1',
          name: 'Palsu',
          indicator: null,
          unit: null,
          national_target: null,
          target_group: null,
          position: 0,
          created_at: '2026-01-01T00:00:00.000Z',
          updated_at: '2026-01-01T00:00:00.000Z',
          deleted_at: null,
        },
      });
    },
  },
  {
    name: 'an agenda item hung under another office’s meeting',
    reason: 'FOREIGN_PARENT',
    record: () =>
      stamped({
        kind: 'agenda_items',
        id: '0199f1a0-0000-7000-8000-0000000000ab',
        deleted: false,
        data: { ...(rumbiaAgenda.data as RecordData), meeting_id: seed.meeting.id },
      }),
  },
  {
    name: 'a kind that is not exchanged (settings)',
    reason: 'RECORD_INVALID',
    record: () => stamped({ kind: 'settings', id: 'office', deleted: false, data: { value: '{}' } }),
  },
  {
    name: 'a kind that is not exchanged (offices)',
    reason: 'RECORD_INVALID',
    record: () => stamped({ kind: 'offices', id: kelara.officeId, deleted: true, data: null }),
  },
  {
    name: 'a kind that is not exchanged (areas)',
    reason: 'RECORD_INVALID',
    record: () => stamped({ kind: 'areas', id: '73.04.05', deleted: true, data: null }),
  },
  {
    name: 'the owner as a column',
    reason: 'RECORD_INVALID',
    record: () => meetingWith({ owner_office_id: kelara.officeId }),
  },
  {
    name: 'a derived column (search_text)',
    reason: 'RECORD_INVALID',
    record: () => meetingWith({ search_text: 'palsu' }),
  },
  {
    name: 'a local column of commitments (last_update_id)',
    reason: 'RECORD_INVALID',
    record: () =>
      stamped({
        kind: 'commitments',
        id: '0199f1a0-0000-7000-8000-0000000000ac',
        deleted: false,
        data: { last_update_id: null },
      }),
  },
  {
    name: 'a required column missing (title)',
    reason: 'RECORD_INVALID',
    record: () =>
      stamped({
        kind: 'meetings',
        id: '0199f1a0-0000-7000-8000-0000000000ad',
        deleted: false,
        data: without(rumbiaMeeting.data, 'title'),
      }),
  },
  {
    name: 'a value its column refuses (status)',
    reason: 'RECORD_INVALID',
    record: () => meetingWith({ status: 'dibatalkan' }),
  },
  {
    name: 'a list where one value belongs',
    reason: 'RECORD_INVALID',
    record: () => meetingWith({ title: ['a', 'b'] }),
  },
  {
    name: 'part lists that do not line up',
    reason: 'RECORD_INVALID',
    record: () => meetingWith({ meeting_areas__area_code: ['73.04.10', '73.04.05'], meeting_areas__position: [0] }),
  },
  {
    name: 'an area that does not exist',
    reason: 'RECORD_INVALID',
    record: () => meetingWith({ meeting_areas__area_code: ['99.99.99'], meeting_areas__position: [0] }),
  },
  {
    name: 'an evidence file named outside its folder',
    reason: 'RECORD_INVALID',
    record: () =>
      stamped({
        kind: 'evidence_files',
        id: '0199f1a0-0000-7000-8000-0000000000ae',
        deleted: false,
        data: {
          update_id: '0199f1a0-0000-7000-8000-0000000000af',
          original_name: 'a.png',
          stored_name: '../../sirakor.sqlite',
          media_type: 'image/png',
          size_bytes: 1,
          sha256: 'a'.repeat(64),
          created_at: '2026-01-01T00:00:00.000Z',
          deleted_at: null,
        },
      }),
  },
];

describe('hostile packages from a trusted office', () => {
  it.each(CASES)('$name: refused ($reason), nothing applied', ({ reason, record }) => {
    const path = packageOf([harmless(), record()]);
    const before = dumpDatabase(kabupaten.db);
    let refusal: unknown = null;
    try {
      applyPackage(kabupaten.db, path, readContextOf(kabupaten, [kelara, rumbia]), { dataDir: kabupaten.dataDir });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(ExchangeError);
    const error = refusal as ExchangeError;
    expect(error.reason).toBe(reason);
    expect(indonesianText(error.key, error.params ?? {})).toMatch(/tidak ada data yang diterima/i);
    expect(dumpDatabase(kabupaten.db)).toBe(before);
    expect(readdirSync(kabupaten.dataDir).filter((name) => name.startsWith('.exchange-incoming'))).toEqual([]);
  });

  it('a package replayed after newer ones changes nothing', async () => {
    const dinas = rumbiaInstitution.id;
    const fields = {
      sector: 'kesehatan',
      level: 'kecamatan',
      areaCode: null,
      shortName: null,
      address: null,
      phone: null,
      email: null,
    } as const;
    await rumbia.call('institutions.update', { id: dinas, name: 'Puskesmas Rumbia (lama)', ...fields });
    const older = sendPackage(rumbia, kabupaten);
    await rumbia.call('institutions.update', { id: dinas, name: 'Puskesmas Rumbia (baru)', ...fields });
    const newer = sendPackage(rumbia, kabupaten);
    receivePackage(kabupaten, newer.path, [rumbia]);
    const before = dumpDatabase(kabupaten.db);
    const replay = receivePackage(kabupaten, older.path, [rumbia]);
    for (const counts of Object.values(replay.kinds))
      expect(counts).toMatchObject({ added: 0, updated: 0, deleted: 0, held: 0 });
    expect(dumpDatabase(kabupaten.db)).toBe(before);
    expect(kabupaten.db.prepare('SELECT name FROM institutions WHERE id = ?').get(dinas)).toEqual({
      name: 'Puskesmas Rumbia (baru)',
    });
    expect(existsSync(newer.path)).toBe(true);
  });
});
