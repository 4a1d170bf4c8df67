import { join } from 'node:path';
import type { ExchangeHistoryEntry, ExportRecipient, ExportSummary } from '../../../shared/domain/exchange';
import { refused } from '../../api/errors';
import type { Db } from '../../db/connection';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';
import { writePackage, type RecipientOffice } from '../package-writer';
import type { LocalOffice } from '../package-reader';
import { collectChanges } from '../records/collect';
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
  const records = Object.values(summary.counts).reduce((sum, count) => sum + count.changed + count.deleted, 0);
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
    records: collected.records,
    attachments: collected.attachments,
    since,
    now: options.now,
    workDir: options.dataDir,
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
    return recorded;
  })();
  return { entry, path: written.path, fileName };
}
