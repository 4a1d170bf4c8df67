import type { Workbook, Worksheet } from 'exceljs';
import type { ImportProblem } from '../../shared/domain/import-problem';

/**
 * Spreadsheets saved as CSV (action plans, the directory). Excel in Indonesian settings writes `;` between cells (the comma is
 * the decimal separator), English settings `,`; some offices use tabs. The text must be UTF-8
 * ("CSV UTF-8" in Excel's Save As; a byte-order mark is fine): the legacy "CSV" of Excel writes
 * Windows-1252, which is refused with the line of the first byte that is not UTF-8 rather than
 * guessed at. The cells go into a worksheet and are read by the same rules as an XLSX sheet; a
 * cell starting with `=` is taken as the formula Excel would make of it, and refused as such.
 */

export const CSV_SHEET = 'CSV';

/** What the caller's import allows and how its messages are named. */
export interface CsvOptions {
  /** Data rows the import accepts; lines read at most are four times as many (continuation and blank lines). */
  maxRows: number;
  /** Prefix of the message keys (`planErrors.import.`): `csvEncoding`, `csvBinary`, `csvQuote`, `tooManyRows`. */
  keyPrefix: string;
}

export function isCsvFileName(fileName: string): boolean {
  return /\.(csv|txt)$/i.test(fileName.trim());
}

function fileProblem(key: string, row: number | null, extra: Record<string, string | number> = {}): ImportProblem {
  return { row, column: null, key, params: row === null ? extra : { ...extra, row } };
}

type Problems = (suffix: string, row: number | null, extra?: Record<string, string | number>) => ImportProblem;

function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const length =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return -1;
}

type Decoded = { text: string } | { problem: ImportProblem };

function decode(bytes: Uint8Array, problem: Problems): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return { problem: problem('csvEncoding', 1) };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    const at = firstInvalidUtf8(body);
    return { problem: problem('csvEncoding', lineOfOffset(body, Math.max(at, 0))) };
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const line = text.slice(0, nul).split('\n').length;
    return { problem: problem('csvBinary', line) };
  }
  return { text };
}

/** `;`, `,` or tab: whichever the first non-blank line has most of outside quotes (`;` on a tie). */
function separatorOf(text: string): string {
  const firstLine = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const counts = new Map<string, number>([
    [';', 0],
    [',', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const c of firstLine) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && counts.has(c)) counts.set(c, (counts.get(c) as number) + 1);
  }
  let best = ';';
  for (const [separator, count] of counts) if (count > (counts.get(best) as number)) best = separator;
  return best;
}

type Parsed = { rows: string[][] } | { problem: ImportProblem };

/** RFC 4180 records: quoted cells may hold separators, line breaks and doubled quotes. */
function parseRecords(text: string, separator: string, maxRows: number, problem: Problems): Parsed {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let quoteLine = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n') line++;
        cell += c;
      }
      continue;
    }
    if (c === '"' && cell.trim() === '') {
      quoted = true;
      quoteLine = line;
      cell = '';
    } else if (c === separator) {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      line++;
      if (rows.length > maxRows * 4)
        return { problem: problem('tooManyRows', null, { max: maxRows, value: rows.length }) };
    } else cell += c;
  }
  if (quoted) return { problem: problem('csvQuote', quoteLine) };
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return { rows };
}

/** The CSV as a one-sheet workbook, or the problem that stops it (with its line). */
export function csvWorksheets(
  bytes: Uint8Array,
  newWorkbook: () => Workbook,
  options: CsvOptions,
): { sheets: Worksheet[] } | { problem: ImportProblem } {
  const problem: Problems = (suffix, row, extra) => fileProblem(`${options.keyPrefix}${suffix}`, row, extra);
  const decoded = decode(bytes, problem);
  if ('problem' in decoded) return decoded;
  const parsed = parseRecords(decoded.text, separatorOf(decoded.text), options.maxRows, problem);
  if ('problem' in parsed) return parsed;
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet(CSV_SHEET);
  parsed.rows.forEach((cells, index) => {
    const row = sheet.getRow(index + 1);
    cells.forEach((text, column) => {
      if (text.trim() === '') return;
      row.getCell(column + 1).value = text.startsWith('=') ? { formula: text.slice(1), date1904: false } : text;
    });
  });
  return { sheets: [sheet] };
}
