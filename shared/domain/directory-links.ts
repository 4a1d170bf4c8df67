import type { RecordOrigin } from './origin';

/**
 * The shared directory (issue 11, item 5; docs/exchange.md "Shared directory"): likely duplicates
 * across offices, the links this office made between them, and the merge of its own duplicates.
 */
export const DIRECTORY_KINDS = ['institutions', 'people'] as const;
export type DirectoryKind = (typeof DIRECTORY_KINDS)[number];

/** The fields two copies are compared on, in the order they are shown; each is also a merge choice. */
export const COMPARED_FIELDS = {
  institutions: ['name', 'shortName', 'sector', 'level', 'areaCode', 'address'],
  people: ['name', 'position', 'institutionId', 'nip', 'rank'],
} as const satisfies Record<DirectoryKind, readonly string[]>;
export type ComparedField<K extends DirectoryKind = DirectoryKind> = (typeof COMPARED_FIELDS)[K][number];

/** One copy of a record as the duplicate list shows it: its values by field, and what to show for each. */
export interface DuplicateSide {
  id: string;
  name: string;
  origin: RecordOrigin | null;
  /** The stored value per compared field (ids for references), what is compared. */
  values: Record<string, string | null>;
  /** What a person reads for it (the institution's name, the area's name). */
  shown: Record<string, string | null>;
}

export interface DuplicateCandidate {
  kind: DirectoryKind;
  /** Why they are offered: the shared NIP, or the area and name key of the institutions. */
  matchedOn: 'nip' | 'name';
  first: DuplicateSide;
  second: DuplicateSide;
  /** The compared fields whose values differ (empty: the same in every detail). */
  differences: string[];
  /** Both are this office's own records: they may be merged, not only linked. */
  mergeable: boolean;
}

export interface DirectoryDuplicates {
  institutions: DuplicateCandidate[];
  people: DuplicateCandidate[];
  total: number;
}

/** Another record linked with a directory entry: the list shows the group as one entry. */
export interface DirectoryCopy {
  id: string;
  name: string;
  origin: RecordOrigin | null;
}

export interface MergeResult {
  keptId: string;
  removedId: string;
  /** References moved to the kept record, per table and column (`commitments.institution_id`). */
  moved: Record<string, number>;
}
