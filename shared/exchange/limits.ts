/**
 * How much a package may hold. The ten-year dataset of one kecamatan is about 100 MB with its
 * evidence and well under a million records; the limits leave room for a kabupaten's own
 * packages while keeping a hostile file from exhausting the memory or the disk of a modest PC.
 * A reader can pass lower limits (tests do, to stay fast).
 */
export interface ExchangeLimits {
  /** The manifest's JSON text. */
  manifestBytes: number;
  /** Entries (the records payload and attached files). */
  entries: number;
  /** Distinct record kinds. */
  kinds: number;
  /** Records in one package. */
  records: number;
  /** One record's JSON line. */
  recordLineBytes: number;
  /** One text value in a record, in UTF-16 code units. */
  stringChars: number;
  /** Fields of one record. */
  fieldsPerRecord: number;
  /** Items of a list value. */
  listItems: number;
  /** The records payload, decompressed. */
  recordsBytes: number;
  /** One attached file, decompressed. */
  attachmentBytes: number;
  /** Everything, decompressed. */
  totalBytes: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_EXCHANGE_LIMITS: Readonly<ExchangeLimits> = Object.freeze({
  manifestBytes: 4 * MiB,
  entries: 20_000,
  kinds: 64,
  records: 2_000_000,
  recordLineBytes: 1 * MiB,
  stringChars: 65_536,
  fieldsPerRecord: 200,
  listItems: 1_000,
  recordsBytes: 1024 * MiB,
  attachmentBytes: 64 * MiB,
  totalBytes: 4096 * MiB,
});

export function exchangeLimits(overrides: Partial<ExchangeLimits> = {}): ExchangeLimits {
  return { ...DEFAULT_EXCHANGE_LIMITS, ...overrides };
}
