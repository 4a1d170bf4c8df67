import { mmToPt, runsOf } from '../../../shared/documents/geometry';
import { CELL_PADDING, TABLE_SPACE_AFTER, signatureLineText } from '../../../shared/documents/layout';
import type { Align, TableBlock, TableCell, TableRow, TextRun } from '../../../shared/documents/model';
import { headerPlacements } from '../../../shared/documents/table-layout';
import type { Flow } from './flow';
import { drawLines, type Line } from './text';

const HEADER_FILL = '#e3e3e3';
const TOTAL_FILL = '#f0f0f0';
const BORDER = 0.5;

interface PlacedCell {
  x: number;
  width: number;
  lines: Line[];
  align: Align;
  /** Staggered signature cells put their line on one half. */
  half: 'left' | 'right' | null;
}

interface PlacedRow {
  cells: PlacedCell[];
  height: number;
  fill: string | null;
  centred: boolean;
}

function columnEdges(flow: Flow, block: TableBlock): number[] {
  const total = block.columns.reduce((sum, column) => sum + column.width, 0);
  const edges = [flow.left];
  let x = flow.left;
  for (const column of block.columns) {
    x += (column.width / total) * flow.width;
    edges.push(x);
  }
  return edges;
}

function runsOfCell(cell: TableCell, row: TableRow, width: number, size: number): TextRun[] {
  if (cell.signature) return [{ text: signatureLineText(cell.signature, width / mmToPt(1), size) }];
  const bold = row.kind === 'group' || row.kind === 'total';
  return runsOf(cell.content).map((run) => (bold ? { ...run, bold: true } : run));
}

/** Lays out one body or total row: every cell wrapped into its (possibly spanned) width. */
function placeRow(flow: Flow, block: TableBlock, row: TableRow, edges: number[], size: number): PlacedRow {
  const padX = mmToPt(CELL_PADDING.horizontal);
  const padY = mmToPt(CELL_PADDING.vertical);
  const lineHeight = flow.lineHeight(size);
  const cells: PlacedCell[] = [];
  let column = 0;
  let lineCount = 1;
  for (const cell of row.cells) {
    const span = cell.colSpan ?? 1;
    const x = edges[column] ?? flow.left;
    const width = (edges[column + span] ?? flow.right) - x;
    const inner = cell.signature ? width / 2 - padX : width - 2 * padX;
    const lines = flow.measure.wrap(runsOfCell(cell, row, width, size), size, inner);
    lineCount = Math.max(lineCount, lines.length);
    const align = cell.align ?? block.columns[column]?.align ?? 'left';
    cells.push({ x, width, lines, align, half: cell.signature?.side ?? null });
    column += span;
  }
  const minHeight = mmToPt(block.minRowHeight ?? 0);
  const fill = row.kind === 'total' ? TOTAL_FILL : null;
  const centred = block.verticalAlign === 'center';
  return { cells, height: Math.max(minHeight, lineCount * lineHeight + 2 * padY), fill, centred };
}

function drawRow(flow: Flow, row: PlacedRow, size: number): void {
  const { doc } = flow;
  const padX = mmToPt(CELL_PADDING.horizontal);
  const lineHeight = flow.lineHeight(size);
  const top = flow.y;
  const left = row.cells[0]?.x ?? flow.left;
  const last = row.cells[row.cells.length - 1];
  const right = last ? last.x + last.width : flow.right;
  if (row.fill)
    doc
      .rect(left, top, right - left, row.height)
      .fill(row.fill)
      .fillColor('#000000');
  doc.lineWidth(BORDER);
  for (const cell of row.cells) {
    doc.rect(cell.x, top, cell.width, row.height).stroke();
    const textHeight = cell.lines.length * lineHeight;
    const y = row.centred ? top + (row.height - textHeight) / 2 : top + mmToPt(CELL_PADDING.vertical);
    const x = cell.half === 'right' ? cell.x + cell.width / 2 : cell.x + padX;
    const width = cell.half ? cell.width / 2 - padX : cell.width - 2 * padX;
    drawLines(flow.measure, cell.lines, { x, top: y, width, size, lineHeight, align: cell.align });
  }
  flow.y += row.height;
}

interface PlacedHeader {
  height: number;
  cells: (PlacedCell & { top: number; height: number })[];
}

/**
 * Lays out the header rows: each row as tall as its own cells need, a cell spanning rows as tall
 * as the rows it spans (the last of them grows when its text needs more).
 */
