import type { Db } from '../../db/connection';
import { applyingPackage } from '../../db/exchange-functions';
import { ExchangeError } from '../../../shared/exchange/errors';
import type { OfficeCard, PackageEntry } from '../../../shared/exchange/manifest';
import {
  compareVersions,
  decideIncoming,
  type RecordScalar,
  type RecordVersion,
} from '../../../shared/exchange/versions';
import { readPackage, type PackageInput, type ReadContext } from '../package-reader';
import { decodeRecord, withoutContacts } from './codec';
import { existsSync, mkdirSync, readdirSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { durableRename } from '../../backups/durable';
import { FILE_FOLDERS, HELD_FILES_FOLDER, heldFilePath, isStoredName, storedFilePath } from './files';
import { heldRecords, type HeldRecords } from './repositories/held';
import { fileMissing, incomingFiles, type IncomingFiles } from './incoming-files';
import { recordStore, type RecordStore } from './repositories/store';
import { CONTACT_FIELDS, recordTables, type RecordTableInfo, type RecordTables } from './repositories/tables';

/**
 * Applies a package (docs/exchange.md "Applying a package"): every record is decided against the
 * version stored here (`decideIncoming`: newer replaces, same or older changes nothing, another
 * owner refuses the whole package), in one transaction with the ownership triggers standing aside
 * (`applyingPackage`). A version whose references name records this installation does not have
 * yet waits in `exchange_held` and is applied by a later import once they are here, so foreign
 * keys always hold and any order of the same packages ends with the same data. Attached files are
 * staged and moved into the data folder only after the commit.
 */

export interface KindResult {
  added: number;
  updated: number;
  deleted: number;
  unchanged: number;
  /** Waiting in `exchange_held` for records not received yet. */
  held: number;
}

export interface ApplyResult {
  sender: OfficeCard;
  packageId: string;
  packageSha256: string;
  kinds: Record<string, KindResult>;
  /** Meetings and commitments added or changed, by this package or by held records it released. */
  meetingIds: string[];
  commitmentIds: string[];
}

export interface ApplyOptions {
  dataDir: string;
  now?: () => Date;
  /** Told each record's position as it is applied (a job's progress). */
  onRecord?: (position: number) => void;
}

type Outcome = keyof KindResult;

function greater(a: RecordVersion | null, b: RecordVersion | null): RecordVersion | null {
  if (!a || !b) return a ?? b;
  return compareVersions(withoutContacts(a), withoutContacts(b)) >= 0 ? a : b;
}

class RecordApplier {
  private readonly tables: RecordTables;
  readonly store: RecordStore;
  readonly held: HeldRecords;

  constructor(
    private readonly db: Db,
    now: () => Date,
  ) {
    this.tables = recordTables(db);
    this.store = recordStore(db);
    this.held = heldRecords(db, now);
  }

  kind(record: RecordVersion): RecordTableInfo | undefined {
    return this.tables.byKind.get(record.kind);
  }

  /** Applies one version from `sender`; `position` (1-based) names it in a refusal. */
  apply(record: RecordVersion, sender: string, position: number): Outcome {
    const info = this.kind(record);
    if (!info) throw new ExchangeError('RECORD_INVALID', { record: position });
    const stored = this.store.stored(info, record.id);
    const held = this.held.get(record.kind, record.id);
    for (const other of [stored, held])
      if (other && other.owner !== record.owner)
        throw new ExchangeError('OWNER_CONFLICT', { kind: record.kind, id: record.id });
    const current = greater(stored, held);
    const decision = decideIncoming(current && withoutContacts(current), withoutContacts(record), sender);
    if (decision.action === 'refuse') {
      if (decision.reason === 'OWNER_CONFLICT')
        throw new ExchangeError('OWNER_CONFLICT', { kind: record.kind, id: record.id });
      throw new ExchangeError('FOREIGN_OWNER', { record: position });
    }
    if (decision.action === 'keep') {
      if (stored) this.fillContacts(info, stored, record);
      // A held version that the stored one has overtaken waits for nothing any more.
      if (held && stored && greater(stored, held) === stored) this.held.drop(record.kind, record.id);
      return 'unchanged';
    }
    return record.deleted ? this.remove(info, record) : this.write(info, record, stored, position);
  }

  /** Contact details of the same version, sent this time and left out before, are filled in. */
  private fillContacts(info: RecordTableInfo, stored: RecordVersion, record: RecordVersion): void {
    const fields = CONTACT_FIELDS[info.kind];
    if (!fields || !record.data || !stored.data || stored.version !== record.version) return;
    if (compareVersions(withoutContacts(stored), withoutContacts(record)) !== 0) return;
    const values: Record<string, RecordScalar> = {};
    for (const field of fields) {
      const value = record.data[field];
      if (value !== undefined && !Array.isArray(value) && value !== stored.data[field]) values[field] = value;
    }
    if (Object.keys(values).length > 0) this.store.fillContacts(info.kind, record.id, values);
  }

  private write(info: RecordTableInfo, record: RecordVersion, stored: RecordVersion | null, position: number): Outcome {
    const decoded = record.data ? decodeRecord(info, record.data) : null;
    if (!decoded) throw new ExchangeError('RECORD_INVALID', { record: position });
    // A file record names its file: only a name Sirakor makes, never a path out of its folder.
    if (FILE_FOLDERS[info.kind] && !isStoredName(decoded.values.stored_name))
      throw new ExchangeError('RECORD_INVALID', { record: position });
    const parentId = info.parent ? decoded.values[info.parent.column] : null;
    if (info.parent && typeof parentId === 'string') {
      const parentOwner = this.store.ownerOf(info.parent.table, parentId);
      if (parentOwner !== undefined && parentOwner !== record.owner)
        throw new ExchangeError('FOREIGN_PARENT', { record: position });
    }
    const missing = this.store.missingReference(info, record.id, decoded);
    if (missing) {
      // Areas ship with Sirakor: a code this installation lacks is not something a package will bring.
      if (missing.table === 'areas') throw new ExchangeError('RECORD_INVALID', { record: position });
      return this.hold(record, `missing:${missing.table}:${missing.value}`);
    }
    // Without parts, the row's upsert is the one statement that can fail (the tombstone's removal cannot).
    const failure = this.store.attempt(() => this.store.writeLive(info, record, decoded), info.parts.length === 0);
    if (failure === 'unique') return this.hold(record, 'unique');
    if (failure) throw new ExchangeError('RECORD_INVALID', { record: position });
    this.held.drop(record.kind, record.id);
    return stored && !stored.deleted ? 'updated' : 'added';
  }

  private remove(info: RecordTableInfo, record: RecordVersion): Outcome {
    // Without parts, the row's deletion is the one statement that can fail (keeping the tombstone cannot).
    const failure = this.store.attempt(() => this.store.writeTombstone(info, record), info.parts.length === 0);
    // Records of other offices still refer to it: the tombstone waits until they no longer do.
    if (failure) return this.hold(record, 'referenced');
    this.held.drop(record.kind, record.id);
    return 'deleted';
  }

  private hold(record: RecordVersion, waitingFor: string): Outcome {
    this.held.put(record, waitingFor);
    return 'held';
  }

  /**
   * Held versions applied once what they wait for is here, until a pass releases nothing. A held
   * version that now turns out invalid (a child of another office's record) is dropped: it cannot
   * refuse the package that happened to bring its parent.
   */
  release(count: (record: RecordVersion, outcome: Outcome) => void): void {
    for (;;) {
      let released = 0;
      for (const record of this.held.all()) {
        this.held.drop(record.kind, record.id);
        let outcome: Outcome;
        try {
          outcome = this.apply(record, record.owner, 0);
        } catch (error) {
          if (error instanceof ExchangeError) continue;
          throw error;
        }
        if (outcome === 'held') continue;
        released++;
        count(record, outcome);
      }
      if (released === 0) return;
    }
  }
}

function emptyKind(): KindResult {
  return { added: 0, updated: 0, deleted: 0, unchanged: 0, held: 0 };
}

/**
 * Reads, verifies and applies a package from a trusted sender inside the caller's transaction
 * (the import job's, which adds the history entry and commits only on the host's word); throws
 * ExchangeError otherwise, and the caller's rollback applies nothing. The package's files wait in
 * `files` until the caller has committed (`placeIncoming`): placed before, a rollback at the last
 * moment would leave them in the data folder with no record naming them. Never a nested
 * transaction: better-sqlite3 would make it a savepoint, and SQLite then walks the savepoint's
 * journal at the end of every statement, so the ten-year package of a kecamatan took minutes
 * instead of seconds (bench `exchange.import.full`).
 */
export function applyPackageIn(
  db: Db,
  input: PackageInput,
  context: ReadContext,
  options: ApplyOptions,
  files: IncomingFiles,
): ApplyResult {
  if (!db.inTransaction) throw new Error("applyPackageIn runs inside the caller's transaction");
  const now = options.now ?? (() => new Date());
  return applyingPackage(db, () => {
    const applier = new RecordApplier(db, now);
    const kinds: Record<string, KindResult> = {};
    const meetingIds = new Set<string>();
    const commitmentIds = new Set<string>();
    const count = (record: RecordVersion, outcome: Outcome) => {
      (kinds[record.kind] ??= emptyKind())[outcome]++;
      if (outcome !== 'added' && outcome !== 'updated') return;
      if (record.kind === 'meetings') meetingIds.add(record.id);
      if (record.kind === 'commitments') commitmentIds.add(record.id);
    };
    let sender: string | null = null;
    let position = 0;
    const verdict = readPackage(input, context, {
      record(record) {
        position++;
        if (sender === null) {
          // The reader checked every record is the sender's; its row must exist before the first one.
          sender = record.owner;
          applier.store.ensureOffice(sender, now());
        }
        count(record, applier.apply(record, sender, position));
        options.onRecord?.(position);
      },
      attachment(entry) {
        return files.sink(
          entry,
          fileTarget(applier, entry, options.dataDir) ?? files.logoTarget(entry, options.dataDir),
        );
      },
    });
    applier.store.upsertOffice(verdict.sender, now());
    applier.release(count);
    return {
      sender: verdict.sender,
      packageId: verdict.manifest.packageId,
      packageSha256: verdict.packageSha256,
      kinds,
      meetingIds: [...meetingIds],
      commitmentIds: [...commitmentIds],
    };
  });
}

/** After the commit: the package's files to their places, and the held files whose records it released. */
export function placeIncoming(db: Db, files: IncomingFiles, result: ApplyResult, dataDir: string): void {
  files.place(result.sender.officeId);
  settleHeldFiles(db, dataDir);
}

/** Runs `work` with a staging folder for a package's files, removed at the end whatever happens. */
export function withIncomingFiles<T>(dataDir: string, work: (files: IncomingFiles) => T): T {
  const files = incomingFiles(dataDir);
  try {
    return work(files);
  } finally {
    files.discard();
  }
}

/** Applies a package in a transaction of its own, then places its files (the tests' installations). */
export function applyPackage(db: Db, input: PackageInput, context: ReadContext, options: ApplyOptions): ApplyResult {
  return withIncomingFiles(options.dataDir, (files) => {
    const result = db.transaction(() => applyPackageIn(db, input, context, options, files))();
    placeIncoming(db, files, result, options.dataDir);
    return result;
  });
}

/**
 * Where an evidence or meeting file goes: for a record of the sender stored here whose file is
 * missing, its place; for one waiting in `exchange_held` (its progress report or meeting not here
 * yet), beside the held record, until it is applied.
 */
function fileTarget(applier: RecordApplier, entry: PackageEntry, dataDir: string): ((sender: string) => string) | null {
  const kind = entry.ref?.kind;
  if (!entry.ref || !kind || !FILE_FOLDERS[kind]) return null;
  const row = applier.store.fileOf(kind, entry.ref.id);
  if (!row) {
    const held = applier.held.get(kind, entry.ref.id)?.data;
    if (!held || !isStoredName(held.stored_name) || held.sha256 !== entry.sha256) return null;
    const path = heldFilePath(dataDir, kind, entry.ref.id);
    return fileMissing(path) ? () => path : null;
  }
  if (!isStoredName(row.stored_name) || row.sha256 !== entry.sha256) return null;
  const path = storedFilePath(dataDir, kind, row.stored_name);
  return fileMissing(path) ? () => path : null;
}

/**
 * After the commit: the kept file of a held record now applied moves to its place; one whose
 * record is neither held nor stored any more (replaced, deleted) goes. Every import looks, so a
 * crash between a commit and this is settled by the next import.
 */
function settleHeldFiles(db: Db, dataDir: string): void {
  const root = join(dataDir, HELD_FILES_FOLDER);
  if (!existsSync(root)) return;
  const store = recordStore(db);
  const held = heldRecords(db, () => new Date());
  for (const kind of readdirSync(root)) {
    const folder = join(root, kind);
    for (const id of FILE_FOLDERS[kind] ? readdirSync(folder) : []) {
      const kept = join(folder, id);
      if (held.get(kind, id)) continue;
      const row = store.fileOf(kind, id);
      const target = row && isStoredName(row.stored_name) ? storedFilePath(dataDir, kind, row.stored_name) : null;
      if (target && fileMissing(target)) {
        mkdirSync(dirname(target), { recursive: true });
        durableRename(kept, target);
      } else rmSync(kept, { force: true });
    }
    removeIfEmpty(folder);
  }
  removeIfEmpty(root);
}

function removeIfEmpty(folder: string): void {
  try {
    rmdirSync(folder);
  } catch {
    // Not empty (other records' files still wait), or gone already.
  }
}
