import type { ImportProblem } from './import-problem';

/**
 * The directory read from a workbook or CSV (issue 12): a sheet of institutions and/or a sheet of
 * people, each row judged with the same rules as the forms, duplicates of what the directory
 * holds recognised (an institution by its name; a person by NIP, or by name with position) and
 * left out. `check` reports; `import` writes every new row in one transaction, only for the file
 * the user checked and only when it has no problem.
 */
export const DIRECTORY_IMPORT_MODES = ['check', 'import'] as const;
type DirectoryImportMode = (typeof DIRECTORY_IMPORT_MODES)[number];

type DirectoryRowKind = 'institution' | 'person';

export interface DirectoryRowReport {
  kind: DirectoryRowKind;
  sheet: string;
  sheetRow: number;
  name: string;
  /** `person`: position and institution; `institution`: sector and level, as read. */
  detail: string;
  outcome: 'new' | 'duplicate' | 'error';
  /** For a duplicate: what it duplicates (`NIP 1987…` or the name in the directory). */
  duplicateOf: string | null;
  /** The office the record it duplicates came from, when another office's: never changed by an import. */
  duplicateOrigin: string | null;
}

export interface DirectoryImportReport {
  mode: DirectoryImportMode;
  sha256: string;
  rows: DirectoryRowReport[];
  problems: ImportProblem[];
  counts: {
    institutions: { new: number; duplicate: number };
    people: { new: number; duplicate: number };
    errors: number;
  };
  imported: { institutions: number; people: number };
}
