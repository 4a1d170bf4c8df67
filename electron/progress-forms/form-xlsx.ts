import { fileStem } from '../files/file-names';
import { STATUS_LABELS_ID } from '../../shared/domain/indonesian-labels';
import { formatDateId } from '../../shared/format/dates';
import { looksLikeFormula } from '../spreadsheets/xlsx-text';
import type { FormCommitment, FormSheet } from './form-data';
import {
  COLUMNS,
  FIRST_ROW,
  FORM_CODE_ROW,
  FORM_COLUMNS,
  FORM_INSTRUCTIONS,
  FORM_SHEET_NAME,
  FORM_TITLE,
  HEADER_ROW,
  type FormColumnKey,
} from './layout';
import { excelDate, STYLE, xlsxPackage, xmlText } from './xlsx-package';

/**
 * One institution's *formulir laporan progres* as an XLSX workbook: the commitments read-only
 * under sheet protection (no password: it guards against slips, the codes guard against forgery),
 * yellow cells to fill with drop-down statuses and checked numbers and dates, the codes in a
 * hidden column, the header repeated on every printed page (landscape, one page wide). Text that
 * a spreadsheet would take for a formula is written as text (quotePrefix), and the cells to fill
 * are text-formatted, so what an institution types there stays what it typed.
 */

const LETTERS = ' ABCDEFGHIJKL';
const STATUS_CHOICES = ['not_started', 'in_progress', 'done', 'cancelled'] as const;

type Cell = { text: string; style: number } | { number: number; style: number } | { style: number };

function cellXml(column: number, row: number, cell: Cell): string {
  const ref = `${LETTERS[column]}${row}`;
  if ('text' in cell) {
    const style = cell.style === STYLE.text && looksLikeFormula(cell.text) ? STYLE.textQuoted : cell.style;
    return `<c r="${ref}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${xmlText(cell.text)}</t></is></c>`;
  }
  if ('number' in cell) return `<c r="${ref}" s="${cell.style}"><v>${cell.number}</v></c>`;
  return `<c r="${ref}" s="${cell.style}"/>`;
}

function rowXml(row: number, cells: (Cell | null)[], height?: number): string {
  const content = cells.map((cell, i) => (cell ? cellXml(i + 1, row, cell) : '')).join('');
  return `<row r="${row}"${height ? ` ht="${height}" customHeight="1"` : ''}>${content}</row>`;
}

function commitmentText(c: FormCommitment): string {
  return [c.description, c.indicator ? `Indikator: ${c.indicator}` : null, c.target ? `Target: ${c.target}` : null]
    .filter(Boolean)
    .join('\n');
}

function lastReportText(c: FormCommitment): string {
  if (!c.lastUpdate) return 'Belum ada laporan';
  const head = [formatDateId(c.lastUpdate.on), c.lastUpdate.percent !== null ? `${c.lastUpdate.percent}%` : null]
    .filter(Boolean)
    .join(' · ');
  return c.lastUpdate.note ? `${head}\n${c.lastUpdate.note}` : head;
}

/** Points per line of 10 pt Arial, and characters of it a column of width 1 holds (about). */
const LINE_POINTS = 12.75;
const CHARACTERS_PER_WIDTH = 1.15;

/**
 * Lines a wrapped text takes in a column: spreadsheets do not make a row taller for wrapped text
 * when they open a file (only when a cell is edited), so the row's height is given.
 */
function linesIn(text: string, key: FormColumnKey): number {
  const perLine = Math.max(1, Math.floor(FORM_COLUMNS[key].width * CHARACTERS_PER_WIDTH));
  return text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)), 0);
}

function dataRow(row: number, index: number, c: FormCommitment): string {
  const meeting = c.meetingTitle
    ? `${c.meetingTitle}${c.meetingDate ? `\n(${formatDateId(c.meetingDate)})` : ''}`
    : 'Tanpa rapat asal';
  const commitment = commitmentText(c);
  const status = `${STATUS_LABELS_ID[c.status]}${c.overdue ? '\nTerlambat' : ''}`;
  const last = lastReportText(c);
  const lines = Math.max(
    2,
    linesIn(commitment, 'commitment'),
    linesIn(meeting, 'meeting'),
    linesIn(status, 'current'),
    linesIn(last, 'last'),
  );
  return rowXml(
    row,
    [
      { number: index + 1, style: STYLE.number },
      { text: commitment, style: STYLE.text },
      { text: meeting, style: STYLE.text },
      c.dueDate ? { number: excelDate(c.dueDate), style: STYLE.date } : { text: '–', style: STYLE.text },
      { text: status, style: STYLE.text },
      { text: last, style: STYLE.text },
      { style: STYLE.inputText },
      { style: STYLE.inputInteger },
      { style: STYLE.inputDate },
      { style: STYLE.inputText },
      { style: STYLE.inputText },
      { text: c.code, style: STYLE.code },
    ],
    // Room to write a sentence or two in the yellow cells too.
    Math.min(409, Math.round((Math.min(lines, 30) * LINE_POINTS + 4) * 100) / 100),
  );
}

