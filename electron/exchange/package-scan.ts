import { verify, type KeyObject } from 'node:crypto';
import { canonicalJson } from '../../shared/exchange/versions';
import { ExchangeError, shownText } from '../../shared/exchange/errors';
import type { ExchangeLimits } from '../../shared/exchange/limits';
import {
  manifestSchema,
  type OfficeCard,
  type OfficePublicKeys,
  type PackageEntry,
  type PackageManifest,
} from '../../shared/exchange/manifest';
import { entryNameKey, isSafeEntryName, RECORDS_ENTRY } from '../../shared/exchange/names';
import { checkRecord, recordKey } from '../../shared/exchange/record';
import type { RecordVersion } from '../../shared/exchange/versions';
import type { SourceReader } from './byte-io';
import { decryptingBody, plainBody, readHeader, type BodyReader, type PackageHeader } from './envelope';
import { readEntry, recordLines, type PlainConsumer } from './entry-stream';
import { kodeVerifikasi } from './kode-verifikasi';
import { publicKeyFromRaw, type OfficeKeys } from './keys';
import { PUBLIC_KEY_LENGTH, SIGNATURE_LENGTH, signedMessage } from './package-emit';
import { changesOf, countsOf, newManifestTally, tallyRecord } from './tally';

/**
 * One pass over a package, from its first byte to its last, checking everything in the order
 * that gives the clearest reason: the header, the addressee, the signature, the manifest, the
 * sender, then every entry against the manifest. The records and attached files are handed to a
 * visitor as they are read; `package-reader.ts` runs a pass without a visitor first, so a visitor
 * only ever sees a package that has passed every check once.
 */

/** This installation, as the reader needs it. */
export interface LocalOffice {
  officeId: string;
  keys: OfficeKeys;
  /** The database schema version this Sirakor has: packages of newer schemas are refused. */
  schemaVersion: number;
}

/** An office the user has trusted, with the keys compared by phone. */
export interface TrustedOffice {
  officeId: string;
  publicKeys: OfficePublicKeys;
}

export interface ScanContext {
  local: LocalOffice;
  /** The trusted office with this id, or null. */
  trusted(officeId: string): TrustedOffice | null;
  limits: ExchangeLimits;
}

/** Receives an attached file's bytes. Chunks are lent: copy what is kept. */
export interface AttachmentSink {
  write(chunk: Uint8Array): void;
  /** The file arrived whole and matches its digest. */
  end(): void;
  /** The package was refused part-way: throw away what was written. */
  abort(): void;
}

export interface PackageVisitor {
  record?(record: RecordVersion): void;
  /** A sink for the file, or null to skip it (it is still read and checked). */
  attachment?(entry: PackageEntry): AttachmentSink | null;
}

export interface PackageVerdict {
  /** `ready`: from a trusted office with the keys on record. `needs-trust`: intact, but from an office not yet trusted. */
  status: 'ready' | 'needs-trust';
  manifest: PackageManifest;
  sender: OfficeCard;
  encrypted: boolean;
  /** SHA-256 of the whole file: the same package seen twice has the same digest. */
  packageSha256: string;
}

function openBody(reader: SourceReader, header: PackageHeader, local: LocalOffice): BodyReader {
  if (!header.recipient) return plainBody(reader);
  if (header.recipient.officeId !== local.officeId) throw new ExchangeError('RECIPIENT_MISMATCH');
  if (header.recipient.receivingKey.toString('base64url') !== local.keys.publicKeys.receiving)
    throw new ExchangeError('WRONG_RECIPIENT_KEY');
  return decryptingBody(reader, header, local.keys.receivingKey);
}

