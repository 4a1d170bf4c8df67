import { join } from 'node:path';
import type { ExchangeHistoryEntry, ExportRecipient, ExportSummary } from '../../../shared/domain/exchange';
import { refused } from '../../api/errors';
import type { Db } from '../../db/connection';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';
import { writePackage, type RecipientOffice } from '../package-writer';
import type { LocalOffice } from '../package-reader';
import { collectChanges, type CollectedChanges } from '../records/collect';
import type { RecordVersion } from '../../../shared/exchange/versions';
import { ANY_OFFICE, markSent, recordExchange, sentThrough } from './repositories/history';
import { senderOf } from './local';
import { recipientKeys } from './repositories/offices';
import { packageFileName } from './file-names';

/**
 * Kirim data: a package of this office's records for one trusted office (encrypted to its key) or
 * for any office (not encrypted), with the changes since the last complete package to that
 * recipient or everything; people's contacts and the evidence files only when asked.
 */

export interface ExportRequest {
  recipient: ExportRecipient;
  everything: boolean;
  includeContacts: boolean;
  includeFiles: boolean;
  toFolder?: boolean;
}

interface Target {
  key: string;
  writer: RecipientOffice;
  shown: ExportSummary['recipient'];
  name: string;
}

function targetOf(db: Db, recipient: ExportRecipient): Target {
  if (recipient.kind === 'any') return { key: ANY_OFFICE, writer: { kind: 'any' }, shown: { kind: 'any' }, name: '' };
  const keys = recipientKeys(db, recipient.officeId);
  if (!keys) throw refused('exchangeOfficeUnknown');
  return {
    key: recipient.officeId,
    writer: { kind: 'office', officeId: recipient.officeId, name: keys.name, publicKeys: keys.publicKeys },
    shown: { kind: 'office', officeId: recipient.officeId, name: keys.name, kode: keys.kode },
    name: keys.name,
  };
}

function sinceOf(db: Db, target: Target, everything: boolean): { since: string | null; lastSentAt: string | null } {
  const sent = sentThrough(db, target.key);
  return { since: everything ? null : (sent?.through ?? null), lastSentAt: sent?.sentAt ?? null };
}

/** How many records counts per kind name (a summary's, a manifest's): changed and deleted. */
export function recordsIn(counts: Record<string, { changed: number; deleted: number }>): number {
  return Object.values(counts).reduce((sum, count) => sum + count.changed + count.deleted, 0);
}

/** What the package would carry, shown before it is made: counts per kind, the date range, the files' size. */
export function exportSummary(db: Db, dataDir: string, request: ExportRequest): ExportSummary {
  const target = targetOf(db, request.recipient);
  const { since, lastSentAt } = sinceOf(db, target, request.everything);
  // The files are counted whether or not they go, so the screen can show their size before the choice.
  const { summary, attachments } = collectChanges(db, {
    since,
    includeContacts: request.includeContacts,
    includeFiles: true,
    dataDir,
  });
  const records = recordsIn(summary.counts);
  return {
    recipient: target.shown,
    encrypted: target.writer.kind === 'office',
    since,
    lastSentAt,
    counts: summary.counts,
    records,
    firstAt: summary.firstAt,
    lastAt: summary.lastAt,
    fileBytes: summary.fileBytes,
    files: attachments.length,
  };
}

/** How often a job hears how many records were collected. */
const PROGRESS_EVERY = 500;

/** The records as they are consumed, counted against the total the summary gave up front. */
function counted(
  collected: CollectedChanges,
  progress: (done: number, total: number) => void,
): Iterable<RecordVersion> {
  const total = recordsIn(collected.summary.counts);
  return {
    *[Symbol.iterator]() {
      let done = 0;
      progress(done, total);
      for (const record of collected.records) {
        yield record;
        if (++done % PROGRESS_EVERY === 0) progress(done, total);
      }
      progress(done, total);
    },
  };
}

export interface WrittenExport {
  entry: ExchangeHistoryEntry;
  path: string;
  fileName: string;
}

/**
 * Writes the package at `folder/<name>.sirakor` (atomically: a temporary name, then a rename), then
 * records it in the history and moves the recipient's mark, in one transaction: a package that was
 * never completed leaves no trace, and the next one carries the same changes again.
 */
export function writeExport(
  db: Db,
  options: {
    dataDir: string;
    local: LocalOffice;
    request: ExportRequest;
    folder: string;
    now: () => Date;
    appVersion: string;
    /** Where the records wait, compressed, while the package is assembled; the data folder unless given. */
    workDir?: string;
    /** Records collected so far out of all that go (a job's progress). */
    progress?: (done: number, total: number) => void;
    /** Called last inside the history's transaction: throwing there records nothing (a job cancelled). */
    beforeCommit?: () => void;
  },
): WrittenExport {
  const { request, local } = options;
  const target = targetOf(db, request.recipient);
  const sender = senderOf(db);
  const { since } = sinceOf(db, target, request.everything);
  const collected = collectChanges(db, {
    since,
    includeContacts: request.includeContacts,
    includeFiles: request.includeFiles,
    dataDir: options.dataDir,
  });
  const at = options.now();
  const fileName = packageFileName(sender.name, target.name, at);
  const written = writePackage({
    path: join(options.folder, fileName),
    sender: { keys: local.keys, ...sender },
    recipient: target.writer,
    schemaVersion: LATEST_SCHEMA_VERSION,
    appVersion: options.appVersion,
    records: options.progress ? counted(collected, options.progress) : collected.records,
    attachments: collected.attachments,
    since,
    now: options.now,
    workDir: options.workDir ?? options.dataDir,
  });
  const entry = db.transaction(() => {
    const recorded = recordExchange(db, {
      direction: 'out',
      manifest: written.manifest,
      packageSha256: written.sha256,
      office: target.writer.kind === 'office' ? { id: target.key, name: target.name } : null,
      fileName,
      sizeBytes: written.bytes,
      encrypted: target.writer.kind === 'office',
      at,
    });
    markSent(db, target.key, written.manifest, at);
    options.beforeCommit?.();
    return recorded;
  })();
  return { entry, path: written.path, fileName };
}
