import { mmToPt, runsOf } from '../../../shared/documents/geometry';
import { fittedImageMm } from '../../../shared/documents/image-fit';
import { PARAGRAPH_SPACE_AFTER } from '../../../shared/documents/layout';
import type { ImageBlock } from '../../../shared/documents/model';
import type { Flow } from './flow';
import { drawLines } from './text';

/** Gap between a photo and its caption, mm. */
const CAPTION_GAP = 2;

/**
 * A photo fitted into its box, centred, with its caption under it, never split across pages.
 * pdfkit turns a JPEG as its EXIF orientation says (the fitted size already accounts for it).
 */
export function drawImage(flow: Flow, block: ImageBlock): void {
  const size = fittedImageMm(block);
  const width = mmToPt(size.width);
  const height = mmToPt(size.height);
  const captionSize = flow.model.fontSize - 1;
  const caption = block.caption ? flow.measure.wrap(runsOf(block.caption), captionSize, flow.width) : [];
  const captionHeight = caption.length * flow.lineHeight(captionSize);
  flow.space(block.spaceBefore);
  flow.ensure(height + (caption.length ? mmToPt(CAPTION_GAP) + captionHeight : 0));
  const x = flow.left + (flow.width - width) / 2;
  flow.doc.image(Buffer.from(block.bytes), x, flow.y, { fit: [width, height] });
  flow.y += height;
  if (caption.length > 0) {
    flow.y += mmToPt(CAPTION_GAP);
    flow.y += drawLines(flow.measure, caption, {
      x: flow.left,
      top: flow.y,
      width: flow.width,
      size: captionSize,
      lineHeight: flow.lineHeight(captionSize),
      align: 'center',
    });
  }
  flow.space(block.spaceAfter ?? PARAGRAPH_SPACE_AFTER);
}
