import { mmToPt, runsOf } from '../../../shared/documents/geometry';
import { CELL_PADDING, TABLE_SPACE_AFTER, signatureLineText } from '../../../shared/documents/layout';
import type { Align, TableBlock, TableCell, TableRow, TextRun } from '../../../shared/documents/model';
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

function runsOfCell(cell: TableCell, row: TableRow, header: boolean, width: number, size: number): TextRun[] {
  if (cell.signature) return [{ text: signatureLineText(cell.signature, width / mmToPt(1), size) }];
  const bold = header || row.kind === 'group' || row.kind === 'total';
  return runsOf(cell.content).map((run) => (bold ? { ...run, bold: true } : run));
}

/** Lays out one row: every cell wrapped into its (possibly spanned) width. */
function placeRow(
  flow: Flow,
  block: TableBlock,
  row: TableRow,
  edges: number[],
  header: boolean,
  size: number,
): PlacedRow {
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
    const lines = flow.measure.wrap(runsOfCell(cell, row, header, width, size), size, inner);
    lineCount = Math.max(lineCount, lines.length);
    const align = cell.align ?? (header ? 'center' : (block.columns[column]?.align ?? 'left'));
    cells.push({ x, width, lines, align, half: cell.signature?.side ?? null });
    column += span;
  }
  const minHeight = header ? 0 : mmToPt(block.minRowHeight ?? 0);
  const fill = header ? HEADER_FILL : row.kind === 'total' ? TOTAL_FILL : null;
  const centred = header || block.verticalAlign === 'center';
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

/** Height of the header rows and the first body row: what must fit for the table to start on a page. */
export function tableStartHeight(flow: Flow, block: TableBlock): number {
  const size = block.size ?? flow.model.fontSize;
  const edges = columnEdges(flow, block);
  const first = block.rows[0] ?? block.totals?.[0];
  const rows = [...block.header.map((row) => placeRow(flow, block, row, edges, true, size))];
  if (first) rows.push(placeRow(flow, block, first, edges, false, size));
  return rows.reduce((sum, row) => sum + row.height, 0);
}

/**
 * Draws a table: the header rows again at the top of every page it runs onto, body and total
 * rows whole (a row that does not fit goes to the next page).
 */
export function drawTable(flow: Flow, block: TableBlock): void {
  const size = block.size ?? flow.model.fontSize;
  const edges = columnEdges(flow, block);
  const header = block.header.map((row) => placeRow(flow, block, row, edges, true, size));
  const headerHeight = header.reduce((sum, row) => sum + row.height, 0);
  const drawHeader = (): void => header.forEach((row) => drawRow(flow, row, size));
  const body = [...block.rows, ...(block.totals ?? [])];

  // Each row is laid out once; a group row looks one row ahead, which is then reused.
  const placed = new Map<number, PlacedRow>();
  const rowAt = (index: number): PlacedRow | null => {
    const source = body[index];
    if (!source) return null;
    let row = placed.get(index);
    if (!row) placed.set(index, (row = placeRow(flow, block, source, edges, false, size)));
    return row;
  };
  const first = rowAt(0);
  flow.ensure(headerHeight + (first?.height ?? 0));
  drawHeader();
  body.forEach((source, index) => {
    const row = rowAt(index) as PlacedRow;
    placed.delete(index);
    // A group title at the foot of a page with its first row on the next one reads as an empty group.
    const needed = row.height + (source.kind === 'group' ? (rowAt(index + 1)?.height ?? 0) : 0);
    if (flow.y + needed > flow.bottom && flow.y > flow.top + headerHeight) {
      flow.newPage();
      drawHeader();
    }
    drawRow(flow, row, size);
  });
  flow.roomUnderLastTable = flow.bottom - flow.y;
  flow.space(block.spaceAfter ?? TABLE_SPACE_AFTER);
}
