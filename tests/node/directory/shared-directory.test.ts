import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobDownload } from '../support/jobs';
import type { DuplicateCandidate } from '../../../shared/domain/directory-links';
import { referencesTo } from '../../../electron/directory/repositories/merge';
import {
  checkIntegrity,
  JENEPONTO,
  KELARA,
  openInstallation,
  receivePackage,
  sendPackage,
  type Installation,
} from '../exchange/installations';
import { seedRakor, type SeedRakor } from '../support/seed-rakor';
import { readPackage } from '../../../electron/exchange/package-reader';
import { readContextOf } from '../exchange/installations';
import type { RecordVersion } from '../../../shared/exchange/versions';

/**
 * The shared directory (issue 11, item 5): the kabupaten and Kelara both hold the Kepala Dinas
 * (one NIP) and the Puskesmas of Kelara; the kabupaten is offered the pairs, links them, and its
 * list and ledger treat each pair as one; Kelara merges two of its own records of one Puskesmas.
 */
let kelara: Installation;
let kabupaten: Installation;
let seed: SeedRakor;
/** A meeting of Kelara still open for changes (the seed Rakor is held and locked). */
let meetingId: string;

const NIP = '197001012000031001';

beforeAll(async () => {
  [kelara, kabupaten] = await Promise.all([openInstallation(KELARA), openInstallation(JENEPONTO)]);
  seed = await seedRakor(kelara.call);
  meetingId = (
    await kelara.call('meetings.create', {
      title: 'Rapat teknis konvergensi Kecamatan Kelara',
      kind: 'rapat_teknis',
      hostLevel: 'kecamatan',
      areaCodes: ['73.04.05'],
      date: '2026-02-10',
      startTime: '09:00',
    })
  ).id;
  await kelara.call('commitments.create', {
    meetingId,
    institutionId: seed.institutions.puskesmasKelara.id,
    description: 'Pendataan balita stunting per desa',
    dueDate: '2026-03-31',
  });
}, 60_000);
afterAll(() => {
  for (const office of [kelara, kabupaten]) office.core.close();
});

function pairOf(list: DuplicateCandidate[], a: string, b: string): DuplicateCandidate | undefined {
  return list.find((c) => [c.first.id, c.second.id].sort().join() === [a, b].sort().join());
}

