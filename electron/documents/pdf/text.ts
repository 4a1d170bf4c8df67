import type PDFDocument from 'pdfkit';
import type { Align, TextRun } from '../../../shared/documents/model';

/** Font names registered on every document (see ./document.ts). */
export type FontKey = 'regular' | 'bold' | 'italic' | 'boldItalic';

function fontKeyOf(run: Pick<TextRun, 'bold' | 'italic'>): FontKey {
  if (run.bold) return run.italic ? 'boldItalic' : 'bold';
  return run.italic ? 'italic' : 'regular';
}

interface Piece {
  text: string;
  font: FontKey;
  underline: boolean;
  width: number;
}

/** Runs with no space between them (`Rp` bold + `1.000`) wrap as one word. */
type Word = Piece[];

export interface Line {
  pieces: { piece: Piece; x: number; space: boolean }[];
  width: number;
  spaces: number;
  /** The last line of a paragraph, or one ended by `\n`: never justified. */
  last: boolean;
}

/**
 * Measures and wraps text runs on pdfkit's own font metrics. Widths are cached per document:
 * long tables repeat the same words (institutions, months, amounts) thousands of times.
 */
export class TextMeasure {
  private readonly widths = new Map<string, number>();

  /** `faces` are the pdfkit font names of the four faces (see ../pdf.ts). */
  constructor(
    readonly doc: PDFDocument,
    private readonly faces: Record<FontKey, string>,
  ) {}

  /** Makes `font` at `size` the document's current font. */
  use(font: FontKey, size: number): PDFDocument {
    return this.doc.font(this.faces[font]).fontSize(size);
  }

  width(text: string, font: FontKey, size: number): number {
    const key = `${font}\u0000${size}\u0000${text}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      width = this.use(font, size).widthOfString(text);
      this.widths.set(key, width);
    }
    return width;
  }

  /** Breaks runs into lines no wider than `maxWidth` points; `firstIndent` narrows the first line. */
  wrap(runs: readonly TextRun[], size: number, maxWidth: number, firstIndent = 0): Line[] {
    const lines: Line[] = [];
    let line = this.emptyLine();
    let limit = maxWidth - firstIndent;
    let pendingSpace: Piece | null = null;
    const finish = (last: boolean): void => {
      line.last = last;
      lines.push(line);
      line = this.emptyLine();
      limit = maxWidth;
      pendingSpace = null;
    };
    const place = (word: Word): void => {
      const wordWidth = word.reduce((sum, piece) => sum + piece.width, 0);
      const spaceWidth = line.pieces.length && pendingSpace ? pendingSpace.width : 0;
      if (line.pieces.length && line.width + spaceWidth + wordWidth > limit) finish(false);
      if (line.pieces.length && pendingSpace) this.push(line, pendingSpace, true);
      pendingSpace = null;
      if (!line.pieces.length && wordWidth > limit) {
        for (const part of this.splitLong(word, size, limit)) {
          if (line.pieces.length) finish(false);
          for (const piece of part) this.push(line, piece, false);
        }
        return;
      }
      for (const piece of word) this.push(line, piece, false);
    };

    let word: Word = [];
    for (const run of runs) {
      const font = fontKeyOf(run);
      const underline = run.underline ?? false;
      for (const token of run.text.split(/(\n| +)/)) {
        if (token === '') continue;
        if (token === '\n' || token.startsWith(' ')) {
          if (word.length) place(word);
          word = [];
          if (token === '\n') finish(true);
          else pendingSpace = { text: ' ', font, underline, width: this.width(' ', font, size) };
          continue;
        }
        word.push({ text: token, font, underline, width: this.width(token, font, size) });
      }
    }
    if (word.length) place(word);
    if (line.pieces.length || !lines.length || lines[lines.length - 1]?.last) finish(true);
    const lastLine = lines[lines.length - 1];
    if (lastLine) lastLine.last = true;
    return lines;
  }

  private emptyLine(): Line {
    return { pieces: [], width: 0, spaces: 0, last: false };
  }

  private push(line: Line, piece: Piece, space: boolean): void {
    line.pieces.push({ piece, x: line.width, space });
    line.width += piece.width;
    if (space) line.spaces++;
  }

  /** A word wider than the column (a long e-mail address) is cut between characters. */
  private splitLong(word: Word, size: number, limit: number): Word[] {
    const parts: Word[] = [];
    let part: Word = [];
    let width = 0;
    for (const piece of word) {
      let chunk = '';
      for (const char of piece.text) {
        const charWidth = this.width(char, piece.font, size);
        if (width + charWidth > limit && (chunk || part.length)) {
          if (chunk) part.push({ ...piece, text: chunk, width: this.width(chunk, piece.font, size) });
          parts.push(part);
          part = [];
          chunk = '';
          width = 0;
        }
        chunk += char;
        width += charWidth;
      }
      if (chunk) part.push({ ...piece, text: chunk, width: this.width(chunk, piece.font, size) });
    }
    if (part.length) parts.push(part);
    return parts;
  }
}

/** Draws one run of text at a point, with the underline pdfkit would only draw for wrapped text. */
function drawPiece(
  measure: TextMeasure,
  text: string,
  font: FontKey,
  size: number,
  x: number,
  y: number,
  underline: number | null,
): void {
  const doc = measure.use(font, size).text(text, x, y, { lineBreak: false });
  if (underline !== null) {
    const lineY = y + size * 1.02;
    doc
      .lineWidth(Math.max(0.5, size / 16))
      .moveTo(x, lineY)
      .lineTo(x + underline, lineY)
      .stroke();
  }
}

/**
 * Draws wrapped lines from `top`; returns the height used. Consecutive pieces in one font are
 * written with one text operation; on justified lines every word is placed on its own.
 */
export function drawLines(
  measure: TextMeasure,
  lines: readonly Line[],
  options: {
    x: number;
    top: number;
    width: number;
    size: number;
    lineHeight: number;
    align: Align;
    firstIndent?: number;
  },
): number {
  let y = options.top;
  lines.forEach((line, index) => {
    const indent = index === 0 ? (options.firstIndent ?? 0) : 0;
    const room = options.width - indent - line.width;
    const justify = options.align === 'justify' && !line.last && line.spaces > 0;
    const extra = justify ? room / line.spaces : 0;
    let start = options.x + indent;
    if (options.align === 'center') start += room / 2;
    if (options.align === 'right') start += room;
    let spacesSoFar = 0;
    let i = 0;
    while (i < line.pieces.length) {
      const first = line.pieces[i] as Line['pieces'][number];
      let text = first.piece.text;
      let width = first.piece.width;
      let j = i + 1;
      for (; !justify && j < line.pieces.length; j++) {
        const next = line.pieces[j] as Line['pieces'][number];
        if (next.piece.font !== first.piece.font || next.piece.underline !== first.piece.underline) break;
        text += next.piece.text;
        width += next.piece.width;
      }
      if (first.space) spacesSoFar++;
      const x = start + first.x + (first.space ? spacesSoFar - 1 : spacesSoFar) * extra;
      if (!(justify && first.space)) {
        drawPiece(measure, text, first.piece.font, options.size, x, y, first.piece.underline ? width : null);
      }
      i = j;
    }
    y += options.lineHeight;
  });
  return y - options.top;
}