/** The manifest, once its signature is good; then its text is parsed and its shape checked. */
function readSignedManifest(body: BodyReader, header: PackageHeader, limits: ExchangeLimits) {
  const signingKeyBytes = Buffer.from(body.take(PUBLIC_KEY_LENGTH));
  const length = Buffer.from(body.take(4)).readUInt32BE();
  if (length === 0 || length > limits.manifestBytes) throw new ExchangeError('MANIFEST_INVALID');
  const manifestBytes = Buffer.from(body.take(length));
  const signature = body.take(SIGNATURE_LENGTH);
  let signingKey: KeyObject;
  try {
    signingKey = publicKeyFromRaw(signingKeyBytes, 'ed25519');
  } catch {
    throw new ExchangeError('BAD_SIGNATURE');
  }
  if (!verify(null, signedMessage(header.bytes, manifestBytes), signingKey, signature))
    throw new ExchangeError('BAD_SIGNATURE');
  let parsed: unknown;
  try {
    // A `__proto__` key would become an object's prototype once copied by the schema: refused outright.
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(manifestBytes), (key, value: unknown) => {
      if (key === '__proto__') throw new SyntaxError('__proto__');
      return value;
    });
  } catch {
    throw new ExchangeError('MANIFEST_INVALID');
  }
  const result = manifestSchema.safeParse(parsed);
  if (!result.success) throw new ExchangeError('MANIFEST_INVALID');
  return { manifest: result.data, signedWith: signingKeyBytes.toString('base64url') };
}

/** Who sent it and to whom, and whether the sender is trusted with these keys. */
function checkParties(
  manifest: PackageManifest,
  header: PackageHeader,
  signedWith: string,
  context: ScanContext,
): PackageVerdict['status'] {
  const { sender, recipient } = manifest;
  if (manifest.format !== header.format) throw new ExchangeError('MANIFEST_INVALID');
  // Signed by a key, but not the key the manifest says the sender has: a forgery.
  if (sender.keys.signing !== signedWith) throw new ExchangeError('BAD_SIGNATURE');
  if (sender.kode !== kodeVerifikasi(sender.officeId, sender.keys)) throw new ExchangeError('MANIFEST_INVALID');
  if (sender.officeId === context.local.officeId) throw new ExchangeError('FROM_SELF');
  if (recipient.kind === 'office') {
    if (recipient.officeId !== context.local.officeId) throw new ExchangeError('RECIPIENT_MISMATCH');
    // Meant for one office but not encrypted, or encrypted but "for any office": not as the sender wrote it.
    if (!header.encrypted) throw new ExchangeError('MANIFEST_INVALID');
    if (recipient.kode !== kodeVerifikasi(context.local.officeId, context.local.keys.publicKeys))
      throw new ExchangeError('WRONG_RECIPIENT_KEY');
  } else if (header.encrypted) throw new ExchangeError('MANIFEST_INVALID');
  if (manifest.schemaVersion > context.local.schemaVersion)
    throw new ExchangeError('SCHEMA_TOO_NEW', { version: manifest.schemaVersion });
  const trusted = context.trusted(sender.officeId);
  if (!trusted) return 'needs-trust';
  if (trusted.publicKeys.signing !== sender.keys.signing || trusted.publicKeys.receiving !== sender.keys.receiving)
    throw new ExchangeError('KEY_CHANGED', {
      office: shownText(sender.name),
      kode: sender.kode,
      previousKode: kodeVerifikasi(sender.officeId, trusted.publicKeys),
    });
  return 'ready';
}

