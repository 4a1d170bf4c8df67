import { runsOf } from './geometry';
import { CELL_PADDING } from './layout';
import { widestWordMm } from './metrics';
import type { TableBlock, TableCell, TableRow } from './model';

/** A header cell where it stands: its first column, and how many columns and rows it covers. */
interface PlacedHeaderCell {
  cell: TableCell;
  column: number;
  colSpan: number;
  rowSpan: number;
}

/**
 * The header rows' cells on the column grid: a cell spanning rows downwards takes its columns
 * in the rows below, whose cells fill the columns left free, in order (as in HTML).
 */
export function headerPlacements(header: readonly TableRow[]): PlacedHeaderCell[][] {
  const taken: Set<number>[] = header.map(() => new Set());
  return header.map((row, rowIndex) => {
    const placed: PlacedHeaderCell[] = [];
    let column = 0;
    for (const cell of row.cells) {
      while (taken[rowIndex]?.has(column)) column++;
      const colSpan = cell.colSpan ?? 1;
      const rowSpan = Math.max(1, Math.min(cell.rowSpan ?? 1, header.length - rowIndex));
      for (let below = rowIndex + 1; below < rowIndex + rowSpan; below++)
        for (let c = column; c < column + colSpan; c++) taken[below]?.add(c);
      placed.push({ cell, column, colSpan, rowSpan });
      column += colSpan;
    }
    return placed;
  });
}

/** Kept beyond the widest word, mm: the renderers' own measures may round a little wider. */
const SAFETY_MM = 0.4;

/** Width of the widest word of a cell (or its widest line, for `wholeLines`), mm per point of size. */
function cellNeed(cell: TableCell, bold: boolean, wholeLines: boolean): number {
  const { content } = cell;
  if (typeof content === 'string') return widestWordMm(content, 1, bold, wholeLines);
  let widest = 0;
  for (const run of runsOf(content)) {
    const width = widestWordMm(run.text, 1, bold || run.bold === true, wholeLines);
    if (width > widest) widest = width;
  }
  return widest;
}

export interface FitOptions {
  /** Columns whose lines must not wrap at all (a funding source level with its amount). */
  wholeLines?: ReadonlySet<number>;
  /** Columns that are as wide as each other (the months of a schedule). */
  sameWidth?: ReadonlySet<number>;
}

type FittedTable = Pick<TableBlock, 'columns' | 'header' | 'rows' | 'totals'>;

/**
 * What each column needs at the least, per point of font size: its widest word (widest line for
 * `wholeLines`). Only unspanned cells decide; header, group and total rows are bold.
 */
function columnNeeds(block: FittedTable, options: FitOptions): number[] {
  const count = block.columns.length;
  const need = new Array<number>(count).fill(0);
  const measure = (cell: TableCell, column: number, span: number, bold: boolean): void => {
    if (span !== 1 || column >= count || cell.signature) return;
    const width = cellNeed(cell, bold, options.wholeLines?.has(column) ?? false);
    if (width > (need[column] as number)) need[column] = width;
  };
  headerPlacements(block.header).forEach((row) =>
    row.forEach((placed) => measure(placed.cell, placed.column, placed.colSpan, true)),
  );
  for (const row of [...block.rows, ...(block.totals ?? [])]) {
    const bold = row.kind === 'group' || row.kind === 'total';
    let column = 0;
    for (const cell of row.cells) {
      const span = cell.colSpan ?? 1;
      measure(cell, column, span, bold);
      column += span;
    }
  }
  const same = [...(options.sameWidth ?? [])].filter((column) => column < count);
  const widestSame = Math.max(0, ...same.map((column) => need[column] as number));
  for (const column of same) need[column] = widestSame;
  return need;
}

/** The least width of each column at `size` points, mm: its need and the cell padding. */
function minimumsAt(needs: readonly number[], size: number): number[] {
  return needs.map((need) => (need > 0 ? need * size + 2 * CELL_PADDING.horizontal + SAFETY_MM : 0));
}

const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);

/**
 * Column widths in mm for a table on a text area `textWidth` wide, and its text size: the largest
 * of `sizes` (points, largest first) at which every column is at least as wide as its widest word
 * (so no word is broken inside), the smallest when none is. What is left over is shared in
 * proportion to the columns' relative widths. When even the widest words do not fit side by side,
 * the widths are those needs scaled down.
 */
export function fitTable(
  block: FittedTable,
  textWidth: number,
  sizes: readonly number[],
  options: FitOptions = {},
): { size: number; widths: number[] } {
  const needs = columnNeeds(block, options);
  const size =
    sizes.find((candidate) => sum(minimumsAt(needs, candidate)) <= textWidth) ?? (sizes[sizes.length - 1] as number);
  return { size, widths: distribute(block, textWidth, minimumsAt(needs, size)) };
}

function distribute(block: FittedTable, textWidth: number, minimum: readonly number[]): number[] {
  const count = block.columns.length;
  const needed = sum(minimum);
  if (needed >= textWidth) return minimum.map((width) => (width / needed) * textWidth);

  // Share the width by the relative widths; a column that would get less than it needs gets what
  // it needs, and the others share what is left, until every column has its need.
  const weights = block.columns.map((column) => column.width);
  const fixed = new Map<number, number>();
  for (;;) {
    if (fixed.size === count) return minimum.map((width) => (width / needed) * textWidth);
    const free = textWidth - sum([...fixed.values()]);
    const weight = weights.reduce((total, w, index) => (fixed.has(index) ? total : total + w), 0);
    const widths = weights.map((w, index) => fixed.get(index) ?? (weight > 0 ? (w / weight) * free : 0));
    const short = widths.findIndex((width, index) => !fixed.has(index) && width < (minimum[index] as number));
    if (short < 0) return widths;
    fixed.set(short, minimum[short] as number);
  }
}
