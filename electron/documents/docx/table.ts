import {
  BorderStyle,
  HeightRule,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
} from 'docx';
import { runsOf } from '../../../shared/documents/geometry';
import { CELL_PADDING, TABLE_SPACE_AFTER, signatureLineText } from '../../../shared/documents/layout';
import type { TableBlock, TableCell as ModelCell, TableRow as ModelRow } from '../../../shared/documents/model';
import { headerPlacements } from '../../../shared/documents/table-layout';
import { ALIGN, type DocxContext } from './blocks';
import { spacer, textRuns, twips } from './runs';

/**
 * Paragraph style of table text at a size other than the document's: a style per size, instead
 * of a size on every run, keeps a 3,000-row table's XML (and the memory to build it) smaller.
 */
export function tableStyleId(size: number): string {
  return `TableText${String(size).replace('.', '_')}`;
}

const HEADER_FILL = 'E3E3E3';
const TOTAL_FILL = 'F0F0F0';
/** Eighths of a point: 4 is the 0.5 pt grid the PDF draws. */
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

function cellParagraph(
  cell: ModelCell,
  row: ModelRow,
  block: TableBlock,
  column: number,
  header: boolean,
  widthMm: number,
  size: number,
  style: string | undefined,
): Paragraph {
  if (cell.signature) {
    // The dotted line on one half of the cell: the other half is kept free by an indent.
    const half = twips(widthMm / 2 - CELL_PADDING.horizontal);
    return new Paragraph({
      indent: cell.signature.side === 'left' ? { right: half } : { left: half },
      style,
      children: textRuns(signatureLineText(cell.signature, widthMm, size)),
    });
  }
  const bold = header || row.kind === 'group' || row.kind === 'total';
  const align = cell.align ?? (header ? 'center' : (block.columns[column]?.align ?? 'left'));
  return new Paragraph({
    style,
    // Word keeps a row whose paragraphs "keep with next" on the page of the following row: a group
    // title never ends a page without its first row, a totals block stays with its last row.
    keepNext: row.kind === 'group' || row.keepWithNext ? true : undefined,
    // Left is Word's default: leaving it out keeps long tables smaller.
    alignment: align === 'left' ? undefined : ALIGN[align],
    children: textRuns(runsOf(cell.content), bold ? { bold: true } : {}),
  });
}

function spanWidthMm(widthsMm: readonly number[], column: number, span: number): number {
  return widthsMm.slice(column, column + span).reduce((sum, width) => sum + width, 0);
}

function bodyRow(
  row: ModelRow,
  block: TableBlock,
  widthsMm: number[],
  size: number,
  style: string | undefined,
): TableRow {
  let column = 0;
  const fill = row.kind === 'total' ? TOTAL_FILL : null;
  const cells = row.cells.map((cell) => {
    const span = cell.colSpan ?? 1;
    const paragraph = cellParagraph(cell, row, block, column, false, spanWidthMm(widthsMm, column, span), size, style);
    column += span;
    // Cell widths come from the table grid (fixed layout), not from every cell.
    return new TableCell({
      columnSpan: span > 1 ? span : undefined,
      // Top is Word's default and needs no element in every cell of a long table.
      verticalAlign: block.verticalAlign === 'center' ? VerticalAlignTable.CENTER : undefined,
      shading: fill ? { type: ShadingType.CLEAR, color: 'auto', fill } : undefined,
      children: [paragraph],
    });
  });
  const minHeight = block.minRowHeight ?? 0;
  return new TableRow({
    tableHeader: false,
    cantSplit: true,
    height: minHeight ? { value: twips(minHeight), rule: HeightRule.ATLEAST } : undefined,
    children: cells,
  });
}

/**
 * The header rows, repeated on every page: a cell spanning rows downwards is merged vertically
 * (`vMerge`), the rows below carrying its continuation in its columns.
 */
function headerRows(block: TableBlock, widthsMm: number[], size: number, style: string | undefined): TableRow[] {
  const placements = headerPlacements(block.header);
  const shading = { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL } as const;
  return placements.map((placed, rowIndex) => {
    const row = block.header[rowIndex] as ModelRow;
    const continued = placements
      .slice(0, rowIndex)
      .flatMap((above, aboveIndex) => above.filter((p) => aboveIndex + p.rowSpan > rowIndex));
    const cells = [
      ...placed.map((p) => ({
        column: p.column,
        cell: new TableCell({
          columnSpan: p.colSpan > 1 ? p.colSpan : undefined,
          verticalMerge: p.rowSpan > 1 ? VerticalMergeType.RESTART : undefined,
          verticalAlign: VerticalAlignTable.CENTER,
          shading,
          children: [
            cellParagraph(p.cell, row, block, p.column, true, spanWidthMm(widthsMm, p.column, p.colSpan), size, style),
          ],
        }),
      })),
      ...continued.map((p) => ({
        column: p.column,
        cell: new TableCell({
          columnSpan: p.colSpan > 1 ? p.colSpan : undefined,
          verticalMerge: VerticalMergeType.CONTINUE,
          shading,
          children: [new Paragraph({ style, children: [] })],
        }),
      })),
    ].sort((a, b) => a.column - b.column);
    return new TableRow({ tableHeader: true, cantSplit: true, children: cells.map((c) => c.cell) });
  });
}

/** Header rows marked to repeat on every page, every row unsplittable, fixed column widths. */
export function table(block: TableBlock, context: DocxContext): (Table | Paragraph)[] {
  const size = block.size ?? context.fontSize;
  const style = size === context.fontSize ? undefined : tableStyleId(size);
  const total = block.columns.reduce((sum, column) => sum + column.width, 0);
  const widthsMm = block.columns.map((column) => (column.width / total) * context.textWidthMm);
  const rows = [
    ...headerRows(block, widthsMm, size, style),
    ...[...block.rows, ...(block.totals ?? [])].map((row) => bodyRow(row, block, widthsMm, size, style)),
  ];
  return [
    new Table({
      width: { size: twips(context.textWidthMm), type: WidthType.DXA },
      columnWidths: widthsMm.map(twips),
      layout: TableLayoutType.FIXED,
      borders: GRID,
      margins: {
        left: twips(CELL_PADDING.horizontal),
        right: twips(CELL_PADDING.horizontal),
        top: twips(CELL_PADDING.vertical),
        bottom: twips(CELL_PADDING.vertical),
      },
      rows,
    }),
    // Word needs a paragraph between a table and what follows; it also carries the space after.
    spacer(block.spaceAfter ?? TABLE_SPACE_AFTER),
  ];
}
