import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Db } from '../../../electron/db/connection';
import { LATEST_SCHEMA_VERSION } from '../../../electron/db/migrations';
import { ensureOfficeKeys, fileKeyStore, OFFICE_KEYS_FILE } from '../../../electron/exchange/key-store';
import type { OfficeKeys } from '../../../electron/exchange/keys';
import { kodeVerifikasi } from '../../../electron/exchange/kode-verifikasi';
import { readOfficeId } from '../../../electron/exchange/office-id';
import type { PackageInput, ReadContext } from '../../../electron/exchange/package-reader';
import { writePackage, type WrittenPackage } from '../../../electron/exchange/package-writer';
import { applyPackage, type ApplyResult } from '../../../electron/exchange/records/apply';
import { recordOfRow, type Row } from '../../../electron/exchange/records/codec';
import { collectChanges, type CollectOptions } from '../../../electron/exchange/records/collect';
import { recordTables, selectRecordsSql } from '../../../electron/exchange/records/repositories/tables';
import type { HostLevel } from '../../../shared/domain/meetings';
import type { OfficeCard } from '../../../shared/exchange/manifest';
import { canonicalJson } from '../../../shared/exchange/versions';
import { callerOf, type Call } from '../support/seed-rakor';
import { startCoreIn } from '../support/safety';
import { startTestCore } from '../support/temp';

/**
 * Installations of Sirakor for exchange tests: a core on a real data folder with its own office
 * id and keys (made at the first start, as on a new PC), and what goes between them: packages
 * written with collectChanges + writePackage, applied with applyPackage.
 */

export type TestCore = Awaited<ReturnType<typeof startTestCore>>;

export interface Installation {
  core: TestCore;
  call: Call;
  db: Db;
  dataDir: string;
  officeId: string;
  name: string;
  level: HostLevel;
  areaCode: string;
  keys: OfficeKeys;
  card: OfficeCard;
}

export interface OfficeSettings {
  name: string;
  level: 'kecamatan' | 'kabupaten';
  kabupatenCode: string;
  kecamatanCode?: string;
}

export const KELARA: OfficeSettings = {
  name: 'Kantor Camat Kelara',
  level: 'kecamatan',
  kabupatenCode: '73.04',
  kecamatanCode: '73.04.05',
};
export const RUMBIA: OfficeSettings = {
  name: 'Kantor Camat Rumbia',
  level: 'kecamatan',
  kabupatenCode: '73.04',
  kecamatanCode: '73.04.10',
};
export const JENEPONTO: OfficeSettings = {
  name: 'Sekretariat TPPS Kabupaten Jeneponto',
  level: 'kabupaten',
  kabupatenCode: '73.04',
};

export async function openInstallation(office: OfficeSettings, now?: () => Date): Promise<Installation> {
  const core = await startTestCore(now ? { now } : {});
  const call = callerOf(core.dispatch);
  await call('settings.update', {
    office: {
      level: office.level,
      kabupatenCode: office.kabupatenCode,
      ...(office.kecamatanCode ? { kecamatanCode: office.kecamatanCode } : {}),
      officeName: office.name,
    },
  });
  return installationOf(core, office);
}

function installationOf(core: TestCore, office: OfficeSettings): Installation {
  const db = core.store.db;
  const officeId = readOfficeId(db) as string;
  const { keys } = ensureOfficeKeys(fileKeyStore(join(core.dataDir, OFFICE_KEYS_FILE)), officeId);
  const areaCode = office.kecamatanCode ?? office.kabupatenCode;
  const card: OfficeCard = {
    officeId,
    name: office.name,
    level: office.level,
    areaCode,
    keys: { ...keys.publicKeys },
    kode: kodeVerifikasi(officeId, keys.publicKeys),
  };
  const call = callerOf(core.dispatch);
  return {
    core,
    call,
    db,
    dataDir: core.dataDir,
    officeId,
    name: office.name,
    level: office.level,
    areaCode,
    keys,
    card,
  };
}

/**
 * Where copies live: a memory file system when there is one (/dev/shm on Linux), so the thousands
 * of packages and commits of the convergence test do not wait for the disk's flushes; the files
 * are real files all the same.
 */
const COPIES_DIR = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();

/** A closed installation's data folder, to start copies of: the same office, id and keys, on another folder. */
export interface InstallationTemplate {
  dataDir: string;
  office: OfficeSettings;
}

