import { z } from 'zod';
import { isAreaCode } from '../domain/areas';
import { HOST_LEVELS } from '../domain/meetings';
import { isKode } from './kode';
import { KIND_PATTERN, RECORD_ID_PATTERN } from './names';
import { OFFICE_ID_PATTERN, parseStamp } from './stamp';

/**
 * The manifest: the signed table of contents of a package (docs/exchange.md, "Package format").
 * Its shape is checked here; what depends on the reader's limits and keys (entry names, sizes,
 * counts, the sender's trust) is checked by the reader with its own refusal reasons.
 */

/** The container format this version of Sirakor writes and the newest it reads. */
export const PACKAGE_FORMAT = 1;

/** A raw 32-byte public key (Ed25519 or X25519) in base64url without padding. */
export const PUBLIC_KEY_PATTERN = /^[A-Za-z0-9_-]{43}$/;

function isIsoInstant(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value) && new Date(value).toISOString() === value;
}

/** Office ids and package ids are UUIDs. */
const uuid = z.string().regex(OFFICE_ID_PATTERN);
const officeId = uuid;
const instant = z.string().refine(isIsoInstant);
const stamp = z.string().refine((value) => parseStamp(value) !== null);
const publicKey = z.string().regex(PUBLIC_KEY_PATTERN);
const kode = z.string().refine(isKode);
const officeName = z.string().min(1).max(200);

export const officePublicKeysSchema = z.strictObject({ signing: publicKey, receiving: publicKey });
export type OfficePublicKeys = z.infer<typeof officePublicKeysSchema>;

/** Who an office is, as a package states it: enough to show, trust and answer it. */
export const officeCardSchema = z.strictObject({
  officeId,
  name: officeName,
  level: z.enum(HOST_LEVELS),
  areaCode: z.string().refine(isAreaCode),
  keys: officePublicKeysSchema,
  kode,
});
export type OfficeCard = z.infer<typeof officeCardSchema>;

export const recipientSchema = z.discriminatedUnion('kind', [
  /** Any office may read it: not encrypted. */
  z.strictObject({ kind: z.literal('any') }),
  /** One office: encrypted to its receiving key, whose code is `kode`. */
  z.strictObject({ kind: z.literal('office'), officeId, name: officeName, kode }),
]);
export type PackageRecipient = z.infer<typeof recipientSchema>;

export const ENTRY_ROLES = ['records', 'attachment'] as const;
export const ENTRY_ENCODINGS = ['deflate', 'identity'] as const;

const byteCount = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const entrySchema = z.strictObject({
  /** Checked apart (`isSafeEntryName`), so a hostile name gets its own message. */
  name: z.string().min(1).max(1000),
  role: z.enum(ENTRY_ROLES),
  /** `deflate`: raw DEFLATE (RFC 1951); `identity`: stored as is. */
  encoding: z.enum(ENTRY_ENCODINGS),
  /** Bytes in the package. */
  size: byteCount,
  /** Bytes once decoded. */
  plainSize: byteCount,
  /** SHA-256 of the bytes in the package, lower-case hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The record an attached file belongs to (an evidence file, the letterhead logo). */
  ref: z.strictObject({ kind: z.string().regex(KIND_PATTERN), id: z.string().regex(RECORD_ID_PATTERN) }).optional(),
});
export type PackageEntry = z.infer<typeof entrySchema>;

export const kindCountSchema = z.strictObject({ changed: byteCount, deleted: byteCount });
export type KindCount = z.infer<typeof kindCountSchema>;

export const manifestSchema = z.strictObject({
  format: z.number().int(),
  /** The sender's database schema version (`user_version`); records follow that schema. */
  schemaVersion: z.number().int().min(1),
  appVersion: z.string().min(1).max(50),
  packageId: uuid,
  createdAt: instant,
  sender: officeCardSchema,
  recipient: recipientSchema,
  changes: z.strictObject({
    /** The stamp the previous package to this recipient went up to; null: everything the sender owns. */
    since: stamp.nullable(),
    /** The highest stamp of the records inside; null when there are none. */
    through: stamp.nullable(),
    /** When the first and the last change inside were made (the date range shown before import). */
    firstAt: instant.nullable(),
    lastAt: instant.nullable(),
  }),
  /** Records per kind: versions of live records and tombstones. */
  counts: z.record(z.string().regex(KIND_PATTERN), kindCountSchema),
  entries: z.array(entrySchema).min(1).max(1_000_000),
});
export type PackageManifest = z.infer<typeof manifestSchema>;
