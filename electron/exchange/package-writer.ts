import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, openSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Deflate } from 'fflate';
import { durableRename, tempPathBeside } from '../backups/durable';
import { newId } from '../db/ids';
import { ExchangeError, shownText } from '../../shared/exchange/errors';
import { exchangeLimits, type ExchangeLimits } from '../../shared/exchange/limits';
import {
  PACKAGE_FORMAT,
  type OfficeCard,
  type OfficePublicKeys,
  type PackageEntry,
  type PackageManifest,
  type PackageRecipient,
} from '../../shared/exchange/manifest';
import { entryNameKey, isSafeEntryName, RECORDS_ENTRY } from '../../shared/exchange/names';
import { checkRecord, recordKey } from '../../shared/exchange/record';
import type { HostLevel } from '../../shared/domain/meetings';
import type { RecordVersion } from '../../shared/exchange/versions';
import { fdSink, fileSource, hashingSink, type ByteSink } from './byte-io';
import { kodeVerifikasi } from './kode-verifikasi';
import { publicKeyFromRaw, type OfficeKeys } from './keys';
import { emitPackage, signerOf } from './package-emit';
import { changesOf, countsOf, newManifestTally, tallyRecord, type ManifestTally } from './tally';
import { systemClock } from '../db/clock';

/**
 * Writes a `.sirakor` package: the records compressed into a temporary file first (their digest
 * and counts go into the manifest, which comes first in the package), then the package itself
 * into a temporary file beside the destination, flushed and renamed, so that a folder watched by
 * another office never shows half a package. Everything that goes in is checked as the reader
 * will check it, so Sirakor never sends a package another Sirakor refuses.
 */

const PIECE = 64 * 1024;
const BATCH = 256 * 1024;

export interface PackageAttachment {
  /** The name inside the package (`isSafeEntryName`). */
  name: string;
  /** Where the file is now. */
  path: string;
  ref?: { kind: string; id: string };
}

export type RecipientOffice =
  { kind: 'any' } | { kind: 'office'; officeId: string; name: string; publicKeys: OfficePublicKeys };

export interface WritePackageOptions {
  /** The package file to write (replaced if it exists). */
  path: string;
  sender: { keys: OfficeKeys; name: string; level: HostLevel; areaCode: string };
  recipient: RecipientOffice;
  schemaVersion: number;
  appVersion: string;
  /** The sender's own records, in the order they should be applied. */
  records: Iterable<RecordVersion>;
  attachments?: readonly PackageAttachment[];
  /** The stamp the previous package to this recipient went up to; null or absent for everything. */
  since?: string | null;
  now?: () => Date;
  /**
   * Where the compressed records wait while the package is assembled: the data folder. Not the
   * destination's folder, which may be a synced folder or a flashdisk: the records are not yet
   * encrypted there.
   */
  workDir: string;
  limits?: Partial<ExchangeLimits>;
}

export interface WrittenPackage {
  path: string;
  manifest: PackageManifest;
  /** Size of the package file. */
  bytes: number;
  /** SHA-256 of the package file. */
  sha256: string;
}

function compressRecords(
  records: Iterable<RecordVersion>,
  sender: string,
  limits: ExchangeLimits,
  out: ByteSink,
): { plainSize: number; tally: ManifestTally } {
  const tally = newManifestTally();
  const seen = new Set<string>();
  let plainSize = 0;
  const deflate = new Deflate({ level: 6 }, (chunk) => out.write(chunk));
  // Lines go to the compressor in batches: one push per line costs several times more.
  let batch = '';
  for (const record of records) {
    const check = checkRecord(record, limits);
    if (!check.ok) throw new ExchangeError(check.reason, { record: tally.records + 1 });
    if (record.owner !== sender) throw new ExchangeError('FOREIGN_OWNER', { record: tally.records + 1 });
    const key = recordKey(record);
    if (seen.has(key)) throw new ExchangeError('DUPLICATE_RECORD', { kind: record.kind, id: shownText(record.id) });
    seen.add(key);
    const { kind, id, owner, version, deleted, data } = record;
    const line = `${JSON.stringify({ kind, id, owner, version, deleted, data })}\n`;
    const lineBytes = Buffer.byteLength(line, 'utf8');
    if (lineBytes > limits.recordLineBytes) throw new ExchangeError('RECORD_TOO_LARGE', { record: tally.records + 1 });
    tallyRecord(tally, record);
    if (tally.records > limits.records) throw new ExchangeError('TOO_MANY_RECORDS', { limit: limits.records });
    plainSize += lineBytes;
    batch += line;
    if (batch.length >= BATCH) {
      deflate.push(Buffer.from(batch, 'utf8'));
      batch = '';
    }
  }
  deflate.push(Buffer.from(batch, 'utf8'), true);
  return { plainSize, tally };
}

function* pieces(path: string): Generator<Uint8Array> {
  const source = fileSource(path);
  try {
    for (let position = 0; position < source.size; position += PIECE) yield source.read(position, PIECE);
  } finally {
    source.close();
  }
}