describe('likely duplicates and links across offices', () => {
  let kadisHere: string;
  let kadisKelara: string;
  let pkmHere: string;

  it('offers a person of the same NIP and an institution of the same area and name, with their differences', async () => {
    kadisHere = (
      await kabupaten.call('people.create', {
        name: 'dr. Andi Makkasau, M.Kes',
        position: 'Kepala Dinas Kesehatan',
        institutionId: null,
        nip: NIP,
      })
    ).id;
    kadisKelara = (
      await kelara.call('people.create', {
        name: 'dr. Andi Makkasau',
        position: 'Kepala Dinas Kesehatan',
        institutionId: null,
        nip: NIP,
      })
    ).id;
    pkmHere = (
      await kabupaten.call('institutions.create', {
        name: 'PKM  kelara.',
        sector: 'kesehatan',
        level: 'kecamatan',
        areaCode: '73.04.05',
      })
    ).id;
    await kabupaten.call('institutions.create', {
      name: 'Puskesmas Kelara',
      sector: 'kesehatan',
      level: 'kecamatan',
      areaCode: '73.04.10',
    });
    await kelara.call('institutions.create', {
      name: 'Puskesmas Kelara',
      sector: 'kesehatan',
      level: 'kecamatan',
      areaCode: '73.04.05',
    });
    receivePackage(kabupaten, sendPackage(kelara, kabupaten).path, [kelara]);

    const found = await kabupaten.call('directory.duplicates', {});
    const person = pairOf(found.people, kadisHere, kadisKelara);
    expect(person).toMatchObject({ matchedOn: 'nip', differences: ['name'], mergeable: false });
    const theirs = kabupaten.db
      .prepare("SELECT id FROM institutions WHERE name = 'Puskesmas Kelara' AND area_code = '73.04.05'")
      .pluck()
      .get() as string;
    const institution = pairOf(found.institutions, pkmHere, theirs);
    expect(institution).toMatchObject({ matchedOn: 'name', differences: ['name'], mergeable: false });
    expect(institution?.first.origin ?? institution?.second.origin).toMatchObject({ officeName: KELARA.name });
    // Another area is another Puskesmas.
    expect(found.institutions.every((c) => c.first.values.areaCode === c.second.values.areaCode)).toBe(true);
    expect(found.total).toBe(found.people.length + found.institutions.length);
  });

  it('lists linked records as one entry with its copies, and the ledger of one includes the other’s commitments', async () => {
    const theirs = seed.institutions.puskesmasKelara.id;
    const ledgerOf = async (institutionId: string) =>
      (await kabupaten.call('commitments.ledger', { institutionId, limit: 100 })).items.map((i) => i.id).sort();
    const kelaraCommitments = await ledgerOf(theirs);
    expect(kelaraCommitments.length).toBeGreaterThan(0);
    expect(await ledgerOf(pkmHere)).toEqual([]);

    const perInstitution = async () =>
      (
        await kabupaten.call('dashboard.summary', { period: { kind: 'year', year: 2026, index: 1 }, limit: 50 })
      ).byInstitution
        .filter((row) => row.key === pkmHere || row.key === theirs)
        .map((row) => [row.key, row.total]);
    expect(await perInstitution()).toEqual([[theirs, 1]]);
    await kabupaten.call('directory.link', { kind: 'institutions', firstId: pkmHere, secondId: theirs });
    // The dashboard counts the group once, under the entry the directory shows.
    expect(await perInstitution()).toEqual([[pkmHere, 1]]);
    expect(await ledgerOf(pkmHere)).toEqual(kelaraCommitments);
    expect(await ledgerOf(theirs)).toEqual(kelaraCommitments);
    const list = await kabupaten.call('institutions.list', { query: 'kelara', sector: 'kesehatan' });
    const shown = list.items.filter((i) => i.id === pkmHere || i.id === theirs);
    // The office's own record stands for the group; the copy is named with its origin.
    expect(shown.map((i) => i.id)).toEqual([pkmHere]);
    expect(shown[0]?.copies).toEqual([
      { id: theirs, name: 'UPT Puskesmas Kelara', origin: { officeId: kelara.officeId, officeName: KELARA.name } },
    ]);
    // The people of the copy are the institution's people too.
    const people = await kabupaten.call('people.list', { institutionId: pkmHere });
    expect(people.items.map((p) => p.id)).toContain(seed.people.kapusKelara.id);
    // A linked pair is not offered again.
    expect(pairOf((await kabupaten.call('directory.duplicates', {})).institutions, pkmHere, theirs)).toBeUndefined();
    // The group is found by the copy's own spelling too, as its one entry.
    const byCopyName = await kabupaten.call('institutions.list', { query: 'UPT Puskesmas' });
    expect(byCopyName.items.filter((i) => i.id === pkmHere || i.id === theirs).map((i) => i.id)).toEqual([pkmHere]);
    const kapus = seed.people.kapusKelara;
    const kapusHere = (
      await kabupaten.call('people.create', { name: 'Kapus Kelara', position: null, institutionId: pkmHere, nip: null })
    ).id;
    await kabupaten.call('directory.link', { kind: 'people', firstId: kapusHere, secondId: kapus.id });
    const byPersonCopy = await kabupaten.call('people.list', { query: kapus.name });
    expect(byPersonCopy.items.filter((p) => p.id === kapusHere || p.id === kapus.id).map((p) => p.id)).toEqual([
      kapusHere,
    ]);
    await kabupaten.call('directory.unlink', { kind: 'people', id: kapus.id });
    expect((await kabupaten.call('people.list', { query: kapus.name })).items.map((p) => p.id)).not.toContain(
      kapusHere,
    );

    await kabupaten.call('directory.unlink', { kind: 'institutions', id: theirs });
    expect(await perInstitution()).toEqual([[theirs, 1]]);
    expect(await ledgerOf(pkmHere)).toEqual([]);
    expect(await ledgerOf(theirs)).toEqual(kelaraCommitments);
    const after = await kabupaten.call('institutions.list', { query: 'kelara', sector: 'kesehatan' });
    expect(after.items.map((i) => i.id)).toEqual(expect.arrayContaining([pkmHere, theirs]));
    expect(after.items.every((i) => i.copies === undefined)).toBe(true);
    expect(checkIntegrity(kabupaten.db)).toEqual({ integrity: 'ok', foreignKeys: [] });
    await expect(kabupaten.call('directory.unlink', { kind: 'institutions', id: theirs })).rejects.toThrow(/CONFLICT/);
  });

  it('joins groups when a record is linked to a member, and keeps the rest linked when one leaves', async () => {
    const make = (name: string) =>
      kabupaten.call('institutions.create', { name, sector: 'pkk', level: 'desa', areaCode: '73.04.05.2006' });
    const [a, b, c] = [
      await make('TP PKK Desa Gantarang'),
      await make('PKK Gantarang'),
      await make('TP-PKK Gantarang'),
    ];
    await kabupaten.call('directory.link', { kind: 'institutions', firstId: a.id, secondId: b.id });
    await kabupaten.call('directory.link', { kind: 'institutions', firstId: c.id, secondId: b.id });
    const listed = async () =>
      (await kabupaten.call('institutions.list', { query: 'gantarang' })).items
        .filter((i) => [a.id, b.id, c.id].includes(i.id))
        .map((i) => [i.id, (i.copies ?? []).map((copy) => copy.id).sort()]);
    const [first, ...rest] = [a.id, b.id, c.id].sort() as [string, string, string];
    expect(await listed()).toEqual([[first, rest]]);
    // The record naming the group leaves: the other two stay one entry.
    await kabupaten.call('directory.unlink', { kind: 'institutions', id: first });
    expect((await listed()).map(([id]) => id).sort()).toEqual([first, rest[0]].sort());
    expect((await listed()).find(([id]) => id === rest[0])?.[1]).toEqual([rest[1]]);
  });

  it('remembers a pair that is not the same', async () => {
    await kabupaten.call('directory.notDuplicate', { kind: 'people', firstId: kadisKelara, secondId: kadisHere });
    expect(pairOf((await kabupaten.call('directory.duplicates', {})).people, kadisHere, kadisKelara)).toBeUndefined();
  });

  it('refuses to merge another office’s record, and changes nothing', async () => {
    const before = kabupaten.db.prepare('SELECT count(*) AS n FROM people').get();
    await expect(
      kabupaten.call('directory.merge', { kind: 'people', keepId: kadisHere, removeId: kadisKelara, take: {} }),
    ).rejects.toThrow(/READ_ONLY/);
    expect(kabupaten.db.prepare('SELECT count(*) AS n FROM people').get()).toEqual(before);
  });
});

