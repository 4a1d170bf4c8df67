import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { bufferSource, memorySink, SourceReader, type ByteSource } from '../../../electron/exchange/byte-io';
import { CHUNK_SIZE, decryptingBody, openEnvelope, readHeader } from '../../../electron/exchange/envelope';
import { publicKeyFromRaw } from '../../../electron/exchange/keys';
import {
  readPackage,
  readPackageHeader,
  verifyPackage,
  type PackageVisitor,
} from '../../../electron/exchange/package-reader';
import { id as indonesian } from '../../../renderer/i18n/locales/id';
import { en as english } from '../../../renderer/i18n/locales/en';
import { EXCHANGE_ERRORS, ExchangeError, type ExchangeReason } from '../../../shared/exchange/errors';
import type { RecordVersion } from '../../../shared/exchange/versions';
import {
  contextOf,
  forgePackage,
  jeneponto,
  kelara,
  rakorRecords,
  RAKOR_WALL,
  recordOf,
  rumbia,
  sha256Hex,
  writeTestPackage,
} from '../support/exchange';
import { hostilePackages, type HostilePackage } from '../support/exchange-hostile';
import { cleanTempDirsAfterEach, tempDir } from '../support/temp';

/**
 * The `.sirakor` container: what Sirakor writes reads back exactly, encrypted or not, and every
 * hostile package is refused with its stable reason and an Indonesian message before a single
 * record or file reaches the caller.
 */

cleanTempDirsAfterEach();

/** The text of a message key in a locale, as written; throws for a missing key. */
function rawText(locale: object, key: string): string {
  let node: unknown = locale;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'string') throw new Error(`no text for ${key}`);
  return node;
}

/** The text of a message key with its parameters filled in; throws for a missing key or parameter. */
function textOf(locale: object, key: string, params: Record<string, string | number> = {}): string {
  return rawText(locale, key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`${key}: parameter ${name} missing`);
    return String(params[name]);
  });
}

function refusalOf(run: () => unknown): ExchangeError {
  try {
    run();
  } catch (error) {
    if (error instanceof ExchangeError) return error;
    throw new Error(`not an ExchangeError: ${(error as Error).stack}`);
  }
  throw new Error('accepted');
}

/** A visitor that remembers whatever reaches it. */
function collector() {
  const records: RecordVersion[] = [];
  const files = new Map<string, Buffer>();
  const visitor: PackageVisitor = {
    record: (record) => void records.push(record),
    attachment(entry) {
      const parts: Buffer[] = [];
      return {
        write: (chunk) => void parts.push(Buffer.from(chunk)),
        end: () => void files.set(entry.name, Buffer.concat(parts)),
        abort: () => undefined,
      };
    },
  };
  return { records, files, visitor, touched: () => records.length + files.size };
}

describe('messages', () => {
  it('every refusal has an Indonesian and an English message whose placeholders are its parameters', () => {
    for (const [reason, { key, params }] of Object.entries(EXCHANGE_ERRORS)) {
      for (const locale of [indonesian, english]) {
        const placeholders = [...rawText(locale, key).matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]);
        expect([...new Set(placeholders)].sort(), `${reason} in ${locale === indonesian ? 'id' : 'en'}`).toEqual(
          [...params].sort(),
        );
      }
    }
  });
});