function digestOf(path: string): string {
  const hash = createHash('sha256');
  for (const piece of pieces(path)) hash.update(piece);
  return hash.digest('hex');
}

/** A file's pieces, checked against the digest taken earlier: an attachment must not change while it is packed. */
function* checkedPieces(path: string, sha256: string): Generator<Uint8Array> {
  const hash = createHash('sha256');
  for (const piece of pieces(path)) {
    hash.update(piece);
    yield piece;
  }
  if (hash.digest('hex') !== sha256) throw new ExchangeError('SOURCE_CHANGED');
}

function describeAttachment(attachment: PackageAttachment, limits: ExchangeLimits): PackageEntry {
  if (!isSafeEntryName(attachment.name) || attachment.name === RECORDS_ENTRY)
    throw new ExchangeError('UNSAFE_NAME', { name: shownText(attachment.name) });
  const size = statSync(attachment.path).size;
  if (size > limits.attachmentBytes) throw new ExchangeError('TOO_LARGE');
  return {
    name: attachment.name,
    role: 'attachment',
    encoding: 'identity',
    size,
    plainSize: size,
    sha256: digestOf(attachment.path),
    ...(attachment.ref ? { ref: attachment.ref } : {}),
  };
}

function officeCard(sender: WritePackageOptions['sender']): OfficeCard {
  const { officeId, publicKeys } = sender.keys;
  return {
    officeId,
    name: sender.name,
    level: sender.level,
    areaCode: sender.areaCode,
    keys: { ...publicKeys },
    kode: kodeVerifikasi(officeId, publicKeys),
  };
}

function recipientCard(recipient: RecipientOffice): PackageRecipient {
  if (recipient.kind === 'any') return { kind: 'any' };
  return {
    kind: 'office',
    officeId: recipient.officeId,
    name: recipient.name,
    kode: kodeVerifikasi(recipient.officeId, recipient.publicKeys),
  };
}

/** Writes a new private file through `write`, flushed; answers its digest, size and what `write` answered. */
function writeTempFile<T>(path: string, write: (sink: ByteSink) => T): { sha256: string; bytes: number; result: T } {
  const fd = openSync(path, 'wx', 0o600);
  try {
    const sink = hashingSink(fdSink(fd));
    const result = write(sink);
    fsyncSync(fd);
    return { sha256: sink.digest(), bytes: sink.count(), result };
  } finally {
    closeSync(fd);
  }
}

export function writePackage(options: WritePackageOptions): WrittenPackage {
  const limits = exchangeLimits(options.limits);
  const sender = officeCard(options.sender);
  const recipient = recipientCard(options.recipient);
  const recordsPath = tempPathBeside(join(options.workDir, basename(options.path)), '.records');
  const packagePath = tempPathBeside(options.path);
  try {
    const recordsFile = writeTempFile(recordsPath, (sink) =>
      compressRecords(options.records, sender.officeId, limits, sink),
    );
    const { plainSize, tally } = recordsFile.result;
    const entries: PackageEntry[] = [
      {
        name: RECORDS_ENTRY,
        role: 'records',
        encoding: 'deflate',
        size: recordsFile.bytes,
        plainSize,
        sha256: recordsFile.sha256,
      },
    ];
    const names = new Set([entryNameKey(RECORDS_ENTRY)]);
    for (const attachment of options.attachments ?? []) {
      const entry = describeAttachment(attachment, limits);
      if (names.has(entryNameKey(entry.name)))
        throw new ExchangeError('DUPLICATE_ENTRY', { name: shownText(entry.name) });
      names.add(entryNameKey(entry.name));
      entries.push(entry);
    }
    const manifest: PackageManifest = {
      format: PACKAGE_FORMAT,
      schemaVersion: options.schemaVersion,
      appVersion: options.appVersion,
      packageId: newId(),
      createdAt: (options.now ?? systemClock)().toISOString(),
      sender,
      recipient,
      changes: changesOf(tally, options.since ?? null),
      counts: countsOf(tally),
      entries,
    };
    const manifestBytes = Buffer.from(JSON.stringify(manifest), 'utf8');
    if (manifestBytes.length > limits.manifestBytes) throw new ExchangeError('TOO_LARGE');
    const written = writeTempFile(packagePath, (out) =>
      emitPackage({
        out,
        signer: signerOf(options.sender.keys),
        recipient:
          options.recipient.kind === 'office'
            ? {
                officeId: options.recipient.officeId,
                receivingKey: publicKeyFromRaw(options.recipient.publicKeys.receiving, 'x25519'),
              }
            : null,
        manifest: manifestBytes,
        entries: [
          checkedPieces(recordsPath, recordsFile.sha256),
          ...(options.attachments ?? []).map((attachment, index) =>
            checkedPieces(attachment.path, (entries[index + 1] as PackageEntry).sha256),
          ),
        ],
      }),
    );
    durableRename(packagePath, options.path);
    return { path: options.path, manifest, bytes: written.bytes, sha256: written.sha256 };
  } finally {
    rmSync(recordsPath, { force: true });
    rmSync(packagePath, { force: true });
  }
}
