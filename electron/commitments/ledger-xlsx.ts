import { PassThrough } from 'node:stream';
// fflate's browser build: its Node build declares a top-level `require` that clashes with the
// CommonJS shim electron-vite adds to the worker chunk ("Identifier 'require' has already been
// declared"); the synchronous zip functions are the same in both.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate/browser';
import { hasNonXmlChars, xmlSafeText } from '../../shared/text/xml-chars';
import type { LedgerRow } from './repositories/ledger';
import { SECTOR_LABELS_ID, STATUS_LABELS_ID } from '../files/indonesian-labels';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Dates as real Excel dates shown the Indonesian way (`17 Oktober 2025`; LCID 0x421 = Indonesian). */
export const DATE_FORMAT = '[$-421]d mmmm yyyy';

/** Text a spreadsheet would read as a formula (or DDE call) if the cell were edited or saved as CSV. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

type CellValue = string | number | Date | null;

interface Column {
  header: string;
  width: number;
  value: (row: LedgerRow, index: number) => CellValue;
  date?: boolean;
  wrap?: boolean;
}

function dateOf(iso: string | null): Date | null {
  if (!iso) return null;
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y as number, (m as number) - 1, d as number));
}

const COLUMNS: Column[] = [
  { header: 'No', width: 6, value: (_row, index) => index + 1 },
  { header: 'Instansi', width: 32, value: (row) => row.institutionName, wrap: true },
  { header: 'Sektor', width: 20, value: (row) => SECTOR_LABELS_ID[row.institutionSector] },
  { header: 'Komitmen', width: 50, value: (row) => row.description, wrap: true },
  { header: 'Indikator', width: 32, value: (row) => row.indicator, wrap: true },
  { header: 'Target', width: 14, value: (row) => row.target, wrap: true },
  { header: 'Target waktu', width: 18, value: (row) => dateOf(row.dueDate), date: true },
  { header: 'Status', width: 13, value: (row) => STATUS_LABELS_ID[row.status] },
  { header: 'Terlambat', width: 11, value: (row) => (row.overdue ? 'Ya' : 'Tidak') },
  { header: 'Pembaruan terakhir', width: 20, value: (row) => dateOf(row.lastUpdateOn), date: true },
  { header: 'Catatan terakhir', width: 40, value: (row) => row.lastUpdateNote, wrap: true },
  { header: 'Rapat', width: 40, value: (row) => row.meetingTitle, wrap: true },
  { header: 'Tanggal rapat', width: 18, value: (row) => dateOf(row.meetingDate), date: true },
  { header: 'Wilayah', width: 28, value: (row) => row.areaNames.join(', '), wrap: true },
];

/**
 * Excel's `quotePrefix` on a cell style makes the cell text even when edited, without showing an
 * apostrophe. exceljs cannot write it, so cells that need it are written with a marker style
 * (hidden protection, meaningless on an unprotected sheet) which is then swapped for it.
 */
function markQuotePrefix(xlsx: Uint8Array): Uint8Array {
  const files = unzipSync(xlsx);
  const styles = files['xl/styles.xml'];
  if (!styles) throw new Error('xlsx without styles');
  const marker = '<protection hidden="1"/>';
  const patched = strFromU8(styles).replace(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g, (xf) =>
    xf.includes(marker)
      ? xf
          .replace(marker, '')
          .replace(/\s*applyProtection="1"/, '')
          .replace(/^<xf\b/, '<xf quotePrefix="1"')
      : xf,
  );
  files['xl/styles.xml'] = strToU8(patched);
  // exceljs drops C0 controls but writes U+FFFE and U+FFFF, which Excel refuses to open.
  for (const [name, content] of Object.entries(files)) {
    if (!name.endsWith('.xml')) continue;
    const text = strFromU8(content);
    if (hasNonXmlChars(text)) files[name] = strToU8(xmlSafeText(text));
  }
  return zipSync(files, { level: 6 });
}

/**
 * The filtered ledger as an XLSX workbook: Indonesian headers, dates as real dates, statuses in
 * Indonesian, a frozen header row with an autofilter and fitted column widths. Text is always
 * written as text: cells starting with `=`, `+`, `-`, `@`, tab or CR carry quotePrefix.
 * exceljs is loaded when the first export runs, not at start-up, and writes row by row (its
 * streaming writer: half the time and a fraction of the memory of building the whole sheet).
 */
export async function ledgerWorkbook(rows: readonly LedgerRow[], title: string): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  workbook.creator = 'Sirakor';
  workbook.title = title;
  const sheet = workbook.addWorksheet('Komitmen', {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = COLUMNS.map((column, i) => ({
    key: `c${i}`,
    width: column.width,
    style: column.date
      ? { numFmt: DATE_FORMAT, alignment: { vertical: 'top' } }
      : { alignment: { vertical: 'top', wrapText: Boolean(column.wrap) } },
  }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: COLUMNS.length } };
  const header = sheet.getRow(1);
  COLUMNS.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = column.header;
    cell.font = { bold: true };
    cell.alignment = { vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE9ECEF' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  header.commit();
  rows.forEach((row, index) => {
    const sheetRow = sheet.getRow(index + 2);
    COLUMNS.forEach((column, i) => {
      const value = column.value(row, index);
      if (value === null || value === '') return;
      const cell = sheetRow.getCell(i + 1);
      cell.value = value;
      if (typeof value === 'string' && looksLikeFormula(value)) {
        cell.protection = { locked: true, hidden: true };
      }
    });
    sheetRow.commit();
  });
  sheet.commit();
  await workbook.commit();
  return markQuotePrefix(new Uint8Array(Buffer.concat(chunks)));
}
