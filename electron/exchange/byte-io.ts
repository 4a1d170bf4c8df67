import { createHash, type Hash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';
import { ExchangeError } from '../../shared/exchange/errors';

/**
 * Synchronous byte sources and sinks. Packages are read and written synchronously, a piece at a
 * time, because the records of a package are applied inside one better-sqlite3 transaction,
 * which cannot wait for a promise; memory stays bounded by the piece size whatever the package's.
 */

export interface ByteSource {
  readonly size: number;
  /** Up to `length` bytes from `position`; fewer only at the end. */
  read(position: number, length: number): Uint8Array;
  close(): void;
}

export interface ByteSink {
  write(bytes: Uint8Array): void;
}

export function bufferSource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.length,
    read: (position, length) => bytes.subarray(position, Math.min(bytes.length, position + length)),
    close: () => undefined,
  };
}

/** A file read through one descriptor; its size is taken once, when opened. */
export function fileSource(path: string): ByteSource {
  const fd = openSync(path, 'r');
  let size: number;
  try {
    size = fstatSync(fd).size;
  } catch (error) {
    closeSync(fd);
    throw error;
  }
  return {
    size,
    read(position, length) {
      const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - position)));
      let filled = 0;
      while (filled < buffer.length) {
        const n = readSync(fd, buffer, filled, buffer.length - filled, position + filled);
        if (n === 0) break;
        filled += n;
      }
      return buffer.subarray(0, filled);
    },
    close: () => closeSync(fd),
  };
}

/** Writes everything it is given to a file descriptor. */
export function fdSink(fd: number): ByteSink {
  return {
    write(bytes) {
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    },
  };
}

/** Keeps everything in memory (small packages, tests). */
export function memorySink(): ByteSink & { bytes(): Buffer } {
  const chunks: Buffer[] = [];
  return {
    write: (bytes) => void chunks.push(Buffer.from(bytes)),
    bytes: () => Buffer.concat(chunks),
  };
}

/** Passes bytes on and hashes them (SHA-256) on the way. */
export function hashingSink(inner: ByteSink): ByteSink & { digest(): string; count(): number } {
  const hash = createHash('sha256');
  let count = 0;
  return {
    write(bytes) {
      hash.update(bytes);
      count += bytes.length;
      inner.write(bytes);
    },
    digest: () => hash.digest('hex'),
    count: () => count,
  };
}

/**
 * Reads a source from its first byte to its last, in order, hashing everything read, so that at
 * the end the SHA-256 of the whole file is known without a second read.
 */
export class SourceReader {
  private position = 0;
  private readonly hash: Hash = createHash('sha256');

  constructor(private readonly source: ByteSource) {}

  remaining(): number {
    return this.source.size - this.position;
  }

  /** Up to `length` bytes (fewer only at the end). */
  takeUpTo(length: number): Uint8Array {
    const bytes = this.source.read(this.position, Math.min(length, this.remaining()));
    this.position += bytes.length;
    this.hash.update(bytes);
    return bytes;
  }

  /** Exactly `length` bytes; a file that ends before is truncated. */
  take(length: number): Uint8Array {
    const bytes = this.takeUpTo(length);
    if (bytes.length < length) throw new ExchangeError('TRUNCATED');
    return bytes;
  }

  /** SHA-256 of everything read; meaningful once the whole source is read. */
  digest(): string {
    return this.hash.digest('hex');
  }
}
