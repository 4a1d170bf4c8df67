import { ImageRun, Paragraph } from 'docx';
import { PARAGRAPH_SPACE_AFTER } from '../../../shared/documents/layout';
import type { DrawingBlock } from '../../../shared/documents/model';
import { drawingPng, drawingSvg } from '../drawing/image';
import type { FontFamily } from '../fonts';
import { twips } from './runs';

/** Word sizes images in pixels at 96 to the inch. */
const PIXELS_PER_MM = 96 / 25.4;

/**
 * A drawing as an inline image in its own paragraph: SVG for Word, with the PNG fallback that
 * LibreOffice and older Word show. Its size on the page is the drawing's, in mm.
 */
export function drawing(block: DrawingBlock, fonts: FontFamily): Paragraph {
  return new Paragraph({
    spacing: { before: twips(block.spaceBefore ?? 0), after: twips(block.spaceAfter ?? PARAGRAPH_SPACE_AFTER) },
    keepLines: true,
    keepNext: block.keepWithNext,
    children: [
      new ImageRun({
        type: 'svg',
        data: Buffer.from(drawingSvg(block), 'utf8'),
        fallback: { type: 'png', data: drawingPng(block, fonts) },
        transformation: {
          width: Math.round(block.width * PIXELS_PER_MM),
          height: Math.round(block.height * PIXELS_PER_MM),
        },
        altText: { name: block.description.slice(0, 60), description: block.description, title: block.description },
      }),
    ],
  });
}
