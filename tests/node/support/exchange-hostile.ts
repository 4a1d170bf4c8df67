import { randomBytes } from 'node:crypto';
import { deflateSync, zipSync } from 'fflate';
import { publicKeyFromRaw, generateOfficeKeys } from '../../../electron/exchange/keys';
import { CHUNK_SIZE } from '../../../electron/exchange/envelope';
import { signerOf } from '../../../electron/exchange/package-emit';
import type { ExchangeLimits } from '../../../shared/exchange/limits';
import type { ExchangeReason } from '../../../shared/exchange/errors';
import type { PackageManifest } from '../../../shared/exchange/manifest';
import {
  forgePackage,
  jeneponto,
  kelara,
  linesOf,
  makeOffice,
  RAKOR_WALL,
  rakorRecords,
  recordOf,
  rumbia,
  SCHEMA,
  stampOf,
  type TestOffice,
} from './exchange';

/**
 * A collection of hostile `.sirakor` packages, each wrong in one way a package can be: damaged
 * on the way, forged, meant for someone else, built to exhaust the reader, or carrying records
 * it has no right to carry. Every one is read by the kabupaten secretariat of Jeneponto, which
 * trusts Kantor Camat Kelara; unless the case says otherwise it comes "from Kelara" and holds
 * the records of one Rakor, so a partial import would show. It follows the pattern of the
 * malformed-import collection (`tests/node/import-collection`), which it can join.
 */

export interface HostilePackage {
  id: string;
  bytes: Uint8Array;
  defect: string;
  /** The refusal expected, or `needs-trust` for the one package that is intact but from a stranger. */
  expected: ExchangeReason | 'needs-trust';
  /** Who reads it (default: Jeneponto) and whom the reader trusts (default: Kelara). */
  reader?: TestOffice;
  trusted?: TestOffice[];
  limits?: Partial<ExchangeLimits>;
}

const HEADER_PLAIN = 10;
const HEADER_ENCRYPTED = 90;

/** Offsets of the parts of a package for any office (not encrypted). */
function layout(bytes: Uint8Array) {
  const manifestLength = Buffer.from(bytes).readUInt32BE(HEADER_PLAIN + 32);
  const manifest = HEADER_PLAIN + 32 + 4;
  const signature = manifest + manifestLength;
  return { key: HEADER_PLAIN, manifest, signature, entries: signature + 64 };
}

function flip(bytes: Uint8Array, position: number): Uint8Array {
  const copy = Uint8Array.from(bytes);
  copy[position] = (copy[position] as number) ^ 0x01;
  return copy;
}

function withByte(bytes: Uint8Array, position: number, value: number): Uint8Array {
  const copy = Uint8Array.from(bytes);
  copy[position] = value;
  return copy;
}

/** Bytes that do not compress, so a package of them spans several encrypted chunks. */
const noise = (length: number): Uint8Array => randomBytes(length);

/**
 * Noise whose first DEFLATE block has the reserved type 3, so every inflater stops at once. Plain noise is
 * valid fixed-Huffman DEFLATE about a quarter of the time and may decode past the declared size first.
 */
function notDeflate(length: number): Uint8Array {
  const bytes = noise(length);
  bytes[0] = (bytes[0] ?? 0) | 0b110;
  return bytes;
}

const utf8 = (text: string) => Buffer.from(text, 'utf8');
const photo = { name: 'foto-pmt-tolo.jpg', bytes: noise(2_000) };

/** Kelara's records with one changed or added. */
function recordsWith(change: (records: ReturnType<typeof rakorRecords>) => void) {
  const records = structuredClone(rakorRecords(kelara));
  change(records);
  return records;
}

/** Kelara's records as text, with extra text after them (counted by nobody). */
function textWith(extra: string): string {
  return linesOf(rakorRecords(kelara)) + extra;
}

function manifestWith(change: (manifest: PackageManifest) => void) {
  return (manifest: PackageManifest) => {
    change(manifest);
    return manifest;
  };
}

