import type { KindCount, PackageManifest } from '../../shared/exchange/manifest';
import { parseStamp } from '../../shared/exchange/stamp';
import type { RecordVersion } from '../../shared/exchange/versions';

/**
 * What a manifest says about the records of its package (counts per kind, the highest stamp,
 * the first and last change), gathered record by record: the writer fills the manifest with it,
 * the reader compares the manifest with it.
 */
export interface ManifestTally {
  records: number;
  kinds: Map<string, KindCount>;
  through: string | null;
  firstWall: number | null;
  lastWall: number | null;
}

export function newManifestTally(): ManifestTally {
  return { records: 0, kinds: new Map(), through: null, firstWall: null, lastWall: null };
}

/** Adds a record already checked (`checkRecord`), whose version is a valid stamp. */
export function tallyRecord(tally: ManifestTally, record: RecordVersion): void {
  tally.records++;
  const count = tally.kinds.get(record.kind) ?? { changed: 0, deleted: 0 };
  if (record.deleted) count.deleted++;
  else count.changed++;
  tally.kinds.set(record.kind, count);
  // Stamps are fixed-width text: comparing the text compares the stamps.
  if (tally.through === null || record.version > tally.through) tally.through = record.version;
  const wall = (parseStamp(record.version) as { wall: number }).wall;
  if (tally.firstWall === null || wall < tally.firstWall) tally.firstWall = wall;
  if (tally.lastWall === null || wall > tally.lastWall) tally.lastWall = wall;
}

export function countsOf(tally: ManifestTally): PackageManifest['counts'] {
  return Object.fromEntries([...tally.kinds.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
}

export function changesOf(tally: ManifestTally, since: string | null): PackageManifest['changes'] {
  const instant = (wall: number | null) => (wall === null ? null : new Date(wall).toISOString());
  return { since, through: tally.through, firstAt: instant(tally.firstWall), lastAt: instant(tally.lastWall) };
}
