import { createHash } from 'node:crypto';
import { Inflate } from 'fflate';
import { ExchangeError } from '../../shared/exchange/errors';
import type { ExchangeLimits } from '../../shared/exchange/limits';
import type { PackageEntry } from '../../shared/exchange/manifest';
import type { BodyReader } from './envelope';

/** Where an entry's decoded bytes go. `end` follows the last byte, before the entry's digest is compared. */
export interface PlainConsumer {
  write(chunk: Uint8Array): void;
  end(): void;
}

const PIECE = 64 * 1024;
/** Compressed bytes given to the inflater at a time: DEFLATE expands at most ~1,032×, so about 4 MB come out. */
const INFLATE_STEP = 4 * 1024;

/** Stops the inflater after a refusal recorded elsewhere. */
const STOP = Symbol('stop');

/**
 * Reads one entry of `entry.size` bytes from the body, hashing them and decoding them into
 * `consumer`, never past `entry.plainSize` (a "zip bomb" stops there). The digest is compared
 * before any decoding problem is reported: a byte changed on the way is damage, whatever it
 * broke downstream; a package whose bytes are the ones signed but whose content is wrong gets the
 * content's reason.
 */
export function readEntry(body: BodyReader, entry: PackageEntry, consumer: PlainConsumer): void {
  const hash = createHash('sha256');
  let produced = 0;
  let failure: unknown = null;

  const emit = (chunk: Uint8Array) => {
    if (failure) throw STOP;
    try {
      produced += chunk.length;
      if (produced > entry.plainSize) throw new ExchangeError('TOO_LARGE');
      consumer.write(chunk);
    } catch (error) {
      failure = error;
      throw STOP;
    }
  };
  const inflate = entry.encoding === 'deflate' ? new Inflate((chunk) => emit(chunk)) : null;
  const attempt = (work: () => void) => {
    if (failure) return;
    try {
      work();
    } catch (error) {
      // Anything but our own stop comes from the inflater: the compressed bytes are not DEFLATE.
      if (error !== STOP) failure ??= new ExchangeError('DAMAGED');
    }
  };

  for (let remaining = entry.size; remaining > 0;) {
    const piece = body.takeUpTo(Math.min(remaining, PIECE));
    if (piece.length === 0) throw new ExchangeError('TRUNCATED');
    remaining -= piece.length;
    hash.update(piece);
    attempt(() => {
      if (!inflate) return emit(piece);
      for (let offset = 0; offset < piece.length && !failure; offset += INFLATE_STEP)
        inflate.push(piece.subarray(offset, offset + INFLATE_STEP));
    });
  }
  attempt(() => inflate?.push(new Uint8Array(0), true));
  if (!failure) {
    try {
      consumer.end();
    } catch (error) {
      failure = error;
    }
  }
  if (hash.digest('hex') !== entry.sha256) throw new ExchangeError('DAMAGED');
  if (failure) throw failure;
  if (produced !== entry.plainSize) throw new ExchangeError('MANIFEST_MISMATCH');
}

/**
 * Splits the decoded records payload into lines (UTF-8 JSON, each ended by a newline) and hands
 * each parsed line to `onRecord` with its 1-based number. A line is never held beyond the limit.
 */
export function recordLines(limits: ExchangeLimits, onRecord: (value: unknown, number: number) => void): PlainConsumer {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let parts: Uint8Array[] = [];
  let partLength = 0;
  let number = 0;

  const line = (bytes: Uint8Array) => {
    number++;
    if (bytes.length === 0) throw new ExchangeError('RECORD_INVALID', { record: number });
    let value: unknown;
    try {
      value = JSON.parse(decoder.decode(bytes));
    } catch {
      throw new ExchangeError('RECORD_INVALID', { record: number });
    }
    onRecord(value, number);
  };

  return {
    write(chunk) {
      let start = 0;
      for (let newline = chunk.indexOf(10, start); newline !== -1; newline = chunk.indexOf(10, start)) {
        const piece = chunk.subarray(start, newline);
        if (partLength + piece.length > limits.recordLineBytes)
          throw new ExchangeError('RECORD_TOO_LARGE', { record: number + 1 });
        line(parts.length === 0 ? piece : Buffer.concat([...parts, piece]));
        parts = [];
        partLength = 0;
        start = newline + 1;
      }
      const rest = chunk.subarray(start);
      if (rest.length === 0) return;
      if (partLength + rest.length > limits.recordLineBytes)
        throw new ExchangeError('RECORD_TOO_LARGE', { record: number + 1 });
      // The chunk's memory is reused by the inflater: keep a copy of the unfinished line.
      parts.push(Uint8Array.from(rest));
      partLength += rest.length;
    },
    end() {
      if (partLength > 0) throw new ExchangeError('RECORD_INVALID', { record: number + 1 });
    },
  };
}