describe('packages Sirakor writes', () => {
  it('a package for the kabupaten is encrypted, verifies, and delivers its records in order', () => {
    const dir = tempDir();
    const written = writeTestPackage(dir, kelara, jeneponto);
    expect(readPackageHeader(written.path)).toEqual({
      format: 1,
      encrypted: true,
      recipientOfficeId: jeneponto.officeId,
    });
    // Encrypted: neither the office names nor the record texts appear in the file.
    expect(written.bytes.includes(Buffer.from('Kelara'))).toBe(false);
    expect(written.bytes.includes(Buffer.from('stunting'))).toBe(false);
    const verdict = verifyPackage(written.path, contextOf(jeneponto, [kelara]));
    expect(verdict).toMatchObject({ status: 'ready', encrypted: true, sender: { name: 'Kantor Camat Kelara' } });
    expect(verdict.packageSha256).toBe(sha256Hex(written.bytes));
    expect(verdict.manifest.counts).toEqual({
      commitment_updates: { changed: 1, deleted: 0 },
      commitments: { changed: 3, deleted: 0 },
      meetings: { changed: 1, deleted: 1 },
    });
    expect(verdict.manifest.changes).toEqual({
      since: null,
      through: rakorRecords(kelara)[5]?.version,
      firstAt: '2025-10-17T01:00:00.000Z',
      lastAt: '2025-10-19T01:00:00.000Z',
    });
    const seen = collector();
    readPackage(written.path, contextOf(jeneponto, [kelara]), seen.visitor);
    expect(seen.records).toEqual(rakorRecords(kelara));
    // Only the temporary files' names are gone: the folder holds the package alone.
    expect(readdirSync(dir)).toEqual([basename(written.path)]);
  });

  it('a package for any office is signed, not encrypted, and readable by every office', () => {
    const dir = tempDir();
    const written = writeTestPackage(dir, kelara, null);
    expect(readPackageHeader(written.bytes)).toEqual({ format: 1, encrypted: false, recipientOfficeId: null });
    for (const reader of [jeneponto, rumbia]) {
      const verdict = verifyPackage(written.bytes, contextOf(reader, [kelara]));
      expect(verdict).toMatchObject({ status: 'ready', encrypted: false, manifest: { recipient: { kind: 'any' } } });
    }
  });

  it('attached files arrive whole, across many encrypted chunks', () => {
    const dir = tempDir();
    const evidence = join(dir, 'bukti.bin');
    const logo = join(dir, 'logo.png');
    const evidenceBytes = Buffer.alloc(3 * CHUNK_SIZE + 123);
    for (let i = 0; i < evidenceBytes.length; i++) evidenceBytes[i] = (i * 7919) % 251;
    writeFileSync(evidence, evidenceBytes);
    writeFileSync(logo, Buffer.from('logo kabupaten'));
    const written = writeTestPackage(dir, kelara, jeneponto, rakorRecords(kelara), {
      attachments: [
        {
          name: 'bukti-pmt.jpg',
          path: evidence,
          ref: { kind: 'evidence_files', id: '0199f1b4-0000-7000-8000-000000000001' },
        },
        { name: 'logo.png', path: logo },
      ],
    });
    expect(written.manifest.entries.map((e) => [e.name, e.role, e.size])).toEqual([
      ['records.jsonl', 'records', expect.any(Number)],
      ['bukti-pmt.jpg', 'attachment', evidenceBytes.length],
      ['logo.png', 'attachment', 14],
    ]);
    const seen = collector();
    readPackage(written.path, contextOf(jeneponto, [kelara]), seen.visitor);
    expect(seen.files.get('bukti-pmt.jpg')?.equals(evidenceBytes)).toBe(true);
    expect(seen.files.get('logo.png')?.toString()).toBe('logo kabupaten');
  });

  it('a package with no records is valid (nothing changed since the last one)', () => {
    const written = writeTestPackage(tempDir(), kelara, jeneponto, []);
    expect(written.manifest.counts).toEqual({});
    expect(written.manifest.changes).toEqual({ since: null, through: null, firstAt: null, lastAt: null });
    expect(verifyPackage(written.bytes, contextOf(jeneponto, [kelara])).status).toBe('ready');
  });

  it('the writer refuses what the reader would refuse, and leaves no file behind', () => {
    const dir = tempDir();
    const attempts: [ExchangeReason, () => unknown][] = [
      [
        'FOREIGN_OWNER',
        () => writeTestPackage(dir, kelara, jeneponto, [...rakorRecords(kelara), ...rakorRecords(rumbia)]),
      ],
      [
        'DUPLICATE_RECORD',
        () => writeTestPackage(dir, kelara, jeneponto, [...rakorRecords(kelara), ...rakorRecords(kelara)]),
      ],
      [
        'RECORD_TOO_LARGE',
        () =>
          writeTestPackage(dir, kelara, jeneponto, [
            recordOf(kelara, 'minutes_entries', '0199f1b5-0000-7000-8000-000000000001', { text: 'n'.repeat(70_000) }),
          ]),
      ],
      [
        'RECORD_INVALID',
        () =>
          writeTestPackage(dir, kelara, jeneponto, [
            {
              ...recordOf(kelara, 'meetings', '0199f1b5-0000-7000-8000-000000000002', {}),
              data: { when: new Date() },
            } as never,
          ]),
      ],
      [
        'UNSAFE_NAME',
        () =>
          writeTestPackage(dir, kelara, jeneponto, rakorRecords(kelara), {
            attachments: [{ name: '../x.jpg', path: __filename }],
          }),
      ],
      [
        'DUPLICATE_ENTRY',
        () =>
          writeTestPackage(dir, kelara, jeneponto, rakorRecords(kelara), {
            attachments: [
              { name: 'a.txt', path: __filename },
              { name: 'A.TXT', path: __filename },
            ],
          }),
      ],
    ];
    for (const [reason, attempt] of attempts) expect(refusalOf(attempt).reason, reason).toBe(reason);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('an unknown sender needs trust first; once trusted, the same package is read', () => {
    const written = writeTestPackage(tempDir(), rumbia, jeneponto);
    const verdict = verifyPackage(written.bytes, contextOf(jeneponto, [kelara]));
    expect(verdict.status).toBe('needs-trust');
    expect(verdict.sender.kode).toMatch(/^\d{4}( \d{4}){5}$/);
    const seen = collector();
    const refusal = refusalOf(() => readPackage(written.bytes, contextOf(jeneponto, [kelara]), seen.visitor));
    expect(refusal.reason).toBe('UNTRUSTED_SENDER');
    expect(textOf(indonesian, refusal.key, refusal.params)).toContain(verdict.sender.kode);
    expect(seen.touched()).toBe(0);
    readPackage(written.bytes, contextOf(jeneponto, [kelara, rumbia]), seen.visitor);
    expect(seen.records).toHaveLength(6);
  });

  it('a changed key names both verification codes', () => {
    const refusal = refusalOf(() =>
      verifyPackage(
        hostilePackages().find((c) => c.id === 'changed-key')?.bytes as Uint8Array,
        contextOf(jeneponto, [kelara]),
      ),
    );
    const text = textOf(indonesian, refusal.key, refusal.params);
    expect(text).toContain('Kantor Camat Kelara');
    expect(refusal.params?.previousKode).not.toBe(refusal.params?.kode);
    expect(text).toContain(String(refusal.params?.previousKode));
  });
});

describe('the hostile package collection', () => {
  let cases: HostilePackage[];
  beforeAll(() => {
    cases = hostilePackages();
  }, 60_000);

  it('has at least 30 distinct packages', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    expect(new Set(cases.map((c) => sha256Hex(c.bytes))).size).toBe(cases.length);
  });

  const ids = hostilePackages().map((c) => c.id);
  it.each(ids)('%s is refused with its reason and an Indonesian message, and nothing reaches the caller', (id) => {
    const hostile = cases.find((c) => c.id === id) as HostilePackage;
    const context = contextOf(hostile.reader ?? jeneponto, hostile.trusted ?? [kelara], hostile.limits);
    const seen = collector();
    if (hostile.expected === 'needs-trust') {
      expect(verifyPackage(hostile.bytes, context).status).toBe('needs-trust');
      expect(refusalOf(() => readPackage(hostile.bytes, context, seen.visitor)).reason).toBe('UNTRUSTED_SENDER');
    } else {
      const refusal = refusalOf(() => verifyPackage(hostile.bytes, context));
      expect(refusal.reason, hostile.defect).toBe(hostile.expected);
      expect(textOf(indonesian, refusal.key, refusal.params)).toMatch(/\S/);
      // Text from the package inside the message is shown defanged: no control or direction characters, short.
      for (const value of Object.values(refusal.params ?? {}))
        // eslint-disable-next-line no-control-regex -- control characters are what must not be there
        expect(String(value)).toMatch(/^[^\u0000-\u001f\u007f-\u009f\u202a-\u202e]{0,60}$/);
      expect(refusalOf(() => readPackage(hostile.bytes, context, seen.visitor)).reason).toBe(hostile.expected);
    }
    expect(seen.touched()).toBe(0);
  });
});

describe('damage anywhere', () => {
  /** A small deterministic stream of positions, so a failure can be replayed. */
  function positions(length: number, count: number, seed: number): number[] {
    let x = seed;
    return Array.from({ length: count }, () => {
      x = (x * 1_103_515_245 + 12_345) % 2 ** 31;
      return x % length;
    });
  }

  it('a flipped bit at any of 400 places is refused, never accepted, never an unexpected error', () => {
    const packages = [
      forgePackage({ to: null, attachments: [{ name: 'a.jpg', bytes: Buffer.alloc(300, 7) }] }),
      forgePackage(),
    ];
    for (const bytes of packages) {
      for (const position of positions(bytes.length, 200, bytes.length)) {
        const damaged = Uint8Array.from(bytes);
        damaged[position] = (damaged[position] as number) ^ (1 << (position % 8));
        const refusal = refusalOf(() => verifyPackage(damaged, contextOf(jeneponto, [kelara])));
        expect(refusal.reason, `position ${position}`).toMatch(/^[A-Z_]+$/);
      }
    }
  });

  it('every length cut from a package is refused', () => {
    for (const bytes of [forgePackage({ to: null }), forgePackage()]) {
      for (let length = 0; length < bytes.length; length += 7) {
        const refusal = refusalOf(() => verifyPackage(bytes.subarray(0, length), contextOf(jeneponto, [kelara])));
        expect(['NOT_A_PACKAGE', 'TRUNCATED', 'DAMAGED', 'MANIFEST_INVALID']).toContain(refusal.reason);
      }
    }
  });
});

describe('applied whole or not at all', () => {
  /** A source that shows one package to the first read and another from the second read on. */
  function switchingSource(first: Uint8Array, then: Uint8Array): ByteSource {
    let reads = 0;
    return {
      get size() {
        return reads > 1 ? then.length : first.length;
      },
      read(position, length) {
        if (position === 0) reads++;
        const bytes = reads > 1 ? then : first;
        return bytes.subarray(position, Math.min(bytes.length, position + length));
      },
      close: () => undefined,
    };
  }

  it('a package replaced between its check and its reading rolls the transaction back', () => {
    const db = new Database(join(tempDir(), 'kabupaten.sqlite'));
    db.exec(
      'CREATE TABLE received (kind TEXT NOT NULL, id TEXT NOT NULL, version TEXT NOT NULL, PRIMARY KEY (kind, id)) STRICT',
    );
    const insert = db.prepare('INSERT INTO received (kind, id, version) VALUES (?, ?, ?)');
    const original = writeTestPackage(tempDir(), kelara, jeneponto).bytes;
    // Another valid package of Kelara's, with one more record: it passes every check of its own.
    const other = writeTestPackage(tempDir(), kelara, jeneponto, [
      ...rakorRecords(kelara),
      recordOf(kelara, 'commitments', '0199f1b1-0000-7000-8000-000000000999', { text: 'sisipan' }, RAKOR_WALL + 5),
    ]).bytes;
    const apply = db.transaction((source: ByteSource) =>
      readPackage(source, contextOf(jeneponto, [kelara]), {
        record: (record) => void insert.run(record.kind, record.id, record.version),
      }),
    );
    expect(refusalOf(() => apply(switchingSource(original, other))).reason).toBe('DAMAGED');
    expect(db.prepare('SELECT count(*) AS n FROM received').get()).toEqual({ n: 0 });
    apply(bufferSource(original));
    expect(db.prepare('SELECT count(*) AS n FROM received').get()).toEqual({ n: 6 });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('a package read from a file is the file as it was when opened', () => {
    const dir = tempDir();
    const written = writeTestPackage(dir, kelara, jeneponto);
    expect(existsSync(written.path)).toBe(true);
    expect(verifyPackage(written.path, contextOf(jeneponto, [kelara])).packageSha256).toBe(
      sha256Hex(readFileSync(written.path)),
    );
  });
});

describe('the encrypted envelope', () => {
  it.each([0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 2 * CHUNK_SIZE, 3 * CHUNK_SIZE + 17])(
    'carries a body of %i bytes exactly',
    (length) => {
      const body = Buffer.alloc(length);
      for (let i = 0; i < length; i++) body[i] = i % 253;
      const out = memorySink();
      const envelope = openEnvelope(out, {
        officeId: jeneponto.officeId,
        receivingKey: publicKeyFromRaw(jeneponto.keys.publicKeys.receiving, 'x25519'),
      });
      envelope.body.write(body.subarray(0, Math.floor(length / 3)));
      envelope.body.write(body.subarray(Math.floor(length / 3)));
      envelope.body.end();
      const reader = new SourceReader(bufferSource(out.bytes()));
      const header = readHeader(reader);
      const opened = decryptingBody(reader, header, jeneponto.keys.receivingKey);
      expect(Buffer.from(length === 0 ? new Uint8Array(0) : opened.take(length)).equals(body)).toBe(true);
      if (length === 0) expect(refusalOf(() => opened.take(1)).reason).toBe('MANIFEST_MISMATCH');
      expect(opened.atEnd()).toBe(true);
    },
  );
});
