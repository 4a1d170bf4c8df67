import { formatDecimalId } from '../plans/numbers';
import { textWidthMm } from './metrics';
import type { DrawingBlock, DrawingShape } from './model';

/**
 * The dashboard's completion chart for print: one horizontal bar per group (sector, kecamatan,
 * institution), 0–100 % with grid lines every 25 %, each bar labelled with its percentage and
 * counts, so nothing is read from length or colour alone. Laid out here in mm on the shared text
 * metrics, so the PDF (vector) and the DOCX (image) draw the same picture.
 */

/**
 * Okabe–Ito colours, the dashboard's (renderer/features/home/chart-colors.ts) and the printed
 * charts': distinguishable with every common colour blindness and in greyscale print.
 */
export const CHART_COLORS = {
  done: '#009E73',
  open: '#0072B2',
  overdue: '#D55E00',
  due: '#56B4E9',
  neutral: '#999999',
} as const;

export interface RateBar {
  label: string;
  /** 0–1, or null when nothing counts (all cancelled). */
  rate: number | null;
  /** Printed after the percentage: `(2/3)`. */
  caption: string;
}

const LABEL_SIZE = 8;
const VALUE_SIZE = 8;
const AXIS_SIZE = 7;
const LINE_MM = 3.4;
const BAR_MM = 3.6;
const ROW_GAP_MM = 2.4;
const TOP_MM = 1.5;
const AXIS_MM = 5;
const GAP_MM = 2;
const TICKS = [0, 25, 50, 75, 100] as const;
const GRID = '#C8C8C8';
const AXIS = '#555555';
const TEXT = '#000000';
const CAPTION = '#444444';
/** A 0 % bar is still drawn this wide, so it reads as "0", not as "missing". */
const MIN_BAR_MM = 0.6;

const ELLIPSIS = '…';

/** The ellipsis is a full em wide in Liberation Sans; the shared metrics know ASCII only. */
const ellipsisMm = (size: number) => (size * 25.4) / 72;

/** Cuts `text` to fit `width` mm at `size`, ending it with an ellipsis. */
function fit(text: string, width: number, size: number): string {
  if (textWidthMm(text, size) <= width) return text;
  let cut = text;
  while (cut.length > 1 && textWidthMm(cut, size) + ellipsisMm(size) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}${ELLIPSIS}`;
}

/** The label in at most two lines of `width` mm; what does not fit ends in an ellipsis. */
export function labelLines(label: string, width: number, size = LABEL_SIZE): string[] {
  const words = label.trim().split(/\s+/);
  let first = '';
  let at = 0;
  for (; at < words.length; at++) {
    const candidate = first ? `${first} ${words[at]}` : (words[at] as string);
    if (first && textWidthMm(candidate, size) > width) break;
    first = candidate;
  }
  const rest = words.slice(at).join(' ');
  return rest ? [fit(first, width, size), fit(rest, width, size)] : [fit(first, width, size)];
}

/** `66,7%`: the percentage with the Indonesian decimal comma, or `–` when nothing counts. */
export function percentLabel(rate: number | null): string {
  return rate === null ? '–' : `${formatDecimalId(rate * 100, 1)}%`;
}

/**
 * Width of the label column for these bars in a chart `width` mm wide: as wide as the longest
 * label, at most a third of the chart (longer labels take two lines). Charts printed one under
 * another share the widest, so their bars start at the same place.
 */
export function chartLabelWidth(bars: readonly RateBar[], width: number): number {
  const widestLabel = Math.max(0, ...bars.map((bar) => textWidthMm(bar.label, LABEL_SIZE)));
  return Math.min(width * 0.34, Math.max(20, widestLabel + 1));
}

/** A completion chart `width` mm wide, as tall as its bars need. */
export function rateChart(
  bars: readonly RateBar[],
  width: number,
  description: string,
  labelWidth = chartLabelWidth(bars, width),
): DrawingBlock {
  const widestValue = Math.max(
    textWidthMm('100%', VALUE_SIZE, true),
    ...bars.map((bar) => textWidthMm(`${percentLabel(bar.rate)} ${bar.caption}`, VALUE_SIZE, true)),
  );
  const plotLeft = labelWidth + GAP_MM;
  const plotWidth = width - plotLeft - GAP_MM - widestValue - 1;
  const shapes: DrawingShape[] = [];
  const rows = bars.map((bar) => labelLines(bar.label, labelWidth));
  const heights = rows.map((lines) => Math.max(BAR_MM, lines.length * LINE_MM) + ROW_GAP_MM);
  const plotHeight = heights.reduce((sum, h) => sum + h, 0);
  const plotBottom = TOP_MM + plotHeight;

  for (const tick of TICKS) {
    const x = plotLeft + (plotWidth * tick) / 100;
    shapes.push({ type: 'line', x1: x, y1: TOP_MM, x2: x, y2: plotBottom, stroke: GRID, width: 0.15 });
    shapes.push({
      type: 'text',
      x,
      y: plotBottom + 3.2,
      text: `${tick}%`,
      size: AXIS_SIZE,
      align: 'center',
      color: AXIS,
    });
  }

  let y = TOP_MM;
  bars.forEach((bar, index) => {
    const lines = rows[index] as string[];
    const height = heights[index] as number;
    const middle = y + height / 2;
    const firstBaseline = middle - ((lines.length - 1) * LINE_MM) / 2 + LINE_MM * 0.35;
    lines.forEach((line, i) => {
      shapes.push({
        type: 'text',
        x: labelWidth,
        y: firstBaseline + i * LINE_MM,
        text: line,
        size: LABEL_SIZE,
        align: 'right',
        color: TEXT,
      });
    });
    const barWidth = bar.rate === null ? 0 : Math.max(MIN_BAR_MM, plotWidth * Math.min(1, Math.max(0, bar.rate)));
    if (bar.rate !== null) {
      shapes.push({
        type: 'rect',
        x: plotLeft,
        y: middle - BAR_MM / 2,
        width: barWidth,
        height: BAR_MM,
        fill: CHART_COLORS.done,
      });
    }
    const valueX = plotLeft + barWidth + 1.2;
    const value = percentLabel(bar.rate);
    shapes.push({ type: 'text', x: valueX, y: middle + 1.1, text: value, size: VALUE_SIZE, bold: true, color: TEXT });
    if (bar.caption) {
      shapes.push({
        type: 'text',
        x: valueX + textWidthMm(`${value} `, VALUE_SIZE, true),
        y: middle + 1.1,
        text: bar.caption,
        size: VALUE_SIZE,
        color: CAPTION,
      });
    }
    y += height;
  });
  shapes.push({ type: 'line', x1: plotLeft, y1: TOP_MM, x2: plotLeft, y2: plotBottom, stroke: AXIS, width: 0.25 });

  return { kind: 'drawing', width, height: plotBottom + AXIS_MM, shapes, description };
}
