import { PassThrough } from 'node:stream';
import { finishWorkbook, looksLikeFormula, QUOTE_PREFIX_MARKER } from '../files/xlsx';
import type { LedgerRow } from './repositories/ledger';
import { COMMITMENT_STATUS_LABELS_ID } from '../../shared/domain/commitments';
import { SECTOR_LABELS_ID } from '../../shared/domain/directory';

/** Dates as real Excel dates shown the Indonesian way (`17 Oktober 2025`; LCID 0x421 = Indonesian). */
export const DATE_FORMAT = '[$-421]d mmmm yyyy';

/** How often a workbook being written reports progress, in rows. */
const PROGRESS_ROWS = 500;

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
  { header: 'Status', width: 13, value: (row) => COMMITMENT_STATUS_LABELS_ID[row.status] },
  { header: 'Terlambat', width: 11, value: (row) => (row.overdue ? 'Ya' : 'Tidak') },
  { header: 'Pembaruan terakhir', width: 20, value: (row) => dateOf(row.lastUpdateOn), date: true },
  { header: 'Catatan terakhir', width: 40, value: (row) => row.lastUpdateNote, wrap: true },
  { header: 'Rapat', width: 40, value: (row) => row.meetingTitle, wrap: true },
  { header: 'Tanggal rapat', width: 18, value: (row) => dateOf(row.meetingDate), date: true },
  { header: 'Wilayah', width: 28, value: (row) => row.areaNames.join(', '), wrap: true },
];

/**
 * The columns of a workbook: with "Asal data" (the office each commitment came from) when other
 * offices' commitments are among the rows (issue 11: a kabupaten holding its kecamatan's data).
 */
function columnsFor(rows: readonly LedgerRow[], ownOffice: string | undefined): Column[] {
  if (!rows.some((row) => row.origin)) return COLUMNS;
  const origin: Column = {
    header: 'Asal data',
    width: 30,
    value: (row) => row.origin?.officeName ?? ownOffice ?? null,
    wrap: true,
  };
  return [...COLUMNS, origin];
}

/**
 * The filtered ledger as an XLSX workbook: Indonesian headers, dates as real dates, statuses in
 * Indonesian, a frozen header row with an autofilter and fitted column widths. Text is always
 * written as text: cells starting with `=`, `+`, `-`, `@`, tab or CR carry quotePrefix.
 * exceljs is loaded when the first export runs, not at start-up, and writes row by row (its
 * streaming writer: half the time and a fraction of the memory of building the whole sheet).
 */
export async function ledgerWorkbook(
  rows: readonly LedgerRow[],
  title: string,
  /** Called every PROGRESS_ROWS rows written (a job's progress). */
  onProgress?: (written: number) => void,
  /** The office's own name, for the "Asal data" column of a ledger holding other offices' rows. */
  ownOffice?: string,
): Promise<Uint8Array> {
  const columns = columnsFor(rows, ownOffice);
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
  sheet.columns = columns.map((column, i) => ({
    key: `c${i}`,
    width: column.width,
    style: column.date
      ? { numFmt: DATE_FORMAT, alignment: { vertical: 'top' } }
      : { alignment: { vertical: 'top', wrapText: Boolean(column.wrap) } },
  }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: columns.length } };
  const header = sheet.getRow(1);
  columns.forEach((column, i) => {
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
    columns.forEach((column, i) => {
      const value = column.value(row, index);
      if (value === null || value === '') return;
      const cell = sheetRow.getCell(i + 1);
      cell.value = value;
      if (typeof value === 'string' && looksLikeFormula(value)) {
        cell.protection = QUOTE_PREFIX_MARKER;
      }
    });
    sheetRow.commit();
    if (onProgress && (index + 1) % PROGRESS_ROWS === 0) onProgress(index + 1);
  });
  sheet.commit();
  await workbook.commit();
  return finishWorkbook(new Uint8Array(Buffer.concat(chunks)));
}
