import { mmToPt, runsOf } from '../../../shared/documents/geometry';
import {
  COLON_GAP,
  PARAGRAPH_SPACE_AFTER,
  SIGNATURE_SPACE,
  signatureLines,
  signatureRows,
  markerWidthMm,
  signatureColumnsMm,
  valueColumnMm,
  labelColumnMm,
} from '../../../shared/documents/layout';
import { listMarker } from '../../../shared/documents/markers';
import type {
  FieldsBlock,
  HeadingBlock,
  Inline,
  ListBlock,
  ParagraphBlock,
  SignaturesBlock,
  Align,
} from '../../../shared/documents/model';
import type { Flow } from './flow';
import { drawLines, type Line } from './text';

/** Wraps `content` into `width` and draws it at the cursor, moving to a new page between lines if needed. */
function drawText(
  flow: Flow,
  content: Inline,
  options: { x: number; width: number; size: number; align?: Align; firstIndent?: number },
): void {
  const lineHeight = flow.lineHeight(options.size);
  const lines = flow.measure.wrap(runsOf(content), options.size, options.width, options.firstIndent ?? 0);
  let index = 0;
  while (index < lines.length) {
    flow.ensure(lineHeight);
    const fit = Math.max(1, Math.floor((flow.bottom - flow.y) / lineHeight));
    const chunk: Line[] = lines.slice(index, index + fit);
    flow.y += drawLines(flow.measure, chunk, {
      x: options.x,
      top: flow.y,
      width: options.width,
      size: options.size,
      lineHeight,
      align: options.align ?? 'left',
      firstIndent: index === 0 ? options.firstIndent : 0,
    });
    index += chunk.length;
  }
}

export function drawHeading(flow: Flow, block: HeadingBlock): void {
  const size = block.size ?? flow.model.fontSize + 1;
  flow.space(block.spaceBefore);
  // A heading keeps at least one following line with it.
  flow.ensure(flow.lineHeight(size) + flow.lineHeight(flow.model.fontSize) * 2);
  drawText(
    flow,
    { text: block.text, bold: true, underline: block.underline },
    {
      x: flow.left,
      width: flow.width,
      size,
      align: block.align ?? 'center',
    },
  );
  flow.space(PARAGRAPH_SPACE_AFTER);
}

export function drawParagraph(flow: Flow, block: ParagraphBlock): void {
  const size = block.size ?? flow.model.fontSize;
  const indent = flow.indent(block.indent);
  flow.space(block.spaceBefore);
  drawText(flow, block.content, {
    x: flow.left + indent,
    width: flow.width - indent,
    size,
    align: block.align,
    firstIndent: mmToPt(block.firstLineIndent ?? 0),
  });
  flow.space(block.spaceAfter ?? PARAGRAPH_SPACE_AFTER);
}

export function drawFields(flow: Flow, block: FieldsBlock): void {
  const size = block.size ?? flow.model.fontSize;
  const x = flow.left + flow.indent(block.indent);
  const colon = x + mmToPt(labelColumnMm(block, size));
  const value = x + mmToPt(valueColumnMm(block, size));
  for (const row of block.rows) {
    flow.ensure(flow.lineHeight(size));
    const top = flow.y;
    drawLines(flow.measure, flow.measure.wrap(runsOf(row.label), size, colon - x), {
      x,
      top,
      width: colon - x,
      size,
      lineHeight: flow.lineHeight(size),
      align: 'left',
    });
    drawLines(flow.measure, flow.measure.wrap([{ text: ':' }], size, value - colon), {
      x: colon,
      top,
      width: value - colon,
      size,
      lineHeight: flow.lineHeight(size),
      align: 'left',
    });
    if (row.aside) {
      const aside = flow.left + flow.width / 2;
      drawLines(flow.measure, flow.measure.wrap([{ text: row.aside }], size, flow.right - aside), {
        x: aside,
        top,
        width: flow.right - aside,
        size,
        lineHeight: flow.lineHeight(size),
        align: 'left',
      });
    }
    // Beside an aside, the value stops short of it, as a tab stop stops it in the DOCX.
    const valueEnd = row.aside ? flow.left + flow.width / 2 - mmToPt(COLON_GAP) : flow.right;
    drawText(flow, row.value, { x: value, width: valueEnd - value, size });
  }
  flow.space(block.spaceAfter ?? PARAGRAPH_SPACE_AFTER);
}

