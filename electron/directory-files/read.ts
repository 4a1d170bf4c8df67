import type { Worksheet } from 'exceljs';
import { cellValue, isBlank, textOf, visibleSheets, type ReadCell } from '../spreadsheets/cells';
import { institutionColumn, personColumn, sheetKindOf, type InstitutionColumn, type PersonColumn } from './columns';

/**
 * The directory sheets of a workbook: for each visible sheet, the header row (the first of its
 * first rows naming `Nama` and another known column), whether it lists institutions or people,
 * and every non-empty row below it as cells by column. Judging the values is check.ts's work.
 */
export interface DirectoryRow<K extends string> {
  sheetRow: number;
  cells: Partial<Record<K, ReadCell>>;
}

export interface DirectorySheet<K extends string> {
  name: string;
  /** Where each column is (1-based) and what its header says, for messages. */
  columns: Partial<Record<K, { index: number; header: string }>>;
  rows: DirectoryRow<K>[];
}

export interface DirectoryBook {
  institutions: DirectorySheet<InstitutionColumn>[];
  people: DirectorySheet<PersonColumn>[];
}

const HEADER_SEARCH_ROWS = 10;

function headersOf(sheet: Worksheet, row: number): { index: number; text: string }[] {
  const found: { index: number; text: string }[] = [];
  sheet.getRow(row).eachCell({ includeEmpty: false }, (cell, index) => {
    const text = textOf(cellValue(cell));
    if (text) found.push({ index, text });
  });
  return found;
}

function readSheet<K extends string>(
  sheet: Worksheet,
  headerRow: number,
  headers: { index: number; text: string }[],
  columnOf: (header: string) => K | null,
): DirectorySheet<K> {
  const columns: Partial<Record<K, { index: number; header: string }>> = {};
  for (const { index, text } of headers) {
    const column = columnOf(text);
    if (column && !columns[column]) columns[column] = { index, header: text };
  }
  const rows: DirectoryRow<K>[] = [];
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: Partial<Record<K, ReadCell>> = {};
    let filled = false;
    for (const [column, at] of Object.entries(columns) as [K, { index: number }][]) {
      const value = cellValue(row.getCell(at.index));
      cells[column] = value;
      if (!isBlank(value)) filled = true;
    }
    if (filled) rows.push({ sheetRow: r, cells });
  }
  return { name: sheet.name, columns, rows };
}

export function readDirectoryBook(sheets: readonly Worksheet[]): DirectoryBook {
  const book: DirectoryBook = { institutions: [], people: [] };
  for (const sheet of visibleSheets(sheets)) {
    for (let r = 1; r <= Math.min(sheet.rowCount, HEADER_SEARCH_ROWS); r++) {
      const headers = headersOf(sheet, r);
      const kind = sheetKindOf(
        headers.map((h) => h.text),
        sheet.name,
      );
      const named = headers.some(
        (h) => (kind === 'person' ? personColumn(h.text) : institutionColumn(h.text)) === 'name',
      );
      if (!kind || !named) continue;
      if (kind === 'institution') book.institutions.push(readSheet(sheet, r, headers, institutionColumn));
      else book.people.push(readSheet(sheet, r, headers, personColumn));
      break;
    }
  }
  return book;
}
