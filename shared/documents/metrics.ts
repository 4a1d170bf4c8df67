/**
 * Advance widths (1/1000 em) of printable ASCII in Liberation Sans, the same as Arial's. Both
 * renderers size label columns, list markers and signature lines from these, so DOCX tab stops
 * and PDF positions agree without either renderer measuring text on its own.
 */
const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556,
  556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334,
  260, 334, 584,
];
const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833,
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611,
  556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389,
  280, 389, 584,
];
/** Letters outside ASCII are mostly accented Latin, about as wide as an `n`. */
const OTHER = 556;

/** Line height as a multiple of the font size: the font's ascent + descent + gap, Word's "single". */
export const LINE_HEIGHT = 1.15;

/** Width of `text` in millimetres at `size` points. */
export function textWidthMm(text: string, size: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let units = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    // A no-break space is as wide as a space.
    const index = code === 0xa0 ? 0 : code - 32;
    units += (index >= 0 && index < 95 ? table[index] : OTHER) ?? OTHER;
  }
  return (units / 1000) * size * (25.4 / 72);
}

/**
 * Width in millimetres at `size` points of the widest word of `text` (words end at spaces and line
 * breaks), or of its widest line when `wholeLines`: what a table column needs so that no word is
 * broken inside. One pass over the text, for tables of thousands of rows.
 */
export function widestWordMm(text: string, size: number, bold = false, wholeLines = false): number {
  const table = bold ? BOLD : REGULAR;
  let widest = 0;
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (!wholeLines && (code === 32 || code === 9 || code === 13))) {
      if (units > widest) widest = units;
      units = 0;
      continue;
    }
    // The second half of a surrogate pair: the character was counted with its first half.
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    const index = code === 0xa0 ? 0 : code - 32;
    units += (index >= 0 && index < 95 ? table[index] : OTHER) ?? OTHER;
  }
  return ((units > widest ? units : widest) / 1000) * size * (25.4 / 72);
}
