import type { Worksheet } from 'exceljs';
import type { ImportProblem } from '../../shared/domain/import-problem';
import { cellValue, isBlank, problemAt, textOf, visibleSheets, type ReadCell } from '../spreadsheets/cells';
import { COLUMNS, EDITABLE_KEYS, FIRST_ROW, FORM_COLUMNS, HEADER_ROW, MAX_FORM_ROWS, type EditableKey } from './layout';
import { looksLikeFormCode } from './signing';

/**
 * Finds the progress form in an uploaded workbook (by its code in the hidden column) and reads
 * what the institution could have filled: the code and the five editable cells of every row.
 * Nothing is judged here beyond the layout; form-check.ts checks the codes and the values.
 */

export interface RawFormRow {
  sheetRow: number;
  /** The row's code as written, or null when its cell is empty. */
  code: ReadCell;
  cells: Record<EditableKey, ReadCell>;
  /** The percent cell is formatted as a percentage (0.75 shows as 75%). */
  percentFormat: boolean;
}

export interface RawForm {
  sheetName: string;
  formCode: string;
  /** Problems with the layout: headers changed or moved (nothing can be read reliably then). */
  layoutProblems: ImportProblem[];
  rows: RawFormRow[];
  /** More rows than a form holds: the rest was not read. */
  truncated: boolean;
}

/** Rows above the header searched for the form's code (it is in row 1 of a form Sirakor made). */
const CODE_SEARCH_ROWS = HEADER_ROW;

function formCodeOf(sheet: Worksheet): string | null {
  for (let r = 1; r <= CODE_SEARCH_ROWS; r++) {
    const value = cellValue(sheet.getRow(r).getCell(COLUMNS.code));
    if (typeof value === 'string' && looksLikeFormCode(value.trim())) return value.trim();
  }
  return null;
}

function layoutProblems(sheet: Worksheet): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const header = sheet.getRow(HEADER_ROW);
  for (const key of [...EDITABLE_KEYS, 'code'] as const) {
    const column = COLUMNS[key];
    const found = textOf(cellValue(header.getCell(column)));
    if (found !== FORM_COLUMNS[key].header) {
      problems.push(
        problemAt('forms.import.layoutChanged', HEADER_ROW, column, {
          expected: FORM_COLUMNS[key].header,
          value: found || '–',
        }),
      );
    }
  }
  return problems;
}

/** The form in the workbook, or null when no visible sheet carries a form's code. */
export function readForm(sheets: readonly Worksheet[]): RawForm | null {
  for (const sheet of visibleSheets(sheets)) {
    const formCode = formCodeOf(sheet);
    if (!formCode) continue;
    const rows: RawFormRow[] = [];
    const last = Math.min(sheet.rowCount, FIRST_ROW + MAX_FORM_ROWS - 1);
    for (let r = FIRST_ROW; r <= last; r++) {
      const row = sheet.getRow(r);
      const cells = Object.fromEntries(
        EDITABLE_KEYS.map((key) => [key, cellValue(row.getCell(COLUMNS[key]))]),
      ) as Record<EditableKey, ReadCell>;
      const code = cellValue(row.getCell(COLUMNS.code));
      if (isBlank(code) && EDITABLE_KEYS.every((key) => isBlank(cells[key]))) continue;
      const numFmt = row.getCell(COLUMNS.percent).numFmt;
      rows.push({ sheetRow: r, code, cells, percentFormat: typeof numFmt === 'string' && numFmt.includes('%') });
    }
    return {
      sheetName: sheet.name,
      formCode,
      layoutProblems: layoutProblems(sheet),
      rows,
      truncated: sheet.rowCount > last,
    };
  }
  return null;
}