export function drawList(flow: Flow, block: ListBlock, x = flow.left + flow.indent(block.indent)): void {
  const size = flow.model.fontSize;
  const markerWidth = mmToPt(markerWidthMm(block, size));
  const start = block.start ?? 1;
  block.items.forEach((item, index) => {
    const marker = listMarker(block.style, start + index);
    flow.ensure(flow.lineHeight(size));
    drawLines(flow.measure, flow.measure.wrap([{ text: marker }], size, markerWidth), {
      x,
      top: flow.y,
      width: markerWidth,
      size,
      lineHeight: flow.lineHeight(size),
      align: 'left',
    });
    drawText(flow, item.content, {
      x: x + markerWidth,
      width: flow.right - x - markerWidth,
      size,
      align: block.align ?? 'left',
    });
    if (item.children) drawList(flow, item.children, x + markerWidth + flow.indent(item.children.indent));
  });
  flow.space(block.spaceAfter ?? PARAGRAPH_SPACE_AFTER);
}

interface SignatureColumn {
  x: number;
  width: number;
  /** The block's lines top to bottom, wrapped to the column; null is the room to sign. */
  lines: (Line[] | null)[];
}

/**
 * One signature in the right half (wider when its name needs it), or several side by side; the
 * n-th line of every block starts at the same height, so that names line up. Kept on one page.
 */
function signatureLayout(
  flow: Flow,
  block: SignaturesBlock,
): { columns: SignatureColumn[]; rowHeights: number[]; height: number } {
  const size = flow.model.fontSize;
  const lineHeight = flow.lineHeight(size);
  const rows = signatureRows(block);
  const room = mmToPt(block.space ?? SIGNATURE_SPACE);
  const places = signatureColumnsMm(block, flow.width / mmToPt(1), size);
  const columns = block.signatures.map((signature, index): SignatureColumn => {
    const place = places[index] as { x: number; width: number };
    const width = mmToPt(place.width);
    let afterSpace = false;
    const lines = signatureLines(signature, rows.placeDateRow, rows.headingRows).map((line) => {
      if (line === null) {
        afterSpace = true;
        return null;
      }
      const isName = afterSpace;
      afterSpace = false;
      return flow.measure.wrap([{ text: line, bold: isName, underline: isName }], size, width);
    });
    return { x: flow.left + mmToPt(place.x), width, lines };
  });
  const rowCount = Math.max(...columns.map((column) => column.lines.length));
  const rowHeights = Array.from({ length: rowCount }, (_, row) =>
    Math.max(
      0,
      ...columns.map((column) => {
        const lines = column.lines[row];
        return lines === null ? room : lines === undefined ? 0 : lines.length * lineHeight;
      }),
    ),
  );
  const height = rowHeights.reduce((sum, h) => sum + h, 0);
  return { columns, rowHeights, height };
}

/** Height of a signature row with the space above it. */
export function signaturesHeight(flow: Flow, block: SignaturesBlock): number {
  return mmToPt(block.spaceBefore ?? 0) + signatureLayout(flow, block).height;
}

export function drawSignatures(flow: Flow, block: SignaturesBlock): void {
  const size = flow.model.fontSize;
  const lineHeight = flow.lineHeight(size);
  const { columns, rowHeights, height } = signatureLayout(flow, block);
  flow.space(block.spaceBefore);
  flow.ensure(height);
  for (const column of columns) {
    let y = flow.y;
    column.lines.forEach((lines, row) => {
      if (lines)
        drawLines(flow.measure, lines, { x: column.x, top: y, width: column.width, size, lineHeight, align: 'left' });
      y += rowHeights[row] ?? 0;
    });
  }
  flow.y += height;
}
