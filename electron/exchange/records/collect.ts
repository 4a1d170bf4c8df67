import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../../db/connection';
import { readOfficeId } from '../office-id';
import type { PackageAttachment } from '../package-writer';
import type { RecordVersion } from '../../../shared/exchange/versions';
import { fileEntryName, isStoredName, LETTERHEAD_DIR, logoEntryName, storedFilePath } from './files';
import { clockOf, fileRows, liveRecords, logoFile, summaryOf, tombstones, type Range } from './repositories/changes';
import { recordTables } from './repositories/tables';

/**
 * What the local office sends: every record it owns whose version is above `since` (all of them
 * when `since` is null) and at most the clock's state when the collection starts, so that a change
 * made while the package is written goes into the next package instead of being skipped; its
 * tombstones too. Live records come table by table, parents first; tombstones after them, children
 * first; the receiver also copes with any other order (records/apply.ts).
 */

export interface CollectOptions {
  since: string | null;
  /** Phone numbers and e-mail addresses of people (data minimisation: out unless the user asks). */
  includeContacts: boolean;
  /** Evidence files, meeting files and the letterhead logo. */
  includeFiles: boolean;
  dataDir: string;
}

export interface ChangeSummary {
  counts: Record<string, { changed: number; deleted: number }>;
  /** The highest stamp that goes in, null when nothing does. */
  through: string | null;
  firstAt: string | null;
  lastAt: string | null;
  /** Bytes of the files attached (0 without includeFiles). */
  fileBytes: number;
}

export interface CollectedChanges {
  /**
   * Lazy: read from the database while it is consumed (one statement at a time, over `iterate()`),
   * so consume it once, straight into writePackage, without using the connection meanwhile.
   */
  records: Iterable<RecordVersion>;
  attachments: PackageAttachment[];
  summary: ChangeSummary;
}

function fileAttachments(db: Db, range: Range, dataDir: string): { attachments: PackageAttachment[]; bytes: number } {
  const attachments: PackageAttachment[] = [];
  let bytes = 0;
  for (const { kind, id, stored_name, size_bytes } of fileRows(db, range)) {
    if (!isStoredName(stored_name)) continue;
    const path = storedFilePath(dataDir, kind, stored_name);
    // A file gone from the disk (or changed in size) is not sent: the record still is.
    if (sizeOf(path) !== size_bytes) continue;
    attachments.push({ name: fileEntryName(kind, id, stored_name), path, ref: { kind, id } });
    bytes += size_bytes;
  }
  const logo = logoFile(db);
  if (logo) {
    const path = join(dataDir, LETTERHEAD_DIR, logo);
    const size = sizeOf(path);
    if (size !== null) {
      attachments.push({ name: logoEntryName(logo), path });
      bytes += size;
    }
  }
  return { attachments, bytes };
}

function sizeOf(path: string): number | null {
  try {
    const stat = statSync(path);
    return stat.isFile() ? stat.size : null;
  } catch {
    return null;
  }
}

/** The local office's changes since `since`, counted (cheaply, in SQL) before anything is read. */
export function collectChanges(db: Db, options: CollectOptions): CollectedChanges {
  const office = readOfficeId(db);
  if (!office) throw new Error('This database has no office id yet (ensureOfficeId runs at every start)');
  const range: Range = { office, since: options.since ?? '', upTo: clockOf(db) ?? '' };
  const tables = recordTables(db).list;
  const files = options.includeFiles ? fileAttachments(db, range, options.dataDir) : { attachments: [], bytes: 0 };
  const records: Iterable<RecordVersion> = {
    *[Symbol.iterator]() {
      yield* liveRecords(db, tables, range, options.includeContacts);
      yield* tombstones(db, tables, range);
    },
  };
  return {
    records,
    attachments: files.attachments,
    summary: { ...summaryOf(db, tables, range), fileBytes: files.bytes },
  };
}
