import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import type { Result } from '../../../shared/api/result';
import type { FileDownload } from '../../../shared/domain/follow-up';
import type { FormImportReport } from '../../../shared/domain/progress-forms';

/**
 * Progress forms as an institution returns them: opened and filled with exceljs (as a person
 * would in Excel or LibreOffice Calc), saved again. Rows are addressed by what their commitment
 * says, so tests do not depend on the order of the form.
 */

export const FIRST_ROW = 7;
export const CODE_COLUMN = 12;

export interface RowFill {
  status?: ExcelJS.CellValue;
  percent?: ExcelJS.CellValue;
  reportedOn?: ExcelJS.CellValue;
  done?: ExcelJS.CellValue;
  reporter?: ExcelJS.CellValue;
}

const FILL_COLUMNS: Record<keyof RowFill, number> = { status: 7, percent: 8, reportedOn: 9, done: 10, reporter: 11 };

export function bytesOf(file: FileDownload): Uint8Array {
  return new Uint8Array(Buffer.from(file.dataBase64, 'base64'));
}

/** The XLSX files of a ZIP of forms, by file name. */
export function formsInZip(file: FileDownload): Record<string, Uint8Array> {
  return unzipSync(bytesOf(file));
}

export async function loadForm(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** The sheet row whose commitment cell starts with `description`. */
export function rowOf(sheet: ExcelJS.Worksheet, description: string): number {
  for (let r = FIRST_ROW; r <= sheet.rowCount; r++) {
    const text = sheet.getRow(r).getCell(2).text;
    if (text.startsWith(description)) return r;
  }
  throw new Error(`no row for ${description}`);
}

export function fillRow(sheet: ExcelJS.Worksheet, row: number, fill: RowFill): void {
  for (const [key, value] of Object.entries(fill) as [keyof RowFill, ExcelJS.CellValue][]) {
    sheet.getRow(row).getCell(FILL_COLUMNS[key]).value = value;
  }
}

export async function saveForm(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Loads a form, lets `edit` change it, saves it. */
export async function editForm(
  bytes: Uint8Array,
  edit: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void,
): Promise<Uint8Array> {
  const workbook = await loadForm(bytes);
  edit(workbook.worksheets[0] as ExcelJS.Worksheet, workbook);
  return saveForm(workbook);
}

export function importInput(bytes: Uint8Array, mode: 'preview' | 'apply' = 'preview', extra: object = {}) {
  return {
    fileName: 'formulir.xlsx',
    dataBase64: Buffer.from(bytes).toString('base64'),
    mode,
    ...extra,
  } as const;
}

/** Previews, then applies what the preview showed (its sha256), as the app's dialog does. */
export async function previewAndApply(
  dispatch: (method: string, payload: unknown) => Promise<Result<unknown>>,
  bytes: Uint8Array,
  extra: object = {},
): Promise<{ preview: FormImportReport; applied: Result<unknown> }> {
  const preview = await dispatch('progressForms.import', importInput(bytes));
  if (!preview.ok) throw new Error(`preview failed: ${JSON.stringify(preview.error)}`);
  const report = preview.value as FormImportReport;
  const applied = await dispatch(
    'progressForms.import',
    importInput(bytes, 'apply', { checkedSha256: report.sha256, ...extra }),
  );
  return { preview: report, applied };
}