function headerRow(): string {
  const keys = Object.keys(COLUMNS) as FormColumnKey[];
  return rowXml(
    HEADER_ROW,
    keys.map((key) => ({
      text: FORM_COLUMNS[key].header,
      style: key === 'code' ? STYLE.code : FORM_COLUMNS[key].editable ? STYLE.inputHeader : STYLE.header,
    })),
    30,
  );
}

function validations(last: number): string {
  const range = (key: FormColumnKey) => `${LETTERS[COLUMNS[key]]}${FIRST_ROW}:${LETTERS[COLUMNS[key]]}${last}`;
  const statuses = STATUS_CHOICES.map((s) => STATUS_LABELS_ID[s]).join(',');
  const shown = (title: string, error: string) =>
    `allowBlank="1" showErrorMessage="1" errorTitle="${xmlText(title)}" error="${xmlText(error)}"`;
  return (
    '<dataValidations count="4">' +
    `<dataValidation type="list" ${shown('Status', `Pilih salah satu: ${statuses.replace(/,/g, ', ')}.`)} sqref="${range('status')}"><formula1>"${statuses}"</formula1></dataValidation>` +
    `<dataValidation type="whole" operator="between" ${shown('Persen', 'Isi bilangan bulat 0 sampai 100.')} sqref="${range('percent')}"><formula1>0</formula1><formula2>100</formula2></dataValidation>` +
    `<dataValidation type="date" operator="between" ${shown('Tanggal laporan', 'Isi tanggal, misalnya 17/12/2025.')} sqref="${range('reportedOn')}"><formula1>${excelDate('2000-01-01')}</formula1><formula2>${excelDate('2100-12-31')}</formula2></dataValidation>` +
    `<dataValidation type="textLength" operator="lessThanOrEqual" ${shown('Uraian', 'Paling banyak 10.000 karakter.')} sqref="${range('done')}"><formula1>10000</formula1></dataValidation>` +
    '</dataValidations>'
  );
}

/** The sheet's XML. */
export function formSheetXml(form: FormSheet): string {
  const last = FIRST_ROW + Math.max(form.commitments.length, 1) - 1;
  const keys = Object.keys(COLUMNS) as FormColumnKey[];
  const cols = keys
    .map((key, i) => {
      const hidden = key === 'code' ? ' hidden="1"' : '';
      return `<col min="${i + 1}" max="${i + 1}" width="${FORM_COLUMNS[key].width}" customWidth="1"${hidden}/>`;
    })
    .join('');
  const codeCell: Cell = { text: form.code, style: STYLE.code };
  const rows = [
    rowXml(FORM_CODE_ROW, [{ text: FORM_TITLE, style: STYLE.title }, ...Array(10).fill(null), codeCell], 22),
    rowXml(2, [{ text: `Instansi: ${form.institutionName}`, style: STYLE.bold }]),
    rowXml(3, [{ text: `Dari: ${form.officeName} · dibuat ${formatDateId(form.generatedOn)}`, style: STYLE.default }]),
    rowXml(4, [{ text: FORM_INSTRUCTIONS[0] as string, style: STYLE.note }]),
    rowXml(5, [{ text: FORM_INSTRUCTIONS[1] as string, style: STYLE.note }]),
    headerRow(),
    ...form.commitments.map((c, i) => dataRow(FIRST_ROW + i, i, c)),
  ];
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="A1:L${last}"/>` +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${HEADER_ROW}" topLeftCell="A${FIRST_ROW}" ` +
    `activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="G${FIRST_ROW}" ` +
    `sqref="G${FIRST_ROW}"/></sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="13"/>' +
    `<cols>${cols}</cols>` +
    `<sheetData>${rows.join('')}</sheetData>` +
    // Without a password: rows may be made taller to read long text; columns, the hidden one
    // included, cannot be changed, nor rows added or removed.
    '<sheetProtection sheet="1" objects="1" scenarios="1" formatRows="0"/>' +
    validations(last) +
    '<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
    // Folio (F4, 8.5 × 13 in), what regional offices print on; landscape, one page wide.
    '<pageSetup paperSize="14" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
    '</worksheet>'
  );
}

/** `Formulir Progres - <institution>.xlsx`, without characters Windows refuses in a name. */
export function formFileName(institutionName: string): string {
  return `Formulir Progres - ${fileStem(institutionName, 'Instansi')}.xlsx`;
}

/** One form as an XLSX workbook. */
export function formWorkbook(form: FormSheet, now: Date): Uint8Array {
  return xlsxPackage({
    sheetName: FORM_SHEET_NAME,
    sheetXml: formSheetXml(form),
    title: `${FORM_TITLE} - ${form.institutionName}`,
    created: now,
    printTitleRow: HEADER_ROW,
  });
}
