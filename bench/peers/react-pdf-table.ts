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
 * rows 108 s, for a simpler table), so a full-size sample would take many minutes: it is measured
 * at `PEER_SIZES` rows, the growth exponent fitted to them, and the full table extrapolated.
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

/** One layout: wall-clock seconds, and the CPU seconds of this process meanwhile. */
export interface PeerPoint {
  rows: number;
  seconds: number;
  cpuSeconds: number;
}

/** react-pdf laying out and writing the model's main table with its first `rows` rows. */
export async function reactPdfPoint(model: DocumentModel, rows: number): Promise<PeerPoint> {
  registerFonts();
  const element = tableDocument(model, mainTable(model), rows);
  const cpu = process.cpuUsage();
  const seconds = await timeSeconds(() => renderToBuffer(element as Parameters<typeof renderToBuffer>[0]));
  const used = process.cpuUsage(cpu);
  return { rows, seconds, cpuSeconds: (used.user + used.system) / 1e6 };
}

/** Least-squares slope of log(cost) over log(rows): the exponent k of cost ∝ rows^k. */
export function growthExponent(points: readonly { rows: number; cost: number }[]): number {
  const xs = points.map((p) => Math.log(p.rows));
  const ys = points.map((p) => Math.log(p.cost));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const sxy = xs.reduce((sum, x, i) => sum + (x - mx) * ((ys[i] as number) - my), 0);
  const sxx = xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
  return sxy / sxx;
}

/** `seconds` measured at `from` rows carried to `to` rows with the exponent (never below linear growth). */
export function extrapolate(seconds: number, from: number, to: number, exponent: number): number {
  return seconds * (to / from) ** Math.max(1, exponent);
}

export interface PeerEstimate {
  /** The extrapolated wall-clock time of the whole table. */
  seconds: number;
  exponent: number;
  rows: number;
  points: PeerPoint[];
}

/**
 * react-pdf's time for the whole main table of `model`: measured twice at each of `PEER_SIZES`
 * rows; the growth exponent is fitted to the CPU time of those layouts (which other processes on
 * the machine move much less than the wall-clock time), and the wall-clock time at the largest
 * size is carried to the full table with it.
 */
export async function reactPdfEstimate(model: DocumentModel): Promise<PeerEstimate> {
  const rows = mainTable(model).rows.length;
  // Modules, fonts and the compiled layout code warmed at the smallest size, as the figure warms
  // its worker: a cold first layout would flatten the growth measured from it.
  await reactPdfPoint(model, PEER_SIZES[0]);
  // Each size twice, up and back down, and the faster of the two kept: a garbage collection or
  // another process's burst in one layout does not bend the fitted growth.
  const measured: PeerPoint[] = [];
  for (const size of [...PEER_SIZES, ...[...PEER_SIZES].reverse()]) measured.push(await reactPdfPoint(model, size));
  const points = PEER_SIZES.map((rows) => {
    const both = measured.filter((p) => p.rows === rows);
    return {
      rows,
      seconds: Math.min(...both.map((p) => p.seconds)),
      cpuSeconds: Math.min(...both.map((p) => p.cpuSeconds)),
    };
  });
  const exponent = growthExponent(points.map((p) => ({ rows: p.rows, cost: p.cpuSeconds })));
  const largest = points[points.length - 1] as PeerPoint;
  return { seconds: extrapolate(largest.seconds, largest.rows, rows, exponent), exponent, rows, points };
}
