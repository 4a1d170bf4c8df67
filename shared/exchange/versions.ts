import { compareStamps, parseStamp } from './stamp';

/**
 * Last-writer-wins per record, with tombstones, decided by version stamps. Versions are totally
 * ordered (stamp, then tombstone over live, then the canonical text of the data), so that keeping
 * the greater of two versions is commutative, associative and idempotent: any order of the same
 * packages, repeated or not, leaves every installation with the same version of every record.
 * The tie-breaks after the stamp only matter for a misbehaving owner that gave one stamp to two
 * different versions; they keep the installations in agreement even then.
 */

/** A scalar or a short list of scalars: the values of one record's fields. */
export type RecordScalar = string | number | boolean | null;
export type RecordValue = RecordScalar | RecordScalar[];
export type RecordData = Record<string, RecordValue>;

export interface RecordVersion {
  kind: string;
  id: string;
  /** The office that created the record; only it may change or delete it. */
  owner: string;
  /** The stamp of this version (`formatStamp`), issued by the owner's clock. */
  version: string;
  /** A tombstone: the owner deleted the record; `data` is null. */
  deleted: boolean;
  data: RecordData | null;
}

/** JSON with object keys sorted, so that equal data always has equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function stampOf(version: RecordVersion) {
  const stamp = parseStamp(version.version);
  if (!stamp) throw new RangeError(`not a version stamp: ${version.version}`);
  return stamp;
}

/** Orders two versions of one record: negative when `a` loses to `b`, zero when they are the same version. */
export function compareVersions(a: RecordVersion, b: RecordVersion): number {
  const byStamp = compareStamps(stampOf(a), stampOf(b));
  if (byStamp !== 0) return byStamp;
  if (a.deleted !== b.deleted) return a.deleted ? 1 : -1;
  const textA = canonicalJson(a.data);
  const textB = canonicalJson(b.data);
  return textA < textB ? -1 : textA > textB ? 1 : 0;
}

/** The version that wins: the greater one (the first one when they are the same). */
export function mergeVersions(a: RecordVersion, b: RecordVersion): RecordVersion {
  return compareVersions(a, b) >= 0 ? a : b;
}

export type IncomingDecision =
  /** The record is new here: insert it (a tombstone is kept too, so an older live copy arriving later loses). */
  | { action: 'insert' }
  /** The incoming version is newer: replace the stored one. */
  | { action: 'replace' }
  /** The stored version is the same or newer (a repeated or replayed package): change nothing. */
  | { action: 'keep' }
  /** Refused: the sender does not own the record, or the id belongs to another owner here. */
  | { action: 'refuse'; reason: 'FOREIGN_OWNER' | 'OWNER_CONFLICT' };

/**
 * What to do with one incoming version from `sender`, given the stored version of the same
 * record (same kind and id) or null. An office only ever sends its own records, and a record
 * never changes owner, so ownership is checked before any version is compared.
 */
export function decideIncoming(
  stored: RecordVersion | null,
  incoming: RecordVersion,
  sender: string,
): IncomingDecision {
  if (incoming.owner !== sender || stampOf(incoming).office !== incoming.owner)
    return { action: 'refuse', reason: 'FOREIGN_OWNER' };
  if (!stored) return { action: 'insert' };
  if (stored.owner !== incoming.owner) return { action: 'refuse', reason: 'OWNER_CONFLICT' };
  return compareVersions(incoming, stored) > 0 ? { action: 'replace' } : { action: 'keep' };
}
