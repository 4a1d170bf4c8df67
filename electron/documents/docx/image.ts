import { AlignmentType, ImageRun, Paragraph } from 'docx';
import { fittedImageMm } from '../../../shared/documents/image-fit';
import { PARAGRAPH_SPACE_AFTER } from '../../../shared/documents/layout';
import type { ImageBlock } from '../../../shared/documents/model';
import type { DocxContext } from './blocks';
import { textRuns, twips } from './runs';

/** Word sizes images in pixels at 96 to the inch. */
const PIXELS_PER_MM = 96 / 25.4;

/** Clockwise turn of an EXIF orientation (mirrored ones are shown unmirrored). */
function turnOf(orientation: number): 0 | 90 | 180 | 270 {
  if (orientation === 3 || orientation === 4) return 180;
  if (orientation === 5 || orientation === 6) return 90;
  if (orientation === 7 || orientation === 8) return 270;
  return 0;
}

/**
 * A photo in a centred paragraph with its caption in the next one (kept together). Word draws
 * the stored pixels, so a JPEG whose EXIF orientation turns it is rotated here: the frame has the
 * unturned size and the turn is a property of the picture, which word processors lay out by its
 * turned bounds (LibreOffice, checked by tests/node/meeting-files/meeting-files.test.ts).
 */
export function image(block: ImageBlock, context: DocxContext): Paragraph[] {
  const shown = fittedImageMm(block);
  const turn = turnOf(block.orientation);
  const sideways = turn === 90 || turn === 270;
  const frame = sideways ? { width: shown.height, height: shown.width } : shown;
  const photo = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: {
      before: twips(block.spaceBefore ?? 0),
      after: twips(block.caption ? 2 : (block.spaceAfter ?? PARAGRAPH_SPACE_AFTER)),
    },
    keepNext: block.caption !== undefined,
    keepLines: true,
    children: [
      new ImageRun({
        type: block.type,
        data: block.bytes,
        transformation: {
          width: Math.round(frame.width * PIXELS_PER_MM),
          height: Math.round(frame.height * PIXELS_PER_MM),
          ...(turn ? { rotation: turn } : {}),
        },
        altText: { name: block.description.slice(0, 60), description: block.description, title: block.description },
      }),
    ],
  });
  if (!block.caption) return [photo];
  return [
    photo,
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: twips(block.spaceAfter ?? PARAGRAPH_SPACE_AFTER) },
      children: textRuns(block.caption, {}, context.fontSize - 1),
    }),
  ];
}
