import { mmToPt } from '../../../shared/documents/geometry';
import { PARAGRAPH_SPACE_AFTER } from '../../../shared/documents/layout';
import type { DrawingBlock, DrawingShape } from '../../../shared/documents/model';
import type { Flow } from './flow';

const BLACK = '#000000';

/** Height of a drawing with the space above it: it is never split, so this much must fit. */
export function drawingHeight(block: DrawingBlock): number {
  return mmToPt((block.spaceBefore ?? 0) + block.height);
}

function drawShape(flow: Flow, shape: DrawingShape, left: number, top: number): void {
  const { doc } = flow;
  const at = (x: number, y: number): [number, number] => [left + mmToPt(x), top + mmToPt(y)];
  switch (shape.type) {
    case 'rect': {
      const [x, y] = at(shape.x, shape.y);
      const width = mmToPt(shape.width);
      const height = mmToPt(shape.height);
      if (shape.fill) doc.rect(x, y, width, height).fill(shape.fill);
      if (shape.stroke) {
        doc
          .lineWidth(mmToPt(shape.strokeWidth ?? 0.2))
          .rect(x, y, width, height)
          .stroke(shape.stroke);
      }
      return;
    }
    case 'line': {
      const [x1, y1] = at(shape.x1, shape.y1);
      const [x2, y2] = at(shape.x2, shape.y2);
      doc.lineWidth(mmToPt(shape.width)).moveTo(x1, y1).lineTo(x2, y2).stroke(shape.stroke);
      return;
    }
    case 'text': {
      const font = shape.bold ? 'bold' : 'regular';
      const width = flow.measure.width(shape.text, font, shape.size);
      const [x, y] = at(shape.x, shape.y);
      const start = shape.align === 'center' ? x - width / 2 : shape.align === 'right' ? x - width : x;
      flow.measure.use(font, shape.size).fillColor(shape.color ?? BLACK);
      doc.text(shape.text, start, y, { lineBreak: false, baseline: 'alphabetic' });
      doc.fillColor(BLACK);
    }
  }
}

/** Draws the shapes as vector graphics (real text, searchable), on one page. */
export function drawDrawing(flow: Flow, block: DrawingBlock): void {
  flow.space(block.spaceBefore);
  const height = mmToPt(block.height);
  flow.ensure(height);
  const { doc } = flow;
  doc.save();
  for (const shape of block.shapes) drawShape(flow, shape, flow.left, flow.y);
  doc.restore();
  doc.fillColor(BLACK).strokeColor(BLACK);
  flow.y += height;
  flow.space(block.spaceAfter ?? PARAGRAPH_SPACE_AFTER);
}
