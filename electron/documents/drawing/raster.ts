/**
 * A small anti-aliased rasteriser for the DOCX's PNG charts: filled polygons (rectangles, lines
 * as thin quadrilaterals, glyph outlines) on a white RGB canvas, non-zero winding, coverage
 * computed exactly across each row and from a few sub-rows down it. Enough for bar charts and
 * their labels; nothing here is a general graphics library.
 */

export type Point = readonly [number, number];
export type Contour = readonly Point[];
export type Rgb = readonly [number, number, number];

/** Sub-rows sampled per pixel row: 5 gives 6 levels of vertical coverage, smooth enough for text. */
const SUB_ROWS = 5;

interface Edge {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** +1 going down, −1 going up. */
  winding: number;
}

export class Canvas {
  readonly pixels: Uint8Array;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.pixels = new Uint8Array(width * height * 3).fill(255);
  }

  /** Fills the area inside `contours` (non-zero winding) with `color`. */
  fill(contours: readonly Contour[], color: Rgb): void {
    const edges: Edge[] = [];
    let top = Infinity;
    let bottom = -Infinity;
    let left = Infinity;
    let right = -Infinity;
    for (const contour of contours) {
      for (let i = 0; i < contour.length; i++) {
        const [x0, y0] = contour[i] as Point;
        const [x1, y1] = contour[(i + 1) % contour.length] as Point;
        left = Math.min(left, x0);
        right = Math.max(right, x0);
        if (y0 === y1) continue;
        edges.push(y0 < y1 ? { x0, y0, x1, y1, winding: 1 } : { x0: x1, y0: y1, x1: x0, y1: y0, winding: -1 });
        top = Math.min(top, y0, y1);
        bottom = Math.max(bottom, y0, y1);
      }
    }
    if (!edges.length) return;
    const firstRow = Math.max(0, Math.floor(top));
    const lastRow = Math.min(this.height - 1, Math.ceil(bottom));
    const firstColumn = Math.max(0, Math.floor(left));
    const lastColumn = Math.min(this.width - 1, Math.ceil(right));
    if (firstRow > lastRow || firstColumn > lastColumn) return;
    // Edges enter the active list as the scan reaches their top and leave it past their bottom:
    // a glyph's many short segments are looked at only on the rows they cross.
    edges.sort((a, b) => a.y0 - b.y0);
    let next = 0;
    const active: Edge[] = [];
    const coverage = new Float32Array(lastColumn - firstColumn + 2);
    const xs = new Float64Array(edges.length);
    const windings = new Int8Array(edges.length);
    for (let row = firstRow; row <= lastRow; row++) {
      coverage.fill(0);
      let touched = false;
      for (let sub = 0; sub < SUB_ROWS; sub++) {
        const y = row + (sub + 0.5) / SUB_ROWS;
        while (next < edges.length && (edges[next] as Edge).y0 <= y) active.push(edges[next++] as Edge);
        let count = 0;
        for (let i = 0; i < active.length; i++) {
          const edge = active[i] as Edge;
          if (edge.y1 <= y) {
            // Past its bottom: swapped out of the list for good.
            active[i--] = active[active.length - 1] as Edge;
            active.pop();
            continue;
          }
          const x = edge.x0 + ((y - edge.y0) / (edge.y1 - edge.y0)) * (edge.x1 - edge.x0);
          // Insertion by x: a row crosses a handful of edges.
          let at = count++;
          while (at > 0 && (xs[at - 1] as number) > x) {
            xs[at] = xs[at - 1] as number;
            windings[at] = windings[at - 1] as number;
            at--;
          }
          xs[at] = x;
          windings[at] = edge.winding;
        }
        let winding = 0;
        for (let i = 0; i < count - 1; i++) {
          winding += windings[i] as number;
          if (winding === 0) continue;
          const from = Math.max(firstColumn, xs[i] as number);
          const to = Math.min(lastColumn + 1, xs[i + 1] as number);
          if (to <= from) continue;
          touched = true;
          const first = Math.floor(from);
          const last = Math.ceil(to) - 1;
          if (first === last) {
            coverage[first - firstColumn] = (coverage[first - firstColumn] ?? 0) + (to - from) / SUB_ROWS;
            continue;
          }
          coverage[first - firstColumn] = (coverage[first - firstColumn] ?? 0) + (first + 1 - from) / SUB_ROWS;
          for (let column = first + 1; column < last; column++) {
            coverage[column - firstColumn] = (coverage[column - firstColumn] ?? 0) + 1 / SUB_ROWS;
          }
          coverage[last - firstColumn] = (coverage[last - firstColumn] ?? 0) + (to - last) / SUB_ROWS;
        }
      }
      if (touched) this.blendRow(row, firstColumn, lastColumn, coverage, color);
    }
  }

  private blendRow(row: number, first: number, last: number, coverage: Float32Array, color: Rgb): void {
    const { pixels } = this;
    for (let column = first; column <= last; column++) {
      const alpha = Math.min(1, coverage[column - first] ?? 0);
      if (alpha <= 0) continue;
      const at = (row * this.width + column) * 3;
      for (let channel = 0; channel < 3; channel++) {
        const was = pixels[at + channel] ?? 255;
        pixels[at + channel] = Math.round(was + ((color[channel] ?? 0) - was) * alpha);
      }
    }
  }
}

/** `#RRGGBB` as three bytes. */
export function rgbOf(color: string): Rgb {
  const value = Number.parseInt(color.replace('#', ''), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** A rectangle as a contour, clockwise on screen. */
export function rectContour(x: number, y: number, width: number, height: number): Contour {
  return [
    [x, y],
    [x + width, y],
    [x + width, y + height],
    [x, y + height],
  ];
}

/** A straight line of `width` as the quadrilateral around it. */
export function lineContour(x1: number, y1: number, x2: number, y2: number, width: number): Contour {
  const length = Math.hypot(x2 - x1, y2 - y1) || 1;
  const nx = (-(y2 - y1) / length) * (width / 2);
  const ny = ((x2 - x1) / length) * (width / 2);
  return [
    [x1 + nx, y1 + ny],
    [x2 + nx, y2 + ny],
    [x2 - nx, y2 - ny],
    [x1 - nx, y1 - ny],
  ];
}
