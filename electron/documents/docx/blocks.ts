import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  WidthType,
  type ParagraphChild,
} from 'docx';
import {
  PARAGRAPH_SPACE_AFTER,
  SIGNATURE_SPACE,
  labelColumnMm,
  markerWidthMm,
  signatureColumnsMm,
  signatureLines,
  signatureRows,
  valueColumnMm,
} from '../../../shared/documents/layout';
import { listMarker } from '../../../shared/documents/markers';
import type {
  Align,
  FieldsBlock,
  HeadingBlock,
  Indent,
  ListBlock,
  ParagraphBlock,
  SignaturesBlock,
} from '../../../shared/documents/model';
import { textRuns, twips } from './runs';

/** What the block builders need to know about the page. */
export interface DocxContext {
  textWidthMm: number;
  fontSize: number;
}

export const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
export const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};

function indentMm(context: DocxContext, indent: Indent | undefined): number {
  return indent === 'half' ? context.textWidthMm / 2 : (indent ?? 0);
}

function spacing(before: number | undefined, after: number | undefined): { before: number; after: number } {
  return { before: twips(before ?? 0), after: twips(after ?? 0) };
}

export function heading(block: HeadingBlock, context: DocxContext): Paragraph {
  return new Paragraph({
    alignment: ALIGN[block.align ?? 'center'],
    keepNext: true,
    spacing: spacing(block.spaceBefore, PARAGRAPH_SPACE_AFTER),
    children: textRuns(
      { text: block.text, bold: true, underline: block.underline },
      {},
      block.size ?? context.fontSize + 1,
    ),
  });
}

export function paragraph(block: ParagraphBlock, context: DocxContext): Paragraph {
  return new Paragraph({
    alignment: ALIGN[block.align ?? 'left'],
    indent: { left: twips(indentMm(context, block.indent)), firstLine: twips(block.firstLineIndent ?? 0) },
    spacing: spacing(block.spaceBefore, block.spaceAfter ?? PARAGRAPH_SPACE_AFTER),
    keepNext: block.keepWithNext,
    children: textRuns(block.content, {}, block.size),
  });
}

/**
 * Label, tab, colon, tab, value: the tab stops sit where the PDF puts the colon and the value,
 * and the hanging indent keeps wrapped values under the value column.
 */
export function fields(block: FieldsBlock, context: DocxContext): Paragraph[] {
  const size = block.size ?? context.fontSize;
  const indent = indentMm(context, block.indent);
  const colon = indent + labelColumnMm(block, size);
  const value = indent + valueColumnMm(block, size);
  const aside = context.textWidthMm / 2;
  return block.rows.map(
    (row, index) =>
      new Paragraph({
        indent: { left: twips(value), hanging: twips(value - indent) },
        tabStops: [
          { type: TabStopType.LEFT, position: twips(colon) },
          { type: TabStopType.LEFT, position: twips(value) },
          ...(row.aside ? [{ type: TabStopType.LEFT, position: twips(aside) }] : []),
        ],
        spacing: spacing(0, index === block.rows.length - 1 ? (block.spaceAfter ?? PARAGRAPH_SPACE_AFTER) : 0),
        keepNext: index < block.rows.length - 1,
        children: [
          ...textRuns(`${row.label}\t:\t`, {}, block.size),
          ...textRuns(row.value, {}, block.size),
          ...(row.aside ? textRuns(`\t${row.aside}`, {}, block.size) : []),
        ],
      }),
  );
}

/** Markers are written as text with a hanging indent, numbered exactly as the PDF numbers them. */
export function list(block: ListBlock, context: DocxContext, left = indentMm(context, block.indent)): Paragraph[] {
  const size = context.fontSize;
  const marker = markerWidthMm(block, size);
  const start = block.start ?? 1;
  const paragraphs: Paragraph[] = [];
  block.items.forEach((item, index) => {
    const last = index === block.items.length - 1 && !item.children;
    paragraphs.push(
      new Paragraph({
        alignment: ALIGN[block.align ?? 'left'],
        indent: { left: twips(left + marker), hanging: twips(marker) },
        tabStops: [{ type: TabStopType.LEFT, position: twips(left + marker) }],
        spacing: spacing(0, last ? (block.spaceAfter ?? PARAGRAPH_SPACE_AFTER) : 0),
        keepNext: block.keepWithNext,
        children: [...textRuns(`${listMarker(block.style, start + index)}\t`), ...textRuns(item.content)],
      }),
    );
    if (item.children)
      paragraphs.push(...list(item.children, context, left + marker + indentMm(context, item.children.indent)));
  });
  return paragraphs;
}

/**
 * A borderless one-row table: one block in the right half (wider when its name needs it, with an
 * empty cell before it), or blocks side by side. A row that cannot split keeps the signature on
 * one page, as the PDF does.
 */
export function signatures(block: SignaturesBlock, context: DocxContext): Table {
  const rows = signatureRows(block);
  const room = block.space ?? SIGNATURE_SPACE;
  const places = signatureColumnsMm(block, context.textWidthMm, context.fontSize);
  const widths = places.map((place) => twips(place.width));
  const cells = block.signatures.map((signature, index) => {
    let afterSpace = false;
    const children: Paragraph[] = [];
    for (const line of signatureLines(signature, rows.placeDateRow, rows.headingRows)) {
      if (line === null) {
        afterSpace = true;
        continue;
      }
      const runs: ParagraphChild[] = textRuns(line, afterSpace ? { bold: true, underline: true } : {});
      children.push(new Paragraph({ spacing: { before: afterSpace ? twips(room) : 0, after: 0 }, children: runs }));
      afterSpace = false;
    }
    return new TableCell({ width: { size: widths[index] ?? 0, type: WidthType.DXA }, borders: NO_BORDERS, children });
  });
  const lead = places[0]?.x ?? 0;
  if (lead > 0) {
    widths.unshift(twips(lead));
    cells.unshift(
      new TableCell({
        width: { size: twips(lead), type: WidthType.DXA },
        borders: NO_BORDERS,
        children: [new Paragraph('')],
      }),
    );
  }
  return new Table({
    width: { size: twips(context.textWidthMm), type: WidthType.DXA },
    columnWidths: widths,
    borders: NO_BORDERS,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    rows: [new TableRow({ cantSplit: true, children: cells })],
  });
}
