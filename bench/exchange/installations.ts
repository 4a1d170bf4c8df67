import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { openConnection, type Db } from '../../electron/db/connection';
import { applyingPackage } from '../../electron/db/exchange-functions';
import { DATABASE_FILE_NAME } from '../../electron/db/store';
import { newId } from '../../electron/db/ids';
import { PART_TABLES, RECORD_TABLES } from '../../electron/db/migrations/009-ownership';
import { LATEST_SCHEMA_VERSION } from '../../electron/db/migrations';
import { ensureOfficeKeys, fileKeyStore, OFFICE_KEYS_FILE } from '../../electron/exchange/key-store';
import type { OfficeKeys } from '../../electron/exchange/keys';
import { kodeVerifikasi } from '../../electron/exchange/kode-verifikasi';
import { readOfficeId } from '../../electron/exchange/office-id';
import type { LocalOffice } from '../../electron/exchange/package-reader';
import { dropPackage, keepFile } from '../../electron/exchange/service/inbox';
import { inspectPackage } from '../../electron/exchange/service/inspect';
import { importPackage, refuseIfImported } from '../../electron/exchange/service/receive';
import { trustOffice } from '../../electron/exchange/service/repositories/offices';
import { writeExport, type WrittenExport } from '../../electron/exchange/service/send';
import type { ExchangeHistoryEntry } from '../../shared/domain/exchange';
import type { OfficeCard } from '../../shared/exchange/manifest';
import { benchDataset } from '../dataset/cache';
import { freshDatabase } from '../dataset/fresh';
import { benchCacheDir } from '../support/paths';
import { KABUPATEN_AREA, splitAreas } from './ownership';

/**
 * Installations of the ten-year dataset read as the work of 12 offices (docs/exchange.md, "Bench
 * figures"): the kabupaten's secretariat and the 11 kecamatan offices, each with its own office id,
 * keys and clock. Built once per dataset into `.cache/bench/exchange-<dataset name>/`:
 *
 * - `split.sqlite`: the dataset with every record owned as `ownership.ts` decides and stamped by
 *   its owner's clock (the dataset's one stamp, with the owner's id); an installation of any of
 *   the 12 offices once its identity is set (`asOffice`), holding everyone's records.
 * - `keys/<area>.json`: each office's key file.
 * - `kabupaten-base.sqlite`: the kabupaten's own records only, in a new database.
 * - `kabupaten-ten.sqlite`: the base after importing the full packages of the ten kecamatan other
 *   than the measured one (Kelara), every sender trusted; `kabupaten-all.sqlite`: after Kelara's too.
 *
 * The packages are made by the service's Kirim data (`writeExport`, encrypted to the kabupaten)
 * on the split with each kecamatan's identity, and imported as the import job does (kept in the
 * inbox, inspected, `importPackage`). The cache goes when the dataset's file or this builder changes.
 */

/** Changes whenever what is built here changes: the cache is rebuilt. */
const BUILD_VERSION = 1;

/** The kecamatan whose figures are measured: Kelara, the seed Rakor's. */
export const MEASURED_KECAMATAN = '73.04.05';

export interface BenchOffice {
  officeId: string;
  name: string;
  level: 'kecamatan' | 'kabupaten';
  areaCode: string;
  /** The office's key file (office-keys.json) in the cache. */
  keyFile: string;
}

export interface ExchangeBench {
  dir: string;
  split: string;
  kabupatenBase: string;
  kabupatenTen: string;
  kabupatenAll: string;
  kabupaten: BenchOffice;
  kecamatan: BenchOffice[];
  measured: BenchOffice;
  /** The dataset's day: the handlers' clock. */
  today: string;
}

interface Marker {
  buildVersion: number;
  dataset: string;
  datasetSize: number;
  datasetMtime: number;
  kabupaten: BenchOffice;
  kecamatan: BenchOffice[];
}

const MARKER = 'complete.json';

export function officeKeys(office: BenchOffice): OfficeKeys {
  return ensureOfficeKeys(fileKeyStore(office.keyFile), office.officeId).keys;
}

export function localOf(office: BenchOffice): LocalOffice {
  return { officeId: office.officeId, keys: officeKeys(office), schemaVersion: LATEST_SCHEMA_VERSION };
}

