import type { KeyObject } from 'node:crypto';
import { ExchangeError } from '../../shared/exchange/errors';
import { PACKAGE_FORMAT } from '../../shared/exchange/manifest';
import type { ByteSink, SourceReader } from './byte-io';
import { keySchedule, encap, setupBaseReceiver, TAG_LENGTH, type HpkeContext } from './hpke';
import { rawPublicKey } from './keys';

/**
 * The outer layer of a `.sirakor` file (docs/exchange.md):
 *
 *   "SIRAKOR\0"  format (1 byte)  mode (1 byte: 0 signed, 1 signed and encrypted)
 *   encrypted only: recipient office id (16 bytes)  recipient X25519 key (32)  HPKE enc (32)
 *
 * then the body: as it is for mode 0; for mode 1 sealed with HPKE to the recipient, in chunks of
 * 64 KiB, each an HPKE message whose aad says whether it is the last one. The whole header is the
 * HPKE `info`, so it is authenticated by every chunk; the sequence numbers stop reordering, the
 * last-chunk flag stops a file cut at a chunk boundary from passing as complete.
 */

export const MAGIC = Buffer.from('SIRAKOR\u0000', 'latin1');
export const CHUNK_SIZE = 64 * 1024;
const PLAIN_HEADER_LENGTH = MAGIC.length + 2;
const ENCRYPTED_HEADER_LENGTH = PLAIN_HEADER_LENGTH + 16 + 32 + 32;
const MODE_SIGNED = 0;
const MODE_ENCRYPTED = 1;
const MORE = Buffer.from([0]);
const LAST = Buffer.from([1]);

export interface PackageHeader {
  format: number;
  encrypted: boolean;
  /** For an encrypted package: who can open it. */
  recipient: { officeId: string; receivingKey: Buffer } | null;
  enc: Buffer | null;
  /** The header as it is in the file (signed with the manifest, and HPKE's info). */
  bytes: Buffer;
}

function uuidBytes(uuid: string): Buffer {
  return Buffer.from(uuid.replace(/-/g, ''), 'hex');
}

