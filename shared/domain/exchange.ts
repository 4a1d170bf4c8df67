import type { HostLevel } from './meetings';

/**
 * Exchange between offices, as the screens and the command line see it (issue 11): the offices
 * known here, what a package would carry, what a picked package is, and the history.
 */

/** Counts per record kind (a table name): versions of live records and tombstones. */
export type KindCounts = Record<string, { changed: number; deleted: number }>;

/** What an import did, per record kind. */
export type KindOutcome = Record<string, { added: number; updated: number; deleted: number; unchanged: number }>;

/** An office other than this one: one that sent packages here, or that the user trusted. */
export interface KnownOffice {
  id: string;
  name: string;
  level: HostLevel | null;
  areaCode: string | null;
  areaName: string | null;
  kode: string | null;
  /** When the user compared its kode verifikasi and trusted it; null: not (yet) trusted. */
  trustedAt: string | null;
  /** Whether packages can be encrypted to it (its receiving key is known and trusted). */
  canReceive: boolean;
  lastSentAt: string | null;
  lastReceivedAt: string | null;
}

export type ExportRecipient = { kind: 'office'; officeId: string } | { kind: 'any' };

/** What a package would carry, shown before it is made. */
export interface ExportSummary {
  recipient: { kind: 'any' } | { kind: 'office'; officeId: string; name: string; kode: string };
  encrypted: boolean;
  /** The stamp the last package to this recipient went up to; null: everything. */
  since: string | null;
  /** When the last package to this recipient was made; null: never. */
  lastSentAt: string | null;
  counts: KindCounts;
  records: number;
  firstAt: string | null;
  lastAt: string | null;
  /** Bytes of the evidence files and the logo, counted whether or not they are included. */
  fileBytes: number;
  files: number;
}

export interface OfficeSummary {
  officeId: string;
  name: string;
  level: HostLevel;
  areaCode: string;
  areaName: string | null;
  kode: string;
}

/**
 * A package the user picked, checked from its first byte to its last: `ready` to import,
 * `needs-trust` (its sender is new: compare the kode verifikasi by phone), `key-changed` (a trusted
 * office with other keys: compare the new kode), `already-imported` (the same file was applied).
 */
export interface PackageInspection {
  /** The package as kept by the host until it is imported (never a path). */
  ref: string;
  fileName: string;
  sizeBytes: number;
  status: 'ready' | 'needs-trust' | 'key-changed' | 'already-imported';
  sender: OfficeSummary;
  /** The kode the trusted office had (key-changed). */
  previousKode: string | null;
  encrypted: boolean;
  packageId: string;
  packageSha256: string;
  createdAt: string;
  counts: KindCounts;
  firstAt: string | null;
  lastAt: string | null;
  /** When the same file was applied (already-imported). */
  importedAt: string | null;
}

/** What one import changed, kept in the history: per kind, and the meetings and commitments for the links. */
export interface ExchangeReport {
  officeName: string;
  kinds: KindOutcome;
  meetingIds: string[];
  commitmentIds: string[];
}

export interface ExchangeHistoryEntry {
  id: string;
  direction: 'in' | 'out';
  packageId: string;
  packageSha256: string;
  /** The recipient of an outgoing package (null: any office), the sender of an incoming one. */
  officeId: string | null;
  officeName: string;
  fileName: string;
  sizeBytes: number;
  encrypted: boolean;
  counts: KindCounts;
  firstAt: string | null;
  lastAt: string | null;
  report: ExchangeReport | null;
  packageCreatedAt: string;
  recordedAt: string;
}

/** The outcome of an import job: the history entry with its report. */
export interface ImportOutcome {
  entry: ExchangeHistoryEntry;
}

/** A package file in the folder pertukaran: new, already imported, or still being written (left alone). */
export interface FolderPackage {
  name: string;
  sizeBytes: number;
  modifiedAt: string;
  state: 'new' | 'imported' | 'writing';
  importedAt: string | null;
}

/** The folder pertukaran: where it is, whether it can be read now (a flashdisk may be out), what is in it. */
export interface ExchangeFolder {
  path: string | null;
  available: boolean;
  packages: FolderPackage[];
}