/** The entries as a list: the records first, safe and distinct names, sizes within the limits. */
function checkEntries(manifest: PackageManifest, limits: ExchangeLimits): void {
  const { entries } = manifest;
  if (entries.length > limits.entries) throw new ExchangeError('TOO_LARGE');
  const names = new Set<string>();
  let total = 0;
  entries.forEach((entry, index) => {
    if (!isSafeEntryName(entry.name)) throw new ExchangeError('UNSAFE_NAME', { name: shownText(entry.name) });
    if (names.has(entryNameKey(entry.name)))
      throw new ExchangeError('DUPLICATE_ENTRY', { name: shownText(entry.name) });
    names.add(entryNameKey(entry.name));
    const isRecords = index === 0;
    if ((entry.role === 'records') !== isRecords || (entry.name === RECORDS_ENTRY) !== isRecords)
      throw new ExchangeError('MANIFEST_INVALID');
    if (entry.encoding === 'identity' && entry.size !== entry.plainSize) throw new ExchangeError('MANIFEST_INVALID');
    if (entry.plainSize > (isRecords ? limits.recordsBytes : limits.attachmentBytes))
      throw new ExchangeError('TOO_LARGE');
    total += entry.plainSize;
  });
  if (total > limits.totalBytes) throw new ExchangeError('TOO_LARGE');
  const kinds = Object.values(manifest.counts);
  if (kinds.length > limits.kinds) throw new ExchangeError('MANIFEST_INVALID');
  if (kinds.reduce((sum, count) => sum + count.changed + count.deleted, 0) > limits.records)
    throw new ExchangeError('TOO_MANY_RECORDS', { limit: limits.records });
}

/** The records payload: every record checked, owned by the sender, once, and as the manifest counts them. */
function recordsConsumer(manifest: PackageManifest, limits: ExchangeLimits, visitor: PackageVisitor | null) {
  const tally = newManifestTally();
  const seen = new Set<string>();
  const declared = Object.values(manifest.counts).reduce((sum, count) => sum + count.changed + count.deleted, 0);
  const consumer: PlainConsumer = recordLines(limits, (value, number) => {
    const check = checkRecord(value, limits);
    if (!check.ok) throw new ExchangeError(check.reason, { record: number });
    const { record } = check;
    if (record.owner !== manifest.sender.officeId) throw new ExchangeError('FOREIGN_OWNER', { record: number });
    const key = recordKey(record);
    if (seen.has(key)) throw new ExchangeError('DUPLICATE_RECORD', { kind: record.kind, id: shownText(record.id) });
    if (number > declared) throw new ExchangeError('MANIFEST_MISMATCH');
    seen.add(key);
    tallyRecord(tally, record);
    visitor?.record?.(record);
  });
  return {
    consumer,
    /** After the payload: the manifest's counts and change range are exactly what came. */
    check() {
      if (
        canonicalJson(countsOf(tally)) !== canonicalJson(manifest.counts) ||
        canonicalJson(changesOf(tally, manifest.changes.since)) !== canonicalJson(manifest.changes)
      )
        throw new ExchangeError('MANIFEST_MISMATCH');
    },
  };
}

function readAttachment(body: BodyReader, entry: PackageEntry, visitor: PackageVisitor | null): void {
  const sink = visitor?.attachment?.(entry) ?? null;
  try {
    readEntry(body, entry, { write: (chunk) => sink?.write(chunk), end: () => undefined });
  } catch (error) {
    sink?.abort();
    throw error;
  }
  sink?.end();
}

export function scanPackage(
  reader: SourceReader,
  context: ScanContext,
  visitor: PackageVisitor | null,
): PackageVerdict {
  const header = readHeader(reader);
  const body = openBody(reader, header, context.local);
  const { manifest, signedWith } = readSignedManifest(body, header, context.limits);
  const status = checkParties(manifest, header, signedWith, context);
  checkEntries(manifest, context.limits);
  const [recordsEntry, ...attachments] = manifest.entries as [PackageEntry, ...PackageEntry[]];
  const records = recordsConsumer(manifest, context.limits, visitor);
  readEntry(body, recordsEntry, records.consumer);
  records.check();
  for (const entry of attachments) readAttachment(body, entry, visitor);
  // Bytes after the last entry: not written by Sirakor.
  if (!body.atEnd()) throw new ExchangeError('DAMAGED');
  return {
    status,
    manifest,
    sender: manifest.sender,
    encrypted: header.encrypted,
    packageSha256: reader.digest(),
  };
}