function uuidText(bytes: Uint8Array): string {
  const hex = Buffer.from(bytes).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Reads and checks the header: a Sirakor package, of a format this version reads. */
export function readHeader(reader: SourceReader): PackageHeader {
  const start = reader.takeUpTo(PLAIN_HEADER_LENGTH);
  if (start.length < MAGIC.length || !Buffer.from(start.subarray(0, MAGIC.length)).equals(MAGIC))
    throw new ExchangeError('NOT_A_PACKAGE');
  if (start.length < PLAIN_HEADER_LENGTH) throw new ExchangeError('TRUNCATED');
  const format = start[MAGIC.length] as number;
  const mode = start[MAGIC.length + 1] as number;
  if (format > PACKAGE_FORMAT) throw new ExchangeError('FORMAT_TOO_NEW', { format });
  if (format < 1 || (mode !== MODE_SIGNED && mode !== MODE_ENCRYPTED)) throw new ExchangeError('DAMAGED');
  if (mode === MODE_SIGNED) return { format, encrypted: false, recipient: null, enc: null, bytes: Buffer.from(start) };
  const rest = reader.take(ENCRYPTED_HEADER_LENGTH - PLAIN_HEADER_LENGTH);
  return {
    format,
    encrypted: true,
    recipient: { officeId: uuidText(rest.subarray(0, 16)), receivingKey: Buffer.from(rest.subarray(16, 48)) },
    enc: Buffer.from(rest.subarray(48, 80)),
    bytes: Buffer.concat([start, rest]),
  };
}

export interface EnvelopeRecipient {
  officeId: string;
  /** The recipient's X25519 public key. */
  receivingKey: KeyObject;
}

/**
 * Writes the header to `out` and answers the sink the body goes through: `out` itself for a
 * package for any office, an encrypting sink for one recipient. `end()` must follow the body.
 */
export function openEnvelope(
  out: ByteSink,
  recipient: EnvelopeRecipient | null,
  format = PACKAGE_FORMAT,
): { header: Buffer; body: ByteSink & { end(): void } } {
  if (!recipient) {
    const header = Buffer.concat([MAGIC, Buffer.from([format, MODE_SIGNED])]);
    out.write(header);
    return { header, body: { write: (bytes) => out.write(bytes), end: () => undefined } };
  }
  const { sharedSecret, enc } = encap(recipient.receivingKey);
  const header = Buffer.concat([
    MAGIC,
    Buffer.from([format, MODE_ENCRYPTED]),
    uuidBytes(recipient.officeId),
    rawPublicKey(recipient.receivingKey),
    enc,
  ]);
  out.write(header);
  return { header, body: encryptingSink(out, keySchedule(sharedSecret, header)) };
}

/** Seals full chunks as they fill; the last chunk (possibly empty, possibly full) is sealed by `end`. */
function encryptingSink(out: ByteSink, context: HpkeContext): ByteSink & { end(): void } {
  const pending = Buffer.alloc(CHUNK_SIZE);
  let filled = 0;
  return {
    write(bytes) {
      let offset = 0;
      while (offset < bytes.length) {
        // A full chunk is sealed only when more data follows, so that the last chunk is known at `end`.
        if (filled === CHUNK_SIZE) {
          out.write(context.seal(MORE, pending));
          filled = 0;
        }
        const n = Math.min(CHUNK_SIZE - filled, bytes.length - offset);
        pending.set(bytes.subarray(offset, offset + n), filled);
        filled += n;
        offset += n;
      }
    },
    end() {
      out.write(context.seal(LAST, pending.subarray(0, filled)));
    },
  };
}

/** The body of a package, read in order. */
export interface BodyReader {
  /** Exactly `length` bytes. */
  take(length: number): Uint8Array;
  /** Up to `length` bytes, at least one unless the body has ended. */
  takeUpTo(length: number): Uint8Array;
  /** Whether the whole body has been read. */
  atEnd(): boolean;
}

export function plainBody(reader: SourceReader): BodyReader {
  return {
    take: (length) => reader.take(length),
    takeUpTo: (length) => reader.takeUpTo(length),
    atEnd: () => reader.remaining() === 0,
  };
}

/**
 * The body of an encrypted package, opened chunk by chunk. A chunk that fails to open is damage;
 * a file that ends after a chunk that opens as "more follows" was cut at a chunk boundary; a body
 * whose authenticated last chunk ends before the manifest's entries do was written short.
 */
export function decryptingBody(reader: SourceReader, header: PackageHeader, receivingKey: KeyObject): BodyReader {
  let context: HpkeContext;
  try {
    context = setupBaseReceiver(header.enc as Buffer, receivingKey, header.bytes);
  } catch {
    throw new ExchangeError('DAMAGED');
  }
  let current: Uint8Array = new Uint8Array(0);
  let offset = 0;
  let ended = false;

  function nextChunk(): void {
    if (ended) throw new ExchangeError('MANIFEST_MISMATCH');
    const sealed = reader.takeUpTo(CHUNK_SIZE + TAG_LENGTH);
    if (sealed.length < TAG_LENGTH) throw new ExchangeError('TRUNCATED');
    const last = reader.remaining() === 0;
    try {
      current = context.open(last ? LAST : MORE, sealed);
    } catch {
      if (!last) throw new ExchangeError('DAMAGED');
      try {
        context.open(MORE, sealed);
      } catch {
        throw new ExchangeError('DAMAGED');
      }
      throw new ExchangeError('TRUNCATED');
    }
    offset = 0;
    ended = last;
  }

  const body: BodyReader = {
    takeUpTo(length) {
      while (offset === current.length) nextChunk();
      const n = Math.min(length, current.length - offset);
      const bytes = current.subarray(offset, offset + n);
      offset += n;
      return bytes;
    },
    take(length) {
      const first = body.takeUpTo(length);
      if (first.length === length) return first;
      const parts = [first];
      let got = first.length;
      while (got < length) {
        const part = body.takeUpTo(length - got);
        parts.push(part);
        got += part.length;
      }
      return Buffer.concat(parts);
    },
    atEnd: () => ended && offset === current.length,
  };
  return body;
}