export function cardOf(office: BenchOffice): OfficeCard {
  const keys = officeKeys(office);
  return {
    officeId: office.officeId,
    name: office.name,
    level: office.level,
    areaCode: office.areaCode,
    keys: { ...keys.publicKeys },
    kode: kodeVerifikasi(office.officeId, keys.publicKeys),
  };
}

/** The stamp every record of the dataset carries, with `office` as its issuer. */
function datasetStamp(db: Db, office: string): string {
  const clock = db.prepare(`SELECT json_extract(value, '$') AS v FROM settings WHERE key = 'exchange.clock'`).get() as {
    v: string;
  };
  return `${clock.v.slice(0, 30)}${office}`;
}

/**
 * Makes the installation on `db` the given office's: its id, its clock (the highest stamp it
 * issued), its Data kantor (the local offices row follows it), and the kabupaten trusted with its
 * keys (a kecamatan sends its packages there).
 */
export function asOffice(db: Db, office: BenchOffice, kabupaten: BenchOffice): void {
  const card = cardOf(office);
  const clock = db.prepare('SELECT max(version) AS v FROM meetings WHERE owner_office_id = ?').get(office.officeId) as {
    v: string | null;
  };
  const settings = {
    level: office.level,
    provinceCode: '73',
    kabupatenCode: KABUPATEN_AREA,
    kecamatanCode: office.level === 'kecamatan' ? office.areaCode : null,
    desaCode: null,
    officeName: office.name,
  };
  db.transaction(() => {
    const set = db.prepare(`UPDATE settings SET value = json_quote(?) WHERE key = ?`);
    set.run(office.officeId, 'exchange.officeId');
    set.run(clock.v ?? datasetStamp(db, office.officeId), 'exchange.clock');
    db.prepare(`UPDATE settings SET value = ? WHERE key = 'office'`).run(JSON.stringify(settings));
    db.prepare(
      `UPDATE offices SET signing_public_key = ?, receiving_public_key = ?, kode = ?, trusted_at = NULL WHERE id = ?`,
    ).run(card.keys.signing, card.keys.receiving, card.kode, office.officeId);
  })();
  if (office.officeId !== kabupaten.officeId) trustOffice(db, cardOf(kabupaten), new Date());
}

function checkpointed(db: Db): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('journal_mode = DELETE');
  db.close();
}

/** A data folder with a copy of `file` as its database and `office`'s key file. */
export function installationFolder(dir: string, file: string, office: BenchOffice): string {
  mkdirSync(dir, { recursive: true });
  copyFileSync(file, join(dir, DATABASE_FILE_NAME));
  copyFileSync(office.keyFile, join(dir, OFFICE_KEYS_FILE));
  // On disk before any figure times work on it: an office's database is at rest, not 700 MB of a
  // fresh copy still waiting in the page cache, whose write-back would stall the measured writes.
  const copy = openSync(join(dir, DATABASE_FILE_NAME), 'r+');
  try {
    fsyncSync(copy);
  } finally {
    closeSync(copy);
  }
  return join(dir, DATABASE_FILE_NAME);
}

/** Kirim data of everything this office owns, for the kabupaten, into `folder`. */
export function exportEverything(
  db: Db,
  dataDir: string,
  from: BenchOffice,
  to: BenchOffice,
  folder: string,
  now: () => Date,
): WrittenExport {
  return writeExport(db, {
    dataDir,
    local: localOf(from),
    request: {
      recipient: { kind: 'office', officeId: to.officeId },
      everything: true,
      includeContacts: false,
      includeFiles: false,
    },
    folder,
    now,
    appVersion: 'bench',
  });
}

/**
 * Terima data as the import job does it, from the kept file on: inspected (the whole package
 * read), refused if imported before, applied with its history entry in one transaction, dropped.
 * The file is first kept in the inbox as an upload keeps it (not part of the job).
 */
export function keepPackage(dataDir: string, path: string) {
  return keepFile(dataDir, basename(path), (target) => copyFileSync(path, target));
}