export function hostilePackages(): HostilePackage[] {
  const cases: HostilePackage[] = [];
  const add = (
    id: string,
    expected: HostilePackage['expected'],
    bytes: Uint8Array,
    defect: string,
    extra: Partial<HostilePackage> = {},
  ) => cases.push({ id, expected, bytes, defect, ...extra });

  const plain = forgePackage({ to: null });
  const plainWithPhoto = forgePackage({ to: null, attachments: [photo] });
  const sealed = forgePackage();
  // Three attached files of noise: the encrypted body spans 5 chunks.
  const sealedLong = forgePackage({
    attachments: [1, 2, 3].map((n) => ({ name: `bukti-${n}.jpg`, bytes: noise(CHUNK_SIZE + 1_000) })),
  });
  const at = layout(plain);
  const sealedChunk = CHUNK_SIZE + 16;

  // Not a package at all.
  add('empty', 'NOT_A_PACKAGE', new Uint8Array(0), 'a zero-byte file');
  add('pdf-renamed', 'NOT_A_PACKAGE', utf8('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF'), 'a PDF renamed .sirakor');
  add(
    'zip-renamed',
    'NOT_A_PACKAGE',
    zipSync({ 'records.jsonl': utf8(linesOf(rakorRecords(kelara))) }),
    'a ZIP of the records',
  );
  add('magic-only', 'TRUNCATED', utf8('SIRAKOR\u0000'), 'the first eight bytes and nothing else');

  // The header.
  add('format-newer', 'FORMAT_TOO_NEW', withByte(plain, 8, 2), 'made by a newer Sirakor (format 2)');
  add('format-zero', 'DAMAGED', withByte(plain, 8, 0), 'format 0');
  add('mode-unknown', 'DAMAGED', withByte(plain, 9, 7), 'a mode that does not exist');

  // Changed on the way.
  add('flip-sender-key', 'BAD_SIGNATURE', flip(plain, at.key + 5), "a byte of the sender's key flipped");
  add('flip-manifest', 'BAD_SIGNATURE', flip(plain, at.manifest + 40), 'a byte of the manifest flipped');
  add('flip-signature', 'BAD_SIGNATURE', flip(plain, at.signature + 10), 'a byte of the signature flipped');
  add('flip-records', 'DAMAGED', flip(plain, at.entries + 20), 'a byte of the compressed records flipped');
  add(
    'flip-attachment',
    'DAMAGED',
    flip(plainWithPhoto, plainWithPhoto.length - 100),
    'a byte of an attached photo flipped',
  );
  add('flip-encrypted-body', 'DAMAGED', flip(sealed, HEADER_ENCRYPTED + 200), 'a byte of the encrypted body flipped');
  add('flip-encrypted-enc', 'DAMAGED', flip(sealed, HEADER_ENCRYPTED - 3), 'a byte of the HPKE encapsulation flipped');
  add(
    'flip-encrypted-tag',
    'DAMAGED',
    flip(sealed, sealed.length - 1),
    "the last byte (the final chunk's tag) flipped",
  );

  // Cut short or lengthened.
  add('truncated-half', 'TRUNCATED', plain.slice(0, Math.floor(plain.length / 2)), 'the first half of the file');
  add('truncated-last-byte', 'TRUNCATED', plain.slice(0, plain.length - 1), 'the last byte missing');
  add('truncated-in-manifest', 'TRUNCATED', plain.slice(0, at.manifest + 10), 'cut inside the manifest');
  add(
    'truncated-chunk-boundary',
    'TRUNCATED',
    sealedLong.slice(0, HEADER_ENCRYPTED + 2 * sealedChunk),
    'an encrypted package cut exactly after its second chunk',
  );
  add(
    'truncated-encrypted-mid-chunk',
    'DAMAGED',
    sealedLong.slice(0, HEADER_ENCRYPTED + sealedChunk + 500),
    'an encrypted package cut inside a chunk',
  );
  add('trailing-byte', 'DAMAGED', Buffer.concat([plain, Buffer.from([0])]), 'one byte appended');
  add(
    'trailing-byte-encrypted',
    'DAMAGED',
    Buffer.concat([sealed, Buffer.from([0])]),
    'one byte appended to an encrypted package',
  );
  {
    const start = HEADER_ENCRYPTED;
    const first = sealedLong.slice(start, start + sealedChunk);
    const second = sealedLong.slice(start + sealedChunk, start + 2 * sealedChunk);
    const swapped = Buffer.concat([
      sealedLong.slice(0, start),
      second,
      first,
      sealedLong.slice(start + 2 * sealedChunk),
    ]);
    add('chunks-swapped', 'DAMAGED', swapped, 'the first two encrypted chunks swapped');
  }

  // Forged.
  add(
    'signed-by-another-key',
    'BAD_SIGNATURE',
    forgePackage({ to: null, signer: { ...signerOf(kelara.keys), privateKey: rumbia.keys.signingKey } }),
    "Kelara's key in front, the signature made with Rumbia's",
  );
  add(
    're-signed-by-forger',
    'BAD_SIGNATURE',
    forgePackage({ to: null, signer: signerOf(rumbia.keys) }),
    "claims Kelara's keys in the manifest, signed and keyed by Rumbia",
  );
  const fakeKelara = makeOffice(kelara.officeId, kelara.name, kelara.level, kelara.areaCode);
  add(
    'changed-key',
    'KEY_CHANGED',
    forgePackage({ from: fakeKelara }),
    "Kelara's office id and name with new keys (a stolen identity, or a reinstalled PC)",
  );
  add('unknown-sender', 'needs-trust', forgePackage({ from: rumbia }), 'Rumbia, not yet trusted by the kabupaten');

  // Addressed to someone else, or not as the sender wrote it.
  add('for-rumbia', 'RECIPIENT_MISMATCH', forgePackage({ to: rumbia }), 'encrypted for Kantor Camat Rumbia');
  add(
    'for-rumbia-plain',
    'RECIPIENT_MISMATCH',
    forgePackage({ to: rumbia, encryptTo: null }),
    'meant for Rumbia in the manifest, not encrypted',
  );
  const oldJeneponto = generateOfficeKeys(jeneponto.officeId);
  add(
    'encrypted-to-old-key',
    'WRONG_RECIPIENT_KEY',
    forgePackage({
      encryptTo: {
        officeId: jeneponto.officeId,
        receivingKey: publicKeyFromRaw(oldJeneponto.publicKeys.receiving, 'x25519'),
      },
    }),
    'encrypted to a key the kabupaten no longer has',
  );
  add(
    'recipient-kode-stale',
    'WRONG_RECIPIENT_KEY',
    forgePackage({
      manifest: manifestWith((m) => {
        if (m.recipient.kind === 'office') m.recipient.kode = '0000 0000 0000 0000 0000 0000';
      }),
    }),
    "names the kabupaten with a verification code that is not the kabupaten's",
  );
  add(
    'encryption-stripped',
    'MANIFEST_INVALID',
    forgePackage({ encryptTo: null }),
    'meant for the kabupaten, but not encrypted',
  );
  add(
    'any-office-encrypted',
    'MANIFEST_INVALID',
    forgePackage({
      to: null,
      encryptTo: {
        officeId: jeneponto.officeId,
        receivingKey: publicKeyFromRaw(jeneponto.keys.publicKeys.receiving, 'x25519'),
      },
    }),
    '"for any office" in the manifest, encrypted in the envelope',
  );
  add(
    'from-self',
    'FROM_SELF',
    forgePackage({ from: jeneponto, to: null, records: rakorRecords(jeneponto) }),
    "the kabupaten's own package",
  );

  // The manifest.
  add(
    'manifest-not-json',
    'MANIFEST_INVALID',
    forgePackage({ to: null, manifestBytes: () => utf8('bukan JSON {') }),
    'a signed manifest that is not JSON',
  );
  add(
    'manifest-not-utf8',
    'MANIFEST_INVALID',
    forgePackage({ to: null, manifestBytes: (b) => Buffer.concat([Buffer.from([0xff, 0xfe]), b]) }),
    'a signed manifest that is not UTF-8',
  );
  {
    const huge = Uint8Array.from(plain);
    Buffer.from(huge.buffer).writeUInt32BE(0xfffffff0, HEADER_PLAIN + 32);
    add('manifest-length-huge', 'MANIFEST_INVALID', huge, 'a manifest length of 4 GB');
  }
  add(
    'manifest-unknown-field',
    'MANIFEST_INVALID',
    forgePackage({ manifest: (m) => ({ ...m, perintah: 'hapus semua' }) }),
    'a field no Sirakor writes',
  );
  add(
    'manifest-proto-key',
    'MANIFEST_INVALID',
    forgePackage({
      manifestBytes: (b) =>
        utf8(b.toString('utf8').replace('"counts":{', '"counts":{"__proto__":{"changed":1,"deleted":0},')),
    }),
    'a __proto__ kind in the counts',
  );
  add(
    'manifest-format-disagrees',
    'MANIFEST_INVALID',
    forgePackage({ manifest: manifestWith((m) => void (m.format = 2)) }),
    'format 2 in the manifest, 1 in the header',
  );
  add(
    'manifest-kode-wrong',
    'MANIFEST_INVALID',
    forgePackage({ manifest: manifestWith((m) => void (m.sender.kode = '1234 5678 9012 3456 7890 1234')) }),
    "a verification code that is not the sender's keys'",
  );
  add(
    'schema-newer',
    'SCHEMA_TOO_NEW',
    forgePackage({ manifest: manifestWith((m) => void (m.schemaVersion = SCHEMA + 1)) }),
    'records of a newer database schema',
  );
  add(
    'unknown-encoding',
    'MANIFEST_INVALID',
    forgePackage({ manifest: manifestWith((m) => ((m.entries[0] as { encoding: string }).encoding = 'brotli')) }),
    'an encoding no Sirakor reads',
  );
  add(
    'records-not-first',
    'MANIFEST_INVALID',
    forgePackage({
      attachments: [photo],
      manifest: manifestWith((m) => m.entries.reverse()),
      entries: (entries) => entries.reverse(),
    }),
    'an attached file before the records',
  );
  add(
    'no-records-entry',
    'MANIFEST_INVALID',
    forgePackage({
      attachments: [photo],
      manifest: manifestWith((m) => void m.entries.shift()),
      entries: (entries) => entries.slice(1),
    }),
    'attached files and no records',
  );

  // File names.
  const named = (name: string) => forgePackage({ attachments: [{ name, bytes: photo.bytes }] });
  add(
    'path-traversal',
    'UNSAFE_NAME',
    named('../../Startup/evil.exe'),
    'an attached file named ../../Startup/evil.exe',
  );
  add('path-traversal-backslash', 'UNSAFE_NAME', named('..\\..\\evil.dll'), 'an attached file named ..\\..\\evil.dll');
  add('absolute-windows', 'UNSAFE_NAME', named('C:\\Windows\\System32\\evil.dll'), 'an absolute Windows path');
  add('absolute-posix', 'UNSAFE_NAME', named('/etc/passwd'), 'an absolute POSIX path');
  add('windows-device', 'UNSAFE_NAME', named('CON.jpg'), 'a Windows device name');
  add('dot-file', 'UNSAFE_NAME', named('.bashrc'), 'a hidden dot file');
  add('nul-in-name', 'UNSAFE_NAME', named('foto\u0000.exe'), 'a NUL character inside the name');
  add('name-too-long', 'UNSAFE_NAME', named(`${'a'.repeat(300)}.jpg`), 'a 304-character name');
  add('duplicate-entry', 'DUPLICATE_ENTRY', forgePackage({ attachments: [photo, photo] }), 'the same file name twice');
  add(
    'duplicate-entry-case',
    'DUPLICATE_ENTRY',
    forgePackage({ attachments: [photo, { name: photo.name.toUpperCase(), bytes: noise(10) }] }),
    'two names that are one file on Windows',
  );
  add(
    'attachment-named-records',
    'DUPLICATE_ENTRY',
    forgePackage({ attachments: [{ name: 'records.jsonl', bytes: utf8('{}\n') }] }),
    'an attached file named like the records',
  );

  // Built to exhaust the reader.
  {
    const bomb = deflateSync(new Uint8Array(20 * 1024 * 1024));
    add(
      'zip-bomb',
      'TOO_LARGE',
      forgePackage({
        recordsStored: bomb,
        manifest: manifestWith((m) => void ((m.entries[0] as { plainSize: number }).plainSize = 2_000)),
      }),
      `${bomb.length} bytes that inflate to 20 MB, declared as 2,000`,
    );
  }
  add(
    'declared-beyond-limit',
    'TOO_LARGE',
    forgePackage({ manifest: manifestWith((m) => void ((m.entries[0] as { plainSize: number }).plainSize = 2 ** 31)) }),
    'records declared as 2 GB',
  );
  add(
    'attachment-beyond-limit',
    'TOO_LARGE',
    forgePackage({
      attachments: [photo],
      manifest: manifestWith((m) => {
        const entry = m.entries[1] as { size: number; plainSize: number };
        entry.size = entry.plainSize = 200 * 1024 * 1024;
      }),
    }),
    'an attached file declared as 200 MB',
  );
  add(
    'records-declared-millions',
    'TOO_MANY_RECORDS',
    forgePackage({ manifest: manifestWith((m) => void (m.counts.commitments = { changed: 3_000_000, deleted: 0 })) }),
    'three million commitments declared',
  );
  add(
    'oversized-string',
    'RECORD_TOO_LARGE',
    forgePackage({ records: recordsWith((r) => ((r[1]?.data as { text: string }).text = 'x'.repeat(70_000))) }),
    'a commitment text of 70,000 characters',
  );
  add(
    'oversized-line',
    'RECORD_TOO_LARGE',
    forgePackage({
      records: recordsWith((r) => {
        const data = r[1]?.data as Record<string, string>;
        for (let i = 0; i < 20; i++) data[`catatan_${i}`] = 'y'.repeat(60_000);
      }),
    }),
    'a record line of 1.2 MB',
  );
  add(
    'too-many-fields',
    'RECORD_TOO_LARGE',
    forgePackage({
      records: recordsWith((r) => {
        const data = r[1]?.data as Record<string, number>;
        for (let i = 0; i < 250; i++) data[`f${i}`] = i;
      }),
    }),
    'a record with 254 fields',
  );
  add(
    'long-list',
    'RECORD_TOO_LARGE',
    forgePackage({
      records: recordsWith(
        (r) => ((r[0]?.data as { area_codes: string[] }).area_codes = Array(5_000).fill('73.04.05')),
      ),
    }),
    'a list of 5,000 area codes',
  );
  add('records-over-reader-limit', 'TOO_MANY_RECORDS', forgePackage(), 'six records for a reader that takes five', {
    limits: { records: 5 },
  });

  // The manifest does not describe the content.
  add(
    'counts-mismatch',
    'MANIFEST_MISMATCH',
    forgePackage({ manifest: manifestWith((m) => void (m.counts.commitments = { changed: 2, deleted: 0 })) }),
    'two commitments counted, three inside',
  );
  add(
    'record-not-counted',
    'MANIFEST_MISMATCH',
    forgePackage({
      recordsText: textWith(
        `${JSON.stringify(recordOf(kelara, 'commitments', '0199f1b1-0000-7000-8000-000000009999', { text: 'x' }))}\n`,
      ),
    }),
    'one record more than the manifest counts',
  );
  add(
    'through-mismatch',
    'MANIFEST_MISMATCH',
    forgePackage({ manifest: manifestWith((m) => void (m.changes.through = stampOf(kelara, RAKOR_WALL - 1))) }),
    'records newer than the manifest says',
  );
  add(
    'date-range-mismatch',
    'MANIFEST_MISMATCH',
    forgePackage({ manifest: manifestWith((m) => void (m.changes.firstAt = '2016-01-01T00:00:00.000Z')) }),
    'a date range that starts in 2016 for changes of 2025',
  );
  add(
    'plain-size-larger',
    'MANIFEST_MISMATCH',
    forgePackage({ manifest: manifestWith((m) => void ((m.entries[0] as { plainSize: number }).plainSize += 10)) }),
    'records declared 10 bytes longer than they are',
  );
  add(
    'entry-size-smaller',
    'DAMAGED',
    forgePackage({ manifest: manifestWith((m) => void ((m.entries[0] as { size: number }).size -= 5)) }),
    'the records entry declared 5 bytes shorter than it is',
  );

  // Records it has no right to carry, or that are not records.
  add(
    'foreign-owner',
    'FOREIGN_OWNER',
    forgePackage({
      records: recordsWith((r) =>
        r.push(recordOf(rumbia, 'commitments', '0199f1b1-0000-7000-8000-000000000777', { text: 'milik Rumbia' })),
      ),
    }),
    "a commitment owned by Rumbia inside Kelara's package",
  );
  add(
    'stamp-of-other-office',
    'RECORD_INVALID',
    forgePackage({ records: recordsWith((r) => void ((r[0] as { version: string }).version = stampOf(rumbia))) }),
    "a Kelara record stamped by Rumbia's clock",
  );
  add(
    'same-id-twice',
    'DUPLICATE_RECORD',
    forgePackage({ records: recordsWith((r) => r.push(structuredClone(r[1] as (typeof r)[number]))) }),
    'the same commitment twice',
  );
  add(
    'record-not-json',
    'RECORD_INVALID',
    forgePackage({ recordsText: textWith('{"kind": "meetings", \n') }),
    'a line that is not JSON',
  );
  add(
    'record-not-utf8',
    'RECORD_INVALID',
    forgePackage({ recordsText: Buffer.concat([utf8(linesOf(rakorRecords(kelara))), Buffer.from([0xc3, 0x28, 10])]) }),
    'a line that is not UTF-8',
  );
  add(
    'record-proto-pollution',
    'RECORD_INVALID',
    forgePackage({
      recordsText: linesOf(rakorRecords(kelara)).replace(
        '"data":{"title"',
        '"data":{"__proto__":{"isAdmin":true},"title"',
      ),
    }),
    'a __proto__ field in the data',
  );
  add(
    'record-nested-object',
    'RECORD_INVALID',
    forgePackage({
      records: recordsWith((r) => void ((r[0]?.data as Record<string, unknown>).lokasi = { desa: 'Tolo' })),
    }),
    'an object inside the data',
  );
  add(
    'record-extra-key',
    'RECORD_INVALID',
    forgePackage({ records: recordsWith((r) => ((r[0] as unknown as Record<string, unknown>).perintah = 'hapus')) }),
    'a record with a field beside kind, id, owner, version, deleted and data',
  );
  add(
    'record-bad-kind',
    'RECORD_INVALID',
    forgePackage({
      recordsText: linesOf(rakorRecords(kelara)).replace('"kind":"meetings"', '"kind":"meetings; DROP TABLE meetings"'),
    }),
    'a kind that is not a table name',
  );
  add(
    'tombstone-with-data',
    'RECORD_INVALID',
    forgePackage({ records: recordsWith((r) => void ((r[5] as { data: unknown }).data = { title: 'x' })) }),
    'a deletion that carries data',
  );
  add(
    'impossible-stamp',
    'RECORD_INVALID',
    forgePackage({
      recordsText: linesOf(rakorRecords(kelara)).replace(
        '2025-10-17T01:00:00.000Z_0000',
        '2025-02-30T01:00:00.000Z_0000',
      ),
    }),
    'a version stamped on 30 February',
  );
  add('blank-line', 'RECORD_INVALID', forgePackage({ recordsText: textWith('\n') }), 'an empty line after the records');
  add(
    'no-final-newline',
    'RECORD_INVALID',
    forgePackage({ recordsText: linesOf(rakorRecords(kelara)).slice(0, -1) }),
    'the last record without its newline',
  );
  add(
    'deflate-garbage',
    'DAMAGED',
    forgePackage({ recordsStored: notDeflate(5_000) }),
    'records that are not DEFLATE, signed as they are',
  );

  return cases;
}
