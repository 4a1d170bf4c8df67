import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'fflate';
import { LATEST_SCHEMA_VERSION } from '../../../electron/db/migrations';
import { memorySink } from '../../../electron/exchange/byte-io';
import type { EnvelopeRecipient } from '../../../electron/exchange/envelope';
import { generateOfficeKeys, publicKeyFromRaw, type OfficeKeys } from '../../../electron/exchange/keys';
import { kodeVerifikasi } from '../../../electron/exchange/kode-verifikasi';
import { emitPackage, signerOf, type PackageSigner } from '../../../electron/exchange/package-emit';
import type { LocalOffice, ReadContext, TrustedOffice } from '../../../electron/exchange/package-reader';
import {
  writePackage,
  type PackageAttachment,
  type WritePackageOptions,
} from '../../../electron/exchange/package-writer';
import { changesOf, countsOf, newManifestTally, tallyRecord } from '../../../electron/exchange/tally';
import type { HostLevel } from '../../../shared/domain/meetings';
import type { OfficeCard, PackageEntry, PackageManifest, PackageRecipient } from '../../../shared/exchange/manifest';
import { PACKAGE_FORMAT } from '../../../shared/exchange/manifest';
import { RECORDS_ENTRY } from '../../../shared/exchange/names';
import { formatStamp } from '../../../shared/exchange/stamp';
import type { RecordData, RecordVersion } from '../../../shared/exchange/versions';

/**
 * Offices of Kabupaten Jeneponto for exchange tests (Kelara and Rumbia, whose camat's offices
 * held the two Rakor of the seed, and the kabupaten), their records, and packages: written the
 * way Sirakor writes them (`writeTestPackage`), or forged byte by byte (`forgePackage`) to say
 * whatever a hostile sender wants them to say.
 */

export interface TestOffice {
  officeId: string;
  name: string;
  level: HostLevel;
  areaCode: string;
  keys: OfficeKeys;
}

export function makeOffice(officeId: string, name: string, level: HostLevel, areaCode: string): TestOffice {
  return { officeId, name, level, areaCode, keys: generateOfficeKeys(officeId) };
}

export const kelara = makeOffice(
  '0199f1a0-0000-7000-8000-000000000005',
  'Kantor Camat Kelara',
  'kecamatan',
  '73.04.05',
);
export const rumbia = makeOffice(
  '0199f1a0-0000-7000-8000-000000000010',
  'Kantor Camat Rumbia',
  'kecamatan',
  '73.04.10',
);
export const jeneponto = makeOffice(
  '0199f1a0-0000-7000-8000-000000000100',
  'Sekretariat TPPS Kabupaten Jeneponto',
  'kabupaten',
  '73.04',
);

export const SCHEMA = LATEST_SCHEMA_VERSION;

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function localOf(office: TestOffice, schemaVersion = SCHEMA): LocalOffice {
  return { officeId: office.officeId, keys: office.keys, schemaVersion };
}

export function trustedOf(office: TestOffice): TrustedOffice {
  return { officeId: office.officeId, publicKeys: office.keys.publicKeys };
}

/** What `reader` needs to read packages, trusting `trusted`. */
export function contextOf(reader: TestOffice, trusted: TestOffice[] = [], limits?: ReadContext['limits']): ReadContext {
  const known = new Map(trusted.map((office) => [office.officeId, trustedOf(office)]));
  return { local: localOf(reader), trusted: (id) => known.get(id) ?? null, ...(limits ? { limits } : {}) };
}

export function cardOf(office: TestOffice): OfficeCard {
  return {
    officeId: office.officeId,
    name: office.name,
    level: office.level,
    areaCode: office.areaCode,
    keys: { ...office.keys.publicKeys },
    kode: kodeVerifikasi(office.officeId, office.keys.publicKeys),
  };
}

export function recipientOf(office: TestOffice | null): PackageRecipient {
  return office
    ? { kind: 'office', officeId: office.officeId, name: office.name, kode: cardOf(office).kode }
    : { kind: 'any' };
}

/** 17 October 2025, 09:00 WITA: the seed Rakor at the Kelara camat's office. */
export const RAKOR_WALL = Date.parse('2025-10-17T01:00:00.000Z');

export function stampOf(office: TestOffice, wall = RAKOR_WALL, counter = 0): string {
  return formatStamp({ wall, counter, office: office.officeId });
}

export function recordOf(
  office: TestOffice,
  kind: string,
  id: string,
  data: RecordData | null,
  wall = RAKOR_WALL,
  counter = 0,
): RecordVersion {
  return { kind, id, owner: office.officeId, version: stampOf(office, wall, counter), deleted: data === null, data };
}

/** A meeting, three of its commitments, a progress report and a deleted draft: the shape of one Rakor. */
export function rakorRecords(office: TestOffice): RecordVersion[] {
  const suffix = office.officeId.slice(-3);
  const meetingId = `0199f1b0-0000-7000-8000-000000000${suffix}`;
  const commitment = (n: number) => `0199f1b1-0000-7000-8000-00000000${n}${suffix}`;
  return [
    recordOf(office, 'meetings', meetingId, {
      title: 'Rakor Percepatan Penurunan Stunting Triwulan IV',
      date: '2025-10-17',
      start_time: '09:00',
      area_codes: [office.areaCode],
      status: 'approved',
    }),
    ...[1, 2, 3].map((n) =>
      recordOf(
        office,
        'commitments',
        commitment(n),
        {
          meeting_id: meetingId,
          text: `Komitmen ${n}: pendampingan keluarga berisiko stunting di desa lokus`,
          due_date: '2025-12-31',
          amount: 12_500_000 * n,
        },
        RAKOR_WALL,
        n,
      ),
    ),
    recordOf(
      office,
      'commitment_updates',
      `0199f1b2-0000-7000-8000-000000000${suffix}`,
      { commitment_id: commitment(1), percent: 40, note: 'PMT lokal berjalan di 4 desa' },
      RAKOR_WALL + 86_400_000,
    ),
    recordOf(office, 'meetings', `0199f1b3-0000-7000-8000-000000000${suffix}`, null, RAKOR_WALL + 2 * 86_400_000),
  ];
}

