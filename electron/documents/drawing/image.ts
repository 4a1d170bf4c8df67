import type { DrawingBlock, DrawingShape } from '../../../shared/documents/model';
import { xmlSafeText } from '../../../shared/text/xml-chars';
import type { FontFamily } from '../fonts';
import { DOCUMENT_FONT_FAMILY } from '../fonts';
import { fontOf, textContours } from './glyphs';
import { encodePng } from './png';
import { Canvas, lineContour, rectContour, rgbOf } from './raster';

/**
 * A drawing as the images a DOCX carries: SVG (sharp at any zoom in Word 2016 and later) and a
 * PNG of the same drawing for applications that do not read SVG. Both are drawn from the block's
 * shapes, text in the document's font.
 */

/** Print resolution of the PNG: sharp on paper, about 100 KB for a page-wide chart. */
const PNG_DPI = 300;
const PX_PER_MM = PNG_DPI / 25.4;
const PT_TO_MM = 25.4 / 72;
const BLACK = '#000000';

function escapeXml(text: string): string {
  return xmlSafeText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const round = (n: number) => Math.round(n * 100) / 100;

const ANCHOR = { left: 'start', center: 'middle', right: 'end' } as const;

function svgShape(shape: DrawingShape): string {
  switch (shape.type) {
    case 'rect': {
      const stroke = shape.stroke ? ` stroke="${shape.stroke}" stroke-width="${round(shape.strokeWidth ?? 0.2)}"` : '';
      return (
        `<rect x="${round(shape.x)}" y="${round(shape.y)}" width="${round(shape.width)}" ` +
        `height="${round(shape.height)}" fill="${shape.fill ?? 'none'}"${stroke}/>`
      );
    }
    case 'line':
      return (
        `<line x1="${round(shape.x1)}" y1="${round(shape.y1)}" x2="${round(shape.x2)}" y2="${round(shape.y2)}" ` +
        `stroke="${shape.stroke}" stroke-width="${round(shape.width)}"/>`
      );
    case 'text':
      return (
        `<text x="${round(shape.x)}" y="${round(shape.y)}" font-size="${round(shape.size * PT_TO_MM)}"` +
        `${shape.bold ? ' font-weight="bold"' : ''} text-anchor="${ANCHOR[shape.align ?? 'left']}" ` +
        `fill="${shape.color ?? BLACK}">${escapeXml(shape.text)}</text>`
      );
  }
}

/** The drawing as SVG in mm (its viewBox is the block's size). */
export function drawingSvg(block: DrawingBlock): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${block.width}mm" height="${block.height}mm" ` +
    `viewBox="0 0 ${block.width} ${block.height}" font-family="${DOCUMENT_FONT_FAMILY}, Arial, sans-serif">` +
    `<rect x="0" y="0" width="${block.width}" height="${block.height}" fill="#FFFFFF"/>` +
    block.shapes.map(svgShape).join('') +
    '</svg>'
  );
}

/** The drawing as a PNG at `PNG_DPI`, text drawn from the font's own outlines. */
export function drawingPng(block: DrawingBlock, fonts: FontFamily): Buffer {
  const canvas = new Canvas(Math.ceil(block.width * PX_PER_MM), Math.ceil(block.height * PX_PER_MM));
  const px = (mm: number) => mm * PX_PER_MM;
  for (const shape of block.shapes) {
    switch (shape.type) {
      case 'rect': {
        const outline = rectContour(px(shape.x), px(shape.y), px(shape.width), px(shape.height));
        if (shape.fill) canvas.fill([outline], rgbOf(shape.fill));
        if (shape.stroke) {
          const w = Math.max(1, px(shape.strokeWidth ?? 0.2));
          const inner = rectContour(
            px(shape.x) + w,
            px(shape.y) + w,
            px(shape.width) - 2 * w,
            px(shape.height) - 2 * w,
          );
          // The inner rectangle runs the other way round, so non-zero winding leaves it empty.
          canvas.fill([outline, [...inner].reverse()], rgbOf(shape.stroke));
        }
        break;
      }
      case 'line':
        canvas.fill(
          [lineContour(px(shape.x1), px(shape.y1), px(shape.x2), px(shape.y2), Math.max(1, px(shape.width)))],
          rgbOf(shape.stroke),
        );
        break;
      case 'text': {
        const font = fontOf(shape.bold ? fonts.bold : fonts.regular);
        const size = px(shape.size * PT_TO_MM);
        const glyphs = textContours(font, shape.text, size, px(shape.x), px(shape.y), shape.align ?? 'left');
        for (const glyph of glyphs) canvas.fill(glyph, rgbOf(shape.color ?? BLACK));
        break;
      }
    }
  }
  return encodePng(canvas.width, canvas.height, canvas.pixels, PNG_DPI);
}
