import { join } from 'node:path';
import { Document, Font, Page, Text, View, renderToBuffer } from '@react-pdf/renderer';
import { createElement as h, type ReactElement } from 'react';
import { DOCUMENT_FONT_FAMILY } from '../../electron/documents/fonts';
import { mmToPt, plainText, sheetMm } from '../../shared/documents/geometry';
import type { DocumentModel, TableBlock, TableRow } from '../../shared/documents/model';
import { timeSeconds } from '../figure';
import { RESOURCES_DIR } from '../support/paths';

/**
 * The peer of the plan PDF: @react-pdf/renderer (what ARCHITECTURE.md names for PDFs, on the same
 * pdfkit 0.20.1) laying out the same table as a user of it would write it: the header rows `fixed`
 * (repeated on every page), body rows that never split (`wrap={false}`), cells in the table's
 * column widths with borders, the bundled font, and "Halaman x dari y" at the foot of each page.
 * Hyphenation is off (it would split Indonesian words by English rules, and costs time).
 *
 * Its layout grows faster than linearly with the rows (ARCHITECTURE.md: 500 rows 13.6 s, 3,000
 * rows 108 s), so a full-size sample would take minutes: it is measured at a few sizes up to
 * `PEER_ROWS`, the growth exponent fitted to them, and the time of the full table extrapolated.
 */

export const PEER_SIZES = [100, 200, 300] as const;

let fontsRegistered = false;

function registerFonts(): void {
  if (fontsRegistered) return;
  const dir = join(RESOURCES_DIR, 'fonts');
  Font.register({
    family: DOCUMENT_FONT_FAMILY,
    fonts: [
      { src: join(dir, 'LiberationSans-Regular.ttf') },
      { src: join(dir, 'LiberationSans-Bold.ttf'), fontWeight: 'bold' },
    ],
  });
  Font.registerHyphenationCallback((word) => [word]);
  fontsRegistered = true;
}

/** The widths of a row's cells in % of the table, spans merged. */
function cellWidths(table: TableBlock, row: TableRow): number[] {
  const total = table.columns.reduce((sum, column) => sum + column.width, 0);
  let column = 0;
  return row.cells.map((cell) => {
    const span = cell.colSpan ?? 1;
    const width = table.columns.slice(column, column + span).reduce((sum, c) => sum + c.width, 0);
    column += span;
    return (width / total) * 100;
  });
}

function rowElement(table: TableBlock, row: TableRow, key: number, bold: boolean): ReactElement {
  const widths = cellWidths(table, row);
  return h(
    View,
    { key, style: { flexDirection: 'row' }, wrap: false },
    row.cells.map((cell, i) =>
      h(
        View,
        { key: i, style: { width: `${widths[i]}%`, borderWidth: 0.5, borderColor: '#000', padding: 2 } },
        h(Text, { style: bold ? { fontWeight: 'bold' } : {} }, plainText(cell.content)),
      ),
    ),
  );
}

/** The largest table of the model: the matrix of the plan. */
export function mainTable(model: DocumentModel): TableBlock {
  const tables = model.body.filter((block): block is TableBlock => block.kind === 'table');
  const table = tables.sort((a, b) => b.rows.length - a.rows.length)[0];
  if (!table) throw new Error('The model has no table');
  return table;
}

/** The table with its first `rows` body rows as a react-pdf document on the model's page. */
function tableDocument(model: DocumentModel, table: TableBlock, rows: number): ReactElement {
  const sheet = sheetMm(model.page);
  const { margins } = model.page;
  const size = table.size ?? model.fontSize;
  return h(
    Document,
    { title: model.title },
    h(
      Page,
      {
        size: [mmToPt(sheet.width), mmToPt(sheet.height)],
        style: {
          fontFamily: DOCUMENT_FONT_FAMILY,
          fontSize: size,
          paddingTop: mmToPt(margins.top),
          paddingRight: mmToPt(margins.right),
          paddingBottom: mmToPt(margins.bottom),
          paddingLeft: mmToPt(margins.left),
        },
      },
      h(
        View,
        { fixed: true },
        table.header.map((row, i) => rowElement(table, row, i, true)),
      ),
      table.rows
        .slice(0, rows)
        .map((row, i) => rowElement(table, row, i, row.kind !== undefined && row.kind !== 'body')),
      h(Text, {
        fixed: true,
        style: {
          position: 'absolute',
          bottom: mmToPt(margins.bottom) / 2,
          left: 0,
          right: 0,
          textAlign: 'center',
          fontSize: 9,
        },
        render: ({ pageNumber, totalPages }: { pageNumber: number; totalPages: number }) =>
          `Halaman ${pageNumber} dari ${totalPages}`,
      }),
    ),
  );
}

/** Seconds react-pdf takes to lay out and write the model's main table with its first `rows` rows. */
export async function reactPdfSeconds(model: DocumentModel, rows: number): Promise<number> {
  registerFonts();
  const table = mainTable(model);
  const element = tableDocument(model, table, rows);
  return timeSeconds(() => renderToBuffer(element as Parameters<typeof renderToBuffer>[0]));
}

/** Least-squares slope of log(seconds) over log(rows): the exponent k of seconds ∝ rows^k. */
export function growthExponent(points: readonly { rows: number; seconds: number }[]): number {
  const xs = points.map((p) => Math.log(p.rows));
  const ys = points.map((p) => Math.log(p.seconds));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const sxy = xs.reduce((sum, x, i) => sum + (x - mx) * ((ys[i] as number) - my), 0);
  const sxx = xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
  return sxy / sxx;
}

/** The time at `rows`, extrapolated from the largest measured size with the fitted exponent (at least 1). */
export function extrapolate(points: readonly { rows: number; seconds: number }[], rows: number): number {
  const largest = points.reduce((a, b) => (b.rows > a.rows ? b : a));
  return largest.seconds * (rows / largest.rows) ** Math.max(1, growthExponent(points));
}

export interface PeerEstimate {
  seconds: number;
  exponent: number;
  points: { rows: number; seconds: number }[];
}

/** react-pdf's time for the whole main table of `model`, from measurements at `PEER_SIZES` rows. */
export async function reactPdfEstimate(model: DocumentModel): Promise<PeerEstimate> {
  const table = mainTable(model);
  // Modules, fonts and the first layout warmed, as the figure warms its worker.
  await reactPdfSeconds(model, 10);
  const points: { rows: number; seconds: number }[] = [];
  for (const rows of PEER_SIZES) points.push({ rows, seconds: await reactPdfSeconds(model, rows) });
  return { seconds: extrapolate(points, table.rows.length), exponent: growthExponent(points), points };
}
