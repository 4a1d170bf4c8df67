/**
 * The clipboard of a spreadsheet as tab-separated text (what Excel and LibreOffice put on it):
 * cells split by tabs, rows by CRLF or LF; a cell holding a tab, a line break or a quote is
 * wrapped in quotes with inner quotes doubled; the block ends with a line break.
 */

/** Parses clipboard text into rows of cells, padded to the widest row. */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const n = text.length;
  let cellStart = true;
  const endCell = (): void => {
    row.push(cell);
    cell = '';
    cellStart = true;
  };
  const endRow = (): void => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < n) {
    const c = text[i] as string;
    if (cellStart && c === '"') {
      // A quoted cell: runs to the quote that is followed by a tab, a line break or the end.
      let j = i + 1;
      let value = '';
      let closed = false;
      while (j < n) {
        const d = text[j] as string;
        if (d === '"') {
          if (text[j + 1] === '"') {
            value += '"';
            j += 2;
            continue;
          }
          closed = true;
          j++;
          break;
        }
        value += d;
        j++;
      }
      const next = text[j];
      if (closed && (next === undefined || next === '\t' || next === '\n' || next === '\r')) {
        cell = value.replace(/\r\n?/g, '\n');
        i = j;
        cellStart = false;
        continue;
      }
      // Not a well-formed quoted cell (`"abc"def`): the quote is an ordinary character.
    }
    cellStart = false;
    if (c === '\t') {
      endCell();
      i++;
    } else if (c === '\r' || c === '\n') {
      endRow();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      cell += c;
      i++;
    }
  }
  // The block's closing line break does not start another row.
  if (cell !== '' || row.length > 0) endRow();
  const width = rows.reduce((max, r) => Math.max(max, r.length), 0);
  for (const r of rows) while (r.length < width) r.push('');
  return rows;
}

function quoteCell(value: string): string {
  return /[\t\n\r"]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows of cells as clipboard text that Excel pastes back into the same cells. */
export function toTsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(quoteCell).join('\t')).join('\r\n') + (rows.length ? '\r\n' : '');
}
