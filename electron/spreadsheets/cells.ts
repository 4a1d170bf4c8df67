import type { Cell, Worksheet } from 'exceljs';
import type { ImportProblem } from '../../shared/domain/import-problem';

/**
 * Reading cells of an uploaded workbook the way every import does (action plans, the directory,
 * progress forms): values as the sheet shows them, formulas and error values marked so they can be
 * refused, column letters for messages, merged ranges.
 */

export function columnLetter(column: number): string {
  let letters = '';
  let n = column;
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A problem at a sheet cell (or row, or the whole file): `row` and `column` join the message's parameters. */
export function problemAt(
  key: string,
  row: number | null,
  column: number | null,
  extra: Record<string, string | number> = {},
): ImportProblem {
  const params: Record<string, string | number> = { ...extra };
  if (row !== null) params.row = row;
  if (column !== null) params.column = columnLetter(column);
  return { row, column: column === null ? null : columnLetter(column), key, params };
}

/** What a readable cell holds (text, a number, a truth value) or nothing. */
export type CellScalar = string | number | boolean | null | undefined;

export type ReadCell = CellScalar | { formula: string } | { error: string };

/** A cell's value as the sheet shows it, or a marker for what cannot be read (a formula, an error value). */
export function cellValue(cell: Cell): ReadCell {
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) {
      const formula = 'formula' in value ? value.formula : (value as { sharedFormula: string }).sharedFormula;
      return { formula: `=${formula ?? ''}` };
    }
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('error' in value) return { error: String(value.error) };
  }
  return String(value);
}

export function isBlank(value: ReadCell): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

/** The text of a value for messages (a formula as written, an error value as shown). */
export function textOf(value: ReadCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return 'formula' in value ? value.formula : value.error;
  return String(value).trim();
}

export function isUnreadable(value: ReadCell): value is { formula: string } | { error: string } {
  return value !== null && typeof value === 'object';
}

export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
  range: string;
}

export function mergesOf(sheet: Worksheet): Merge[] {
  const ranges = (sheet.model as { merges?: string[] }).merges ?? [];
  return ranges.map((range) => {
    const [from = '', to = from] = range.split(':');
    const decode = (address: string): { row: number; column: number } => {
      const match = /^([A-Z]+)(\d+)$/.exec(address) ?? ['', 'A', '1'];
      const letters = match[1] as string;
      let column = 0;
      for (const c of letters) column = column * 26 + (c.charCodeAt(0) - 64);
      return { row: Number(match[2]), column };
    };
    const a = decode(from);
    const b = decode(to);
    return { top: a.row, left: a.column, bottom: b.row, right: b.column, range };
  });
}

/** Sheets a person sees: a hidden sheet is never read (the user would import rows they cannot see). */
export function visibleSheets(sheets: readonly Worksheet[]): Worksheet[] {
  return sheets.filter((s) => s.state === undefined || s.state === 'visible');
}