export function importKept(
  db: Db,
  dataDir: string,
  local: LocalOffice,
  kept: ReturnType<typeof keepPackage>,
  now: () => Date,
): ExchangeHistoryEntry {
  const { verdict } = inspectPackage(db, local, kept);
  refuseIfImported(db, verdict.packageSha256);
  const entry = importPackage(db, { dataDir, local, kept, verdict, now });
  dropPackage(dataDir, kept.ref);
  return entry;
}

export function heldCount(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM exchange_held').get() as { n: number }).n;
}

/** The offices of the split: the dataset's own office is the kabupaten's; a new one per kecamatan. */
function makeOffices(db: Db, keysDir: string): { kabupaten: BenchOffice; kecamatan: BenchOffice[] } {
  mkdirSync(keysDir, { recursive: true });
  const office = (officeId: string, name: string, level: BenchOffice['level'], areaCode: string): BenchOffice => {
    const made = { officeId, name, level, areaCode, keyFile: join(keysDir, `${areaCode}.json`) };
    officeKeys(made);
    return made;
  };
  const kabupaten = office(
    readOfficeId(db) as string,
    'Sekretariat TPPS Kabupaten Jeneponto',
    'kabupaten',
    KABUPATEN_AREA,
  );
  const areas = db.prepare(`SELECT code, name FROM areas WHERE code LIKE '73.04.__' ORDER BY code`).all() as {
    code: string;
    name: string;
  }[];
  const kecamatan = areas.map((area) => office(newId(), `Kantor Camat ${area.name}`, 'kecamatan', area.code));
  return { kabupaten, kecamatan };
}

