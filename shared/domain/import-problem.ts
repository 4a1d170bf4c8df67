/**
 * A problem of an imported spreadsheet (an action plan, the directory, a progress form): `key` is
 * a message key with `row`/`column`/`value` among its parameters, so the Indonesian text names the
 * cell.
 */
export interface ImportProblem {
  /** 1-based sheet row, or null for the file as a whole. */
  row: number | null;
  /** Column letter (`K`), or null. */
  column: string | null;
  key: string;
  params: Record<string, string | number>;
}
