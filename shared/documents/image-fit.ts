import type { ImageBlock } from './model';

/** The size a photo is shown at, mm: its proportions (turned as its EXIF orientation says) fitted into the box. */
export function fittedImageMm(
  block: Pick<ImageBlock, 'pixelWidth' | 'pixelHeight' | 'orientation' | 'boxWidth' | 'boxHeight'>,
): {
  width: number;
  height: number;
} {
  const turned = block.orientation >= 5 && block.orientation <= 8;
  const width = turned ? block.pixelHeight : block.pixelWidth;
  const height = turned ? block.pixelWidth : block.pixelHeight;
  const scale = Math.min(block.boxWidth / width, block.boxHeight / height);
  return { width: width * scale, height: height * scale };
}