/** Rewrites the owner and the stamp of every record that the split gives to a kecamatan office. */
function splitOwnership(db: Db, offices: BenchOffice[]): void {
  splitAreas(db);
  const now = new Date().toISOString();
  const kept = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%\\_owner\\_kept' ESCAPE '\\'`)
    .all() as { name: string; sql: string }[];
  applyingPackage(db, () =>
    db.transaction(() => {
      db.exec('CREATE TEMP TABLE split_office (area TEXT PRIMARY KEY, office_id TEXT NOT NULL) WITHOUT ROWID');
      const insert = db.prepare('INSERT INTO split_office VALUES (?, ?)');
      const offices_ = db.prepare(
        `INSERT INTO offices (id, name, level, area_code, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
      );
      for (const office of offices) {
        if (office.level === 'kecamatan') insert.run(office.areaCode, office.officeId);
        offices_.run(office.officeId, office.name, office.level, office.areaCode, now);
      }
      // A record never changes owner (migration 009); this one-off derivation of a bench cache does it once.
      for (const { name } of kept) db.exec(`DROP TRIGGER ${name}`);
      for (const { table } of RECORD_TABLES)
        db.exec(`UPDATE ${table} SET owner_office_id = o.office_id, version = substr(${table}.version, 1, 30) || o.office_id
          FROM split_area s JOIN split_office o ON o.area = s.area
          WHERE s.kind = '${table}' AND s.id = ${table}.id`);
      for (const { sql } of kept) db.exec(sql);
    })(),
  );
}

/**
 * The kabupaten's own records only, copied from the split into a new database as the store makes
 * it on first run (migrated, regions loaded), with the split's settings and office row. Inserting
 * the kabupaten's third is far quicker than deleting the rest (each deletion also leaves the
 * search index); the triggers fill the search index and the ledger's local columns as they do for
 * an import.
 */
async function kabupatenOnly(split: string, target: string, kabupaten: BenchOffice): Promise<void> {
  const db = await freshDatabase(target);
  try {
    db.prepare('ATTACH DATABASE ? AS src').run(split);
    // Checked once at the end: a commitment names its latest report, which comes after it.
    db.pragma('foreign_keys = OFF');
    applyingPackage(db, () =>
      db.transaction(() => {
        db.exec(`DELETE FROM main.settings; INSERT INTO main.settings SELECT * FROM src.settings`);
        db.exec(`DELETE FROM main.offices`);
        db.prepare(`INSERT INTO main.offices SELECT * FROM src.offices WHERE id = ?`).run(kabupaten.officeId);
        const office = { office: kabupaten.officeId };
        for (const { table } of RECORD_TABLES)
          db.prepare(`INSERT INTO main.${table} SELECT * FROM src.${table} WHERE owner_office_id = @office`).run(
            office,
          );
        for (const { table, parent } of PART_TABLES)
          db.prepare(
            `INSERT INTO main.${table} SELECT p.* FROM src.${table} p
             JOIN src.${parent.table} r ON r.id = p.${parent.column} WHERE r.owner_office_id = @office`,
          ).run(office);
        const broken = db.pragma('foreign_key_check') as unknown[];
        if (broken.length > 0)
          throw new Error(`The kabupaten's own records name others' (${broken.length} references)`);
      })(),
    );
    db.exec('DETACH DATABASE src');
  } finally {
    checkpointed(db);
  }
}

function importAll(
  file: string,
  work: string,
  bench: Pick<ExchangeBench, 'kabupaten'>,
  packages: { office: BenchOffice; path: string }[],
  log: (line: string) => void,
): void {
  const dataDir = join(work, `kabupaten-${newId()}`);
  mkdirSync(dataDir, { recursive: true });
  const db = openConnection(file);
  try {
    const local = localOf(bench.kabupaten);
    for (const { office, path } of packages) {
      const started = Date.now();
      // The user compared the kecamatan's kode verifikasi by phone at its first package.
      trustOffice(db, cardOf(office), new Date());
      importKept(db, dataDir, local, keepPackage(dataDir, path), () => new Date());
      log(`  ${office.name}: imported in ${((Date.now() - started) / 1000).toFixed(1)} s, ${heldCount(db)} held`);
    }
  } finally {
    checkpointed(db);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function removeStale(root: string, keep: string): void {
  for (const name of readdirSync(root))
    if (name.startsWith('exchange-') && name !== keep) rmSync(join(root, name), { recursive: true, force: true });
}

function paths(dir: string) {
  return {
    split: join(dir, 'split.sqlite'),
    kabupatenBase: join(dir, 'kabupaten-base.sqlite'),
    kabupatenTen: join(dir, 'kabupaten-ten.sqlite'),
    kabupatenAll: join(dir, 'kabupaten-all.sqlite'),
  };
}

/** The installations, built once per dataset (about two minutes) and reused. */
export async function exchangeBench(log: (line: string) => void = console.log): Promise<ExchangeBench> {
  const dataset = await benchDataset({ log });
  const stat = statSync(dataset.file);
  const root = benchCacheDir();
  const name = `exchange-${basename(dataset.file, '.sqlite')}`;
  const dir = join(root, name);
  const expected = {
    buildVersion: BUILD_VERSION,
    dataset: basename(dataset.file),
    datasetSize: stat.size,
    datasetMtime: stat.mtimeMs,
  };
  const marker = existsSync(join(dir, MARKER)) ? (JSON.parse(readFileSync(join(dir, MARKER), 'utf8')) as Marker) : null;
  const current =
    marker &&
    marker.buildVersion === expected.buildVersion &&
    marker.dataset === expected.dataset &&
    marker.datasetSize === expected.datasetSize &&
    marker.datasetMtime === expected.datasetMtime;
  if (!current) {
    removeStale(root, `${name}.tmp-${process.pid}`);
    await build(join(root, `${name}.tmp-${process.pid}`), dataset.file, expected, log);
    renameSync(join(root, `${name}.tmp-${process.pid}`), dir);
  }
  const made = JSON.parse(readFileSync(join(dir, MARKER), 'utf8')) as Marker;
  const rebase = (office: BenchOffice) => ({ ...office, keyFile: join(dir, 'keys', basename(office.keyFile)) });
  const kecamatan = made.kecamatan.map(rebase);
  return {
    dir,
    ...paths(dir),
    kabupaten: rebase(made.kabupaten),
    kecamatan,
    measured: kecamatan.find((office) => office.areaCode === MEASURED_KECAMATAN) as BenchOffice,
    today: dataset.today,
  };
}

async function build(
  dir: string,
  datasetFile: string,
  expected: Omit<Marker, 'kabupaten' | 'kecamatan'>,
  log: (line: string) => void,
): Promise<void> {
  log(`\nBuilding the exchange installations of the dataset into ${dir}…`);
  mkdirSync(dir, { recursive: true });
  const files = paths(dir);
  const started = Date.now();
  const seconds = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
  copyFileSync(datasetFile, files.split);
  let db = openConnection(files.split);
  const offices = makeOffices(db, join(dir, 'keys'));
  log(`  offices and keys: ${seconds()}`);
  splitOwnership(db, [offices.kabupaten, ...offices.kecamatan]);
  asOffice(db, offices.kabupaten, offices.kabupaten);
  checkpointed(db);
  log(`  ownership split: ${seconds()}`);
  await kabupatenOnly(files.split, files.kabupatenBase, offices.kabupaten);
  log(`  kabupaten base: ${seconds()}`);
  // Every kecamatan's Kirim data, on a scratch copy of the split (its history is not kept).
  const work = join(dir, 'work');
  const scratch = installationFolder(join(work, 'kecamatan'), files.split, offices.kabupaten);
  db = openConnection(scratch);
  const packages: { office: BenchOffice; path: string }[] = [];
  try {
    for (const office of offices.kecamatan) {
      asOffice(db, office, offices.kabupaten);
      const folder = join(work, 'packages', office.areaCode);
      mkdirSync(folder, { recursive: true });
      const written = exportEverything(
        db,
        join(work, 'kecamatan'),
        office,
        offices.kabupaten,
        folder,
        () => new Date(),
      );
      packages.push({ office, path: written.path });
    }
  } finally {
    db.close();
  }
  log(`  11 packages: ${seconds()}`);
  copyFileSync(files.kabupatenBase, files.kabupatenTen);
  const others = packages.filter(({ office }) => office.areaCode !== MEASURED_KECAMATAN);
  const measured = packages.filter(({ office }) => office.areaCode === MEASURED_KECAMATAN);
  importAll(files.kabupatenTen, work, offices, others, log);
  copyFileSync(files.kabupatenTen, files.kabupatenAll);
  importAll(files.kabupatenAll, work, offices, measured, log);
  db = openConnection(files.kabupatenTen);
  try {
    // Kelara is trusted before its first package arrives (its code compared by phone): the import alone is measured.
    trustOffice(db, cardOf(measured[0]?.office as BenchOffice), new Date());
  } finally {
    checkpointed(db);
  }
  db = openConnection(files.kabupatenAll, { readonly: true });
  const held = heldCount(db);
  db.close();
  if (held !== 0) throw new Error(`The kabupaten holding all 11 packages still holds ${held} records`);
  log(`  kabupaten with all 11 packages: ${seconds()}, nothing held`);
  rmSync(work, { recursive: true, force: true });
  const marker: Marker = { ...expected, ...offices };
  writeFileSync(join(dir, MARKER), JSON.stringify(marker, null, 2));
}

/** A running installation on a copy of a cached file, in a temporary data folder of its own. */
export interface BenchInstallation {
  dataDir: string;
  db: Db;
  office: BenchOffice;
  close(): void;
}

/** Opens a copy of `file` in a new temporary data folder as `office`'s installation. */
export function openInstallation(file: string, office: BenchOffice, kabupaten: BenchOffice): BenchInstallation {
  const dataDir = mkdtempSync(join(tmpdir(), 'sirakor-bench-exchange-'));
  const db = openConnection(installationFolder(dataDir, file, office));
  if (office.officeId !== kabupaten.officeId) asOffice(db, office, kabupaten);
  return {
    dataDir,
    db,
    office,
    close() {
      if (db.open) db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Kantor Camat Kelara's installation for the figures that export from it: a copy of the split with
 * its identity, opened in `setup` and removed in `teardown`.
 */
export function measuredKecamatan() {
  let state: { kecamatan: BenchInstallation; kabupaten: BenchOffice } | null = null;
  return {
    async setup() {
      const bench = await exchangeBench();
      state = { kecamatan: openInstallation(bench.split, bench.measured, bench.kabupaten), kabupaten: bench.kabupaten };
    },
    async teardown() {
      state?.kecamatan.close();
      state = null;
    },
    get() {
      if (!state) throw new Error('setup did not run');
      return state;
    },
  };
}