export async function makeTemplate(office: OfficeSettings): Promise<InstallationTemplate> {
  const installation = await openInstallation(office);
  // Something to start from: a dinas, its head, and a meeting in preparation with an agenda item.
  const { call } = installation;
  const level = office.level;
  const dinas = await call('institutions.create', {
    name: `Dinas Kesehatan (${office.name})`,
    sector: 'kesehatan',
    level,
    areaCode: null,
  });
  await call('people.create', { name: `Kepala Dinas (${office.name})`, institutionId: dinas.id });
  const meeting = await call('meetings.create', {
    title: `Rakor TPPS ${office.name}`,
    kind: 'rakor_tpps',
    hostLevel: level,
    areaCodes: [office.kecamatanCode ?? office.kabupatenCode],
    date: '2026-01-08',
    startTime: '09:00',
  });
  await call('agenda.create', { meetingId: meeting.id, kind: 'discussion', title: 'Capaian intervensi' });
  const dataDir = mkdtempSync(join(tmpdir(), 'sirakor-template-'));
  installation.core.store.db.pragma('wal_checkpoint(TRUNCATE)');
  cpSync(installation.dataDir, dataDir, { recursive: true });
  rmSync(join(dataDir, 'sirakor.lock'), { force: true });
  installation.core.close();
  return { dataDir, office };
}

/** A running copy of a template on a fresh folder; `core.close()` removes the folder. */
export async function startCopy(template: InstallationTemplate): Promise<Installation> {
  const dataDir = mkdtempSync(join(COPIES_DIR, 'sirakor-copy-'));
  cpSync(template.dataDir, dataDir, { recursive: true });
  const core = await startCoreIn(dataDir);
  const closing = core.close.bind(core);
  return installationOf(
    Object.assign(core, {
      dataDir,
      close() {
        closing();
        rmSync(dataDir, { recursive: true, force: true });
      },
    }),
    template.office,
  );
}

export function readContextOf(reader: Installation, trusted: Installation[]): ReadContext {
  const known = new Map(trusted.map((office) => [office.officeId, office]));
  return {
    local: { officeId: reader.officeId, keys: reader.keys, schemaVersion: LATEST_SCHEMA_VERSION },
    trusted: (id) => {
      const office = known.get(id);
      return office ? { officeId: office.officeId, publicKeys: office.keys.publicKeys } : null;
    },
  };
}

/** A package of `from`'s changes for `to` (encrypted) or for any office. */
export function sendPackage(
  from: Installation,
  to: Installation | null,
  options: Partial<Omit<CollectOptions, 'dataDir'>> = {},
): WrittenPackage {
  const since = options.since ?? null;
  const collected = collectChanges(from.db, {
    since,
    includeContacts: options.includeContacts ?? false,
    includeFiles: options.includeFiles ?? false,
    dataDir: from.dataDir,
  });
  return writePackage({
    path: join(from.dataDir, `out-${randomUUID()}.sirakor`),
    sender: { keys: from.keys, name: from.name, level: from.level, areaCode: from.areaCode },
    recipient: to
      ? { kind: 'office', officeId: to.officeId, name: to.name, publicKeys: to.keys.publicKeys }
      : { kind: 'any' },
    schemaVersion: LATEST_SCHEMA_VERSION,
    appVersion: '0.0.0-test',
    records: collected.records,
    attachments: collected.attachments,
    since,
    workDir: from.dataDir,
  });
}

export function receivePackage(into: Installation, input: PackageInput, trusted: Installation[]): ApplyResult {
  return applyPackage(into.db, input, readContextOf(into, trusted), { dataDir: into.dataDir });
}

/**
 * Every exchanged record an installation holds (owned by an office), as canonical text by kind
 * and id, tombstones included; contact details out (a sender may leave them out for one recipient
 * and not for another). `owner` keeps one office's records only.
 */
export function dumpRecords(db: Db, owner?: string): Map<string, string> {
  const dump = new Map<string, string>();
  for (const info of recordTables(db).list) {
    const rows = db.prepare<[], Row>(`${selectRecordsSql(info)} WHERE r.owner_office_id IS NOT NULL`).all();
    for (const row of rows) {
      const record = recordOfRow(info, row, false);
      if (!owner || record.owner === owner) dump.set(`${info.kind}/${record.id}`, canonicalJson(record));
    }
  }
  const dead = db
    .prepare<[], { kind: string; id: string; owner_office_id: string; version: string }>(
      'SELECT kind, id, owner_office_id, version FROM exchange_tombstones',
    )
    .all();
  for (const row of dead)
    if (!owner || row.owner_office_id === owner)
      dump.set(
        `${row.kind}/${row.id}`,
        canonicalJson({ owner: row.owner_office_id, version: row.version, deleted: true }),
      );
  return dump;
}

/**
 * The whole database's content, for "nothing was applied": every table, every row, in order;
 * except the region list (91,599 rows shipped with Sirakor, never written by an import) and the
 * search index's own tables (derived from the rows compared here).
 */
export function dumpDatabase(db: Db): string {
  const tables = db
    .prepare<[], { name: string }>(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%'
         AND name != 'areas' ORDER BY name`,
    )
    .all();
  return tables
    .map(({ name }) => `${name}\n${JSON.stringify(db.prepare(`SELECT * FROM "${name}" ORDER BY 1, 2`).raw().all())}`)
    .join('\n');
}

export function checkIntegrity(db: Db): { integrity: string; foreignKeys: unknown[] } {
  return {
    integrity: String(db.pragma('integrity_check', { simple: true })),
    foreignKeys: db.pragma('foreign_key_check') as unknown[],
  };
}
