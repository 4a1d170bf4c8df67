import { unzipSync } from 'fflate';
import { deflatedPart, storedPart, zipArchive, type ZipPart } from '../../electron/files/zip-writer';
import { cellsOfWorkbook, type SheetCells } from './xlsx-cells';
import type ExcelJS from 'exceljs';

/**
 * The floor of `followup.forms.all`: the same cells, form by form, each written as the smallest
 * XLSX there is (one sheet of inline strings and numbers: no styles, no protection, no widths,
 * heights, drop-downs, print titles or hidden codes), deflated with Node's zlib and stored in one
 * ZIP with the same ZIP writer as the app's. What is left of the figure beside it is Sirakor's:
 * the commitments read, the codes signed, the layout and styles, the worker thread.
 */

/** One form's file name in the ZIP and its first sheet's cells. */
export interface FormCells {
  name: string;
  sheet: SheetCells;
}

/** The cells of every workbook in a ZIP of forms (read once with exceljs, not timed). */
export async function cellsOfFormsZip(zip: Uint8Array): Promise<FormCells[]> {
  const forms: FormCells[] = [];
  for (const [name, bytes] of Object.entries(unzipSync(zip))) {
    const [sheet] = await cellsOfWorkbook(bytes);
    if (!sheet) throw new Error(`${name}: no sheet`);
    forms.push({ name, sheet });
  }
  return forms;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** The parts every bare workbook shares, deflated once (as the app does with its own). */
const FIXED_PARTS: ZipPart[] = [
  deflatedPart(
    '[Content_Types].xml',
    Buffer.from(
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '</Types>',
    ),
  ),
  deflatedPart(
    '_rels/.rels',
    Buffer.from(
      `${XML_HEAD}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
  ),
  deflatedPart(
    'xl/_rels/workbook.xml.rels',
    Buffer.from(
      `${XML_HEAD}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
  ),
];

function escaped(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A value as the cell's XML: a number, or inline text (dates as their serial day, rich text as its text). */
function cellXml(ref: string, value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return `<c r="${ref}"><v>${value}</v></c>`;
  if (value instanceof Date) return `<c r="${ref}"><v>${(value.getTime() - EXCEL_EPOCH) / 86_400_000}</v></c>`;
  const text =
    typeof value === 'object' && 'richText' in value
      ? value.richText.map((run) => run.text).join('')
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escaped(text)}</t></is></c>`;
}

function sheetXml(rows: readonly ExcelJS.CellValue[][]): string {
  const body = rows
    .map(
      (values, r) => `<row r="${r + 1}">${values.map((v, c) => cellXml(`${columnName(c)}${r + 1}`, v)).join('')}</row>`,
    )
    .join('');
  return `${XML_HEAD}<worksheet xmlns="${MAIN}"><sheetData>${body}</sheetData></worksheet>`;
}

/** One bare workbook of a sheet's cells. */
export function bareWorkbook(sheet: SheetCells, workbookPart: ZipPart, modified: Date): Uint8Array {
  return zipArchive(
    [...FIXED_PARTS, workbookPart, deflatedPart('xl/worksheets/sheet1.xml', Buffer.from(sheetXml(sheet.rows)))],
    modified,
  );
}

function workbookPartOf(sheetName: string): ZipPart {
  return deflatedPart(
    'xl/workbook.xml',
    Buffer.from(
      `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><sheets><sheet name="${escaped(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
  );
}

/** Every form as a bare workbook, stored in one ZIP under its name. */
export function writeBareForms(forms: readonly FormCells[]): Uint8Array {
  const modified = new Date();
  const workbookParts = new Map<string, ZipPart>();
  const parts = forms.map(({ name, sheet }) => {
    let workbookPart = workbookParts.get(sheet.name);
    if (!workbookPart) workbookParts.set(sheet.name, (workbookPart = workbookPartOf(sheet.name)));
    return storedPart(name, bareWorkbook(sheet, workbookPart, modified));
  });
  return zipArchive(parts, modified);
}