describe('merging the office’s own duplicates', () => {
  it('finds every column that refers to institutions and people in the schema', () => {
    const names = (target: string) => referencesTo(kelara.db, target).map((r) => `${r.table}.${r.column}`);
    expect(names('institutions')).toEqual(
      expect.arrayContaining([
        'people.institution_id',
        'commitments.institution_id',
        'meeting_participants.institution_id',
      ]),
    );
    expect(names('people')).toEqual(expect.arrayContaining(['meeting_participants.person_id']));
  });

  it('moves every reference to the kept record, deletes the other with a tombstone that travels', async () => {
    const removed = seed.institutions.puskesmasKelara;
    const kept = await kelara.call('institutions.create', {
      name: 'Puskesmas Kelara',
      shortName: 'PKM Kelara',
      sector: 'kesehatan',
      level: 'kecamatan',
      areaCode: '73.04.05',
      address: 'Jl. Poros Jeneponto–Malakaji',
    });
    const offered = pairOf((await kelara.call('directory.duplicates', {})).institutions, kept.id, removed.id);
    expect(offered).toMatchObject({ mergeable: true });
    expect(offered?.differences).toEqual(['name', 'shortName', 'address']);
    // Both invited to the same meeting: the kept one's invitation stays, the other's goes.
    await kelara.call('participants.add', { meetingId, institutionId: removed.id });
    await kelara.call('participants.add', { meetingId, institutionId: kept.id });
    const references = referencesTo(kelara.db, 'institutions');
    const countOf = (id: string) =>
      references.reduce(
        (n, { table, column }) =>
          n + (kelara.db.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${column} = ?`).get(id) as { n: number }).n,
        0,
      );
    const before = countOf(removed.id);
    expect(before).toBeGreaterThan(2);
    const since = kelara.db
      .prepare("SELECT json_extract(value, '$') FROM settings WHERE key = 'exchange.clock'")
      .pluck()
      .get() as string;

    const result = await kelara.call('directory.merge', {
      kind: 'institutions',
      keepId: kept.id,
      removeId: removed.id,
      take: { name: 'remove' },
    });
    expect(countOf(removed.id)).toBe(0);
    expect(Object.values(result.moved).reduce((a, b) => a + b, 0)).toBe(before);
    expect(kelara.db.prepare('SELECT count(*) AS n FROM institutions WHERE id = ?').get(removed.id)).toEqual({ n: 0 });
    const merged = await kelara.call('institutions.get', { id: kept.id });
    expect(merged).toMatchObject({
      name: removed.name,
      shortName: 'PKM Kelara',
      address: 'Jl. Poros Jeneponto–Malakaji',
    });
    expect(checkIntegrity(kelara.db)).toEqual({ integrity: 'ok', foreignKeys: [] });
    const commitments = kelara.db
      .prepare('SELECT id FROM commitments WHERE institution_id = ?')
      .pluck()
      .all(kept.id) as string[];
    expect(commitments.length).toBeGreaterThan(0);

    // The next package carries the tombstone and the changed references.
    const written = sendPackage(kelara, kabupaten, { since });
    const records: RecordVersion[] = [];
    readPackage(written.path, readContextOf(kabupaten, [kelara]), { record: (r) => void records.push(r) });
    expect(records.find((r) => r.kind === 'institutions' && r.id === removed.id)).toMatchObject({ deleted: true });
    for (const id of commitments)
      expect(records.find((r) => r.kind === 'commitments' && r.id === id)?.data).toMatchObject({
        institution_id: kept.id,
      });
    // Applied at the kabupaten: the old record is gone there too, its commitments name the kept one.
    receivePackage(kabupaten, written.path, [kelara]);
    expect(kabupaten.db.prepare('SELECT count(*) AS n FROM institutions WHERE id = ?').get(removed.id)).toEqual({
      n: 0,
    });
    expect(checkIntegrity(kabupaten.db)).toEqual({ integrity: 'ok', foreignKeys: [] });
  });
});

describe('a merge another office’s records stand in the way of', () => {
  it('is refused, naming the office, and changes nothing', async () => {
    const dinas = await kabupaten.call('institutions.create', {
      name: 'Dinas Kesehatan Kabupaten Jeneponto',
      sector: 'kesehatan',
      level: 'kabupaten',
      areaCode: '73.04',
    });
    const copy = await kabupaten.call('institutions.create', {
      name: 'Dinkes Kab. Jeneponto',
      sector: 'kesehatan',
      level: 'kabupaten',
      areaCode: '73.04',
    });
    receivePackage(kelara, sendPackage(kabupaten, kelara).path, [kabupaten]);
    await kelara.call('commitments.create', {
      meetingId,
      institutionId: dinas.id,
      description: 'Pendampingan tenaga gizi di Puskesmas',
      dueDate: '2026-04-30',
    });
    receivePackage(kabupaten, sendPackage(kelara, kabupaten).path, [kelara]);
    const before = checkIntegrity(kabupaten.db);
    const count = () =>
      kabupaten.db.prepare('SELECT count(*) AS n FROM commitments WHERE institution_id = ?').get(dinas.id);
    const referring = count();
    await expect(
      kabupaten.call('directory.merge', { kind: 'institutions', keepId: copy.id, removeId: dinas.id, take: {} }),
    ).rejects.toThrow(/sharedDirectory\.error\.referencedElsewhere.*Kantor Camat Kelara/);
    expect(count()).toEqual(referring);
    expect(await kabupaten.call('institutions.get', { id: dinas.id })).toMatchObject({ name: dinas.name });
    expect(checkIntegrity(kabupaten.db)).toEqual(before);
    // The other way round is the office's own business: nothing of another office names the copy.
    await kabupaten.call('directory.merge', { kind: 'institutions', keepId: dinas.id, removeId: copy.id, take: {} });
    expect(checkIntegrity(kabupaten.db)).toEqual({ integrity: 'ok', foreignKeys: [] });
  });
});

describe('the directory’s Excel files with other offices’ records', () => {
  it('names the office each record came from in the export', async () => {
    const file = await jobDownload(kabupaten.call, { kind: 'directoryXlsx', input: {} });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(Buffer.from(file.dataBase64, 'base64')) as unknown as ArrayBuffer);
    for (const name of ['Instansi', 'Orang']) {
      const sheet = wb.getWorksheet(name) as ExcelJS.Worksheet;
      const header = (sheet.getRow(1).values as unknown[]).slice(1);
      expect(header.at(-1)).toBe('Asal data');
      const origins = new Map<string, unknown>();
      sheet.eachRow((row, n) => {
        if (n > 1) origins.set(String(row.getCell(1).value), row.getCell(header.length).value ?? null);
      });
      if (name === 'Instansi') {
        expect(origins.get('Koramil Kelara')).toBe(KELARA.name);
        expect(origins.get('PKM  kelara.')).toBeNull();
      } else {
        expect(origins.get('dr. Andi Makkasau')).toBe(KELARA.name);
        expect(origins.get('dr. Andi Makkasau, M.Kes')).toBeNull();
      }
    }
  });

  it('never changes another office’s record on import, and says so per row', async () => {
    const before = kabupaten.db.prepare('SELECT id, version FROM institutions ORDER BY id').all();
    const csv = '\ufeffNama;Sektor;Tingkat;Kode wilayah\r\nKoramil Kelara;TNI/Polri;Kecamatan;73.04.05\r\n';
    const input = {
      fileName: 'instansi.csv',
      dataBase64: Buffer.from(csv).toString('base64'),
      mode: 'check' as const,
    };
    const checked = await kabupaten.call('directory.importXlsx', input);
    expect(checked.rows).toEqual([
      expect.objectContaining({ outcome: 'duplicate', duplicateOf: 'Koramil Kelara', duplicateOrigin: KELARA.name }),
    ]);
    const imported = await kabupaten.call('directory.importXlsx', {
      ...input,
      mode: 'import',
      checkedSha256: checked.sha256,
    });
    expect(imported.imported).toEqual({ institutions: 0, people: 0 });
    expect(kabupaten.db.prepare('SELECT id, version FROM institutions ORDER BY id').all()).toEqual(before);
  });
});
