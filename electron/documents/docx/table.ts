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
  WidthType,
} from 'docx';
import { runsOf } from '../../../shared/documents/geometry';
import { CELL_PADDING, TABLE_SPACE_AFTER, signatureLineText } from '../../../shared/documents/layout';
import type { TableBlock, TableCell as ModelCell, TableRow as ModelRow } from '../../../shared/documents/model';
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
    // title never ends a page without its first row.
    keepNext: row.kind === 'group' ? true : undefined,
    // Left is Word's default: leaving it out keeps long tables smaller.
    alignment: align === 'left' ? undefined : ALIGN[align],
    children: textRuns(runsOf(cell.content), bold ? { bold: true } : {}),
  });
}

function tableRow(
  row: ModelRow,
  block: TableBlock,
  widthsMm: number[],
  header: boolean,
  size: number,
  style: string | undefined,
): TableRow {
  let column = 0;
  const fill = header ? HEADER_FILL : row.kind === 'total' ? TOTAL_FILL : null;
  const cells = row.cells.map((cell) => {
    const span = cell.colSpan ?? 1;
    const widthMm = widthsMm.slice(column, column + span).reduce((sum, width) => sum + width, 0);
    const paragraph = cellParagraph(cell, row, block, column, header, widthMm, size, style);
    column += span;
    // Cell widths come from the table grid (fixed layout), not from every cell.
    return new TableCell({
      columnSpan: span > 1 ? span : undefined,
      // Top is Word's default and needs no element in every cell of a long table.
      verticalAlign: header || block.verticalAlign === 'center' ? VerticalAlignTable.CENTER : undefined,
      shading: fill ? { type: ShadingType.CLEAR, color: 'auto', fill } : undefined,
      children: [paragraph],
    });
  });
  const minHeight = header ? 0 : (block.minRowHeight ?? 0);
  return new TableRow({
    tableHeader: header,
    cantSplit: true,
    height: minHeight ? { value: twips(minHeight), rule: HeightRule.ATLEAST } : undefined,
    children: cells,
  });
}

/** Header rows marked to repeat on every page, every row unsplittable, fixed column widths. */
export function table(block: TableBlock, context: DocxContext): (Table | Paragraph)[] {
  const size = block.size ?? context.fontSize;
  const style = size === context.fontSize ? undefined : tableStyleId(size);
  const total = block.columns.reduce((sum, column) => sum + column.width, 0);
  const widthsMm = block.columns.map((column) => (column.width / total) * context.textWidthMm);
  const rows = [
    ...block.header.map((row) => tableRow(row, block, widthsMm, true, size, style)),
    ...[...block.rows, ...(block.totals ?? [])].map((row) => tableRow(row, block, widthsMm, false, size, style)),
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