function placeHeader(flow: Flow, block: TableBlock, edges: number[], size: number): PlacedHeader {
  const padX = mmToPt(CELL_PADDING.horizontal);
  const padY = mmToPt(CELL_PADDING.vertical);
  const lineHeight = flow.lineHeight(size);
  const placements = headerPlacements(block.header);
  const laid = placements.map((row) =>
    row.map((placed) => {
      const x = edges[placed.column] ?? flow.left;
      const width = (edges[placed.column + placed.colSpan] ?? flow.right) - x;
      const runs = runsOf(placed.cell.content).map((run) => ({ ...run, bold: true }));
      const lines = flow.measure.wrap(runs, size, width - 2 * padX);
      return { placed, x, width, lines, need: lines.length * lineHeight + 2 * padY };
    }),
  );
  const heights = laid.map((row) =>
    Math.max(lineHeight + 2 * padY, ...row.filter((c) => c.placed.rowSpan === 1).map((c) => c.need)),
  );
  laid.forEach((row, index) =>
    row.forEach((c) => {
      if (c.placed.rowSpan === 1) return;
      const last = index + c.placed.rowSpan - 1;
      const spanned = heights.slice(index, last + 1).reduce((sum, h) => sum + h, 0);
      if (spanned < c.need) heights[last] = (heights[last] as number) + c.need - spanned;
    }),
  );
  const tops = heights.map((_, index) => heights.slice(0, index).reduce((sum, h) => sum + h, 0));
  const cells = laid.flatMap((row, index) =>
    row.map((c) => ({
      x: c.x,
      width: c.width,
      lines: c.lines,
      align: c.placed.cell.align ?? 'center',
      half: null,
      top: tops[index] as number,
      height: heights.slice(index, index + c.placed.rowSpan).reduce((sum, h) => sum + h, 0),
    })),
  );
  return { height: heights.reduce((sum, h) => sum + h, 0), cells };
}

function drawHeader(flow: Flow, header: PlacedHeader, size: number): void {
  const { doc } = flow;
  const lineHeight = flow.lineHeight(size);
  const top = flow.y;
  const first = header.cells[0];
  const right = Math.max(...header.cells.map((cell) => cell.x + cell.width));
  if (first)
    doc
      .rect(first.x, top, right - first.x, header.height)
      .fill(HEADER_FILL)
      .fillColor('#000000');
  doc.lineWidth(BORDER);
  for (const cell of header.cells) {
    doc.rect(cell.x, top + cell.top, cell.width, cell.height).stroke();
    const y = top + cell.top + (cell.height - cell.lines.length * lineHeight) / 2;
    const padX = mmToPt(CELL_PADDING.horizontal);
    drawLines(flow.measure, cell.lines, {
      x: cell.x + padX,
      top: y,
      width: cell.width - 2 * padX,
      size,
      lineHeight,
      align: cell.align,
    });
  }
  flow.y += header.height;
}

/** Group titles and rows marked so stay on the page of the row after them. */
function keptWithNext(row: TableRow | undefined): boolean {
  return row?.kind === 'group' || row?.keepWithNext === true;
}

/** Height of the row at `index` and of the rows kept with it. */
function keptRowsHeight(body: readonly TableRow[], index: number, rowAt: (index: number) => PlacedRow | null): number {
  let height = rowAt(index)?.height ?? 0;
  for (let next = index; keptWithNext(body[next]) && next + 1 < body.length; next++)
    height += rowAt(next + 1)?.height ?? 0;
  return height;
}

/**
 * Height of the header rows and of the first body row with the rows kept with it: what must fit
 * for the table to start on a page.
 */
export function tableStartHeight(flow: Flow, block: TableBlock): number {
  const size = block.size ?? flow.model.fontSize;
  const edges = columnEdges(flow, block);
  const body = [...block.rows, ...(block.totals ?? [])];
  const rowAt = (index: number): PlacedRow | null => {
    const source = body[index];
    return source ? placeRow(flow, block, source, edges, size) : null;
  };
  return placeHeader(flow, block, edges, size).height + keptRowsHeight(body, 0, rowAt);
}

/**
 * Draws a table: the header rows again at the top of every page it runs onto, body and total
 * rows whole (a row that does not fit goes to the next page), rows kept with the next one on
 * its page (a group title with its first row, a last activity with the totals block).
 */
export function drawTable(flow: Flow, block: TableBlock): void {
  const size = block.size ?? flow.model.fontSize;
  const edges = columnEdges(flow, block);
  const header = placeHeader(flow, block, edges, size);
  const headerHeight = header.height;
  const body = [...block.rows, ...(block.totals ?? [])];

  // Each row is laid out once; a kept row looks ahead to the rows kept with it, which are reused.
  const placed = new Map<number, PlacedRow>();
  const rowAt = (index: number): PlacedRow | null => {
    const source = body[index];
    if (!source) return null;
    let row = placed.get(index);
    if (!row) placed.set(index, (row = placeRow(flow, block, source, edges, size)));
    return row;
  };
  flow.ensure(headerHeight + keptRowsHeight(body, 0, rowAt));
  drawHeader(flow, header, size);
  body.forEach((_, index) => {
    // A group title at the foot of a page with its first row on the next one reads as an empty
    // group; a totals block split from the rows it adds up reads as a page of bare sums.
    const needed = keptRowsHeight(body, index, rowAt);
    const row = rowAt(index) as PlacedRow;
    placed.delete(index);
    if (flow.y + needed > flow.bottom && flow.y > flow.top + headerHeight) {
      flow.newPage();
      drawHeader(flow, header, size);
    }
    drawRow(flow, row, size);
  });
  flow.roomUnderLastTable = flow.bottom - flow.y;
  flow.space(block.spaceAfter ?? TABLE_SPACE_AFTER);
}