/** A package written by Sirakor's own writer into `dir`, answered as bytes with its path. */
export function writeTestPackage(
  dir: string,
  from: TestOffice,
  to: TestOffice | null,
  records: RecordVersion[] = rakorRecords(from),
  extra: Partial<WritePackageOptions> & { attachments?: PackageAttachment[] } = {},
): { path: string; bytes: Buffer; manifest: PackageManifest } {
  const path = join(dir, `${from.areaCode}-${to?.areaCode ?? 'semua'}-${Math.random().toString(36).slice(2)}.sirakor`);
  const written = writePackage({
    path,
    sender: { keys: from.keys, name: from.name, level: from.level, areaCode: from.areaCode },
    recipient: to
      ? { kind: 'office', officeId: to.officeId, name: to.name, publicKeys: to.keys.publicKeys }
      : { kind: 'any' },
    schemaVersion: SCHEMA,
    appVersion: '0.0.0-test',
    records,
    now: () => new Date(RAKOR_WALL + 3 * 86_400_000),
    workDir: dir,
    ...extra,
  });
  return { path, bytes: readFileSync(path), manifest: written.manifest };
}

export interface ForgeOptions {
  from?: TestOffice;
  /** The recipient named in the manifest; null: any office. */
  to?: TestOffice | null;
  /** Who the package is encrypted to, when that differs from `to` (undefined: `to`; null: not encrypted). */
  encryptTo?: EnvelopeRecipient | null;
  signer?: PackageSigner;
  records?: RecordVersion[];
  /** The records payload (one JSON line per record), instead of `records`' lines; the manifest still counts `records`. */
  recordsText?: string | Uint8Array;
  /** The stored bytes of the records entry, instead of deflating the text. */
  recordsStored?: Uint8Array;
  attachments?: { name: string; bytes: Uint8Array }[];
  /** Changes the manifest after it was computed from the content. */
  manifest?: (manifest: PackageManifest) => unknown;
  /** Replaces the manifest's bytes (signed as they are). */
  manifestBytes?: (bytes: Buffer) => Buffer;
  /** Changes the entries' bytes after the manifest was computed. */
  entries?: (entries: Uint8Array[]) => Uint8Array[];
  format?: number;
}

export function linesOf(records: RecordVersion[]): string {
  return records.map((record) => `${JSON.stringify(record)}\n`).join('');
}

/** A package put together by hand: valid unless the options say otherwise. */
export function forgePackage(options: ForgeOptions = {}): Buffer {
  const from = options.from ?? kelara;
  const to = options.to === undefined ? jeneponto : options.to;
  const records = options.records ?? rakorRecords(from);
  const text = Buffer.from(options.recordsText ?? linesOf(records));
  const stored = options.recordsStored ?? deflateSync(text);
  const tally = newManifestTally();
  for (const record of records) tallyRecord(tally, record);
  const attachments = options.attachments ?? [];
  const entry = (name: string, role: PackageEntry['role'], bytes: Uint8Array, plainSize: number): PackageEntry => ({
    name,
    role,
    encoding: role === 'records' ? 'deflate' : 'identity',
    size: bytes.length,
    plainSize,
    sha256: sha256Hex(bytes),
  });
  const manifest: PackageManifest = {
    format: PACKAGE_FORMAT,
    schemaVersion: SCHEMA,
    appVersion: '0.0.0-test',
    packageId: '0199f1c0-0000-7000-8000-000000000001',
    createdAt: new Date(RAKOR_WALL + 3 * 86_400_000).toISOString(),
    sender: cardOf(from),
    recipient: recipientOf(to),
    changes: changesOf(tally, null),
    counts: countsOf(tally),
    entries: [
      entry(RECORDS_ENTRY, 'records', stored, text.length),
      ...attachments.map((a) => entry(a.name, 'attachment', a.bytes, a.bytes.length)),
    ],
  };
  const changed = options.manifest ? options.manifest(structuredClone(manifest)) : manifest;
  const manifestText = Buffer.from(JSON.stringify(changed), 'utf8');
  const manifestBytes = options.manifestBytes ? options.manifestBytes(manifestText) : manifestText;
  const encryptTo =
    options.encryptTo !== undefined
      ? options.encryptTo
      : to
        ? { officeId: to.officeId, receivingKey: publicKeyFromRaw(to.keys.publicKeys.receiving, 'x25519') }
        : null;
  const entries = [stored, ...attachments.map((a) => a.bytes)];
  const out = memorySink();
  emitPackage({
    out,
    signer: options.signer ?? signerOf(from.keys),
    recipient: encryptTo,
    manifest: manifestBytes,
    entries: (options.entries ? options.entries(entries) : entries).map((bytes) => [bytes]),
    ...(options.format === undefined ? {} : { format: options.format }),
  });
  return out.bytes();
}
