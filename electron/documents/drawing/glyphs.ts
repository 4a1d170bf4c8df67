import { create, type Font, type PathCommand } from 'fontkit';
import type { Contour, Point } from './raster';

/** Parsed fonts by their bytes: parsing a TTF takes a few milliseconds, charts draw dozens of labels. */
const parsed = new WeakMap<Uint8Array, Font>();

export function fontOf(bytes: Uint8Array): Font {
  let font = parsed.get(bytes);
  if (!font) {
    font = create(bytes);
    parsed.set(bytes, font);
  }
  return font;
}

/** Segments a curve is cut into: more for bigger glyphs, so curves stay smooth at any size. */
function segmentsFor(sizePx: number): number {
  return Math.min(16, Math.max(3, Math.round(sizePx / 6)));
}

function flatten(commands: readonly PathCommand[], map: (x: number, y: number) => Point, segments: number): Contour[] {
  const contours: Point[][] = [];
  let current: Point[] = [];
  let pen: [number, number] = [0, 0];
  const close = () => {
    if (current.length > 2) contours.push(current);
    current = [];
  };
  for (const { command, args } of commands) {
    const a = args as [number, number, number, number, number, number];
    switch (command) {
      case 'moveTo':
        close();
        pen = [a[0], a[1]];
        current.push(map(a[0], a[1]));
        break;
      case 'lineTo':
        pen = [a[0], a[1]];
        current.push(map(a[0], a[1]));
        break;
      case 'quadraticCurveTo':
        for (let i = 1; i <= segments; i++) {
          const t = i / segments;
          const u = 1 - t;
          current.push(
            map(u * u * pen[0] + 2 * u * t * a[0] + t * t * a[2], u * u * pen[1] + 2 * u * t * a[1] + t * t * a[3]),
          );
        }
        pen = [a[2], a[3]];
        break;
      case 'bezierCurveTo':
        for (let i = 1; i <= segments; i++) {
          const t = i / segments;
          const u = 1 - t;
          const x = u * u * u * pen[0] + 3 * u * u * t * a[0] + 3 * u * t * t * a[2] + t * t * t * a[4];
          const y = u * u * u * pen[1] + 3 * u * u * t * a[1] + 3 * u * t * t * a[3] + t * t * t * a[5];
          current.push(map(x, y));
        }
        pen = [a[4], a[5]];
        break;
      case 'closePath':
        close();
        break;
    }
  }
  close();
  return contours;
}

/**
 * The outlines of one line of text in pixels, glyph by glyph (filled one at a time, each glyph
 * crosses a scan line a few times instead of the whole line's hundreds): `x` is where the `align`
 * end of the text stands, `baseline` its baseline, `sizePx` the em size. Kerning and ligatures are
 * the font's (fontkit's layout).
 */
export function textContours(
  font: Font,
  text: string,
  sizePx: number,
  x: number,
  baseline: number,
  align: 'left' | 'center' | 'right',
): Contour[][] {
  const run = font.layout(text);
  const scale = sizePx / font.unitsPerEm;
  const width = run.advanceWidth * scale;
  let penX = align === 'center' ? x - width / 2 : align === 'right' ? x - width : x;
  const segments = segmentsFor(sizePx);
  const glyphs: Contour[][] = [];
  run.glyphs.forEach((glyph, index) => {
    const position = run.positions[index];
    const originX = penX + (position?.xOffset ?? 0) * scale;
    const originY = baseline - (position?.yOffset ?? 0) * scale;
    const map = (gx: number, gy: number): Point => [originX + gx * scale, originY - gy * scale];
    const contours = flatten(glyph.path.commands, map, segments);
    if (contours.length) glyphs.push(contours);
    penX += (position?.xAdvance ?? 0) * scale;
  });
  return glyphs;
}
