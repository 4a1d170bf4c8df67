/**
 * The part of pdfkit 0.20 that the PDF renderer uses. pdfkit ships no type declarations and
 * @types/pdfkit follows other versions; declaring what is called keeps the renderer type-checked
 * without another dependency.
 */
declare module 'pdfkit' {
  interface PageMargins {
    top: number;
    right: number;
    bottom: number;
    left: number;
  }

  interface PDFDocumentOptions {
    size?: [number, number];
    margins?: PageMargins;
    autoFirstPage?: boolean;
    bufferPages?: boolean;
    /** The default font; a TTF here keeps pdfkit from loading its built-in Helvetica. */
    font?: Uint8Array;
    compress?: boolean;
    pdfVersion?: '1.3' | '1.4' | '1.5' | '1.6' | '1.7';
    lang?: string;
    displayTitle?: boolean;
    info?: {
      Title?: string;
      Author?: string;
      Subject?: string;
      Creator?: string;
      Producer?: string;
      CreationDate?: Date;
    };
  }

  interface TextOptions {
    lineBreak?: boolean;
    underline?: boolean;
    wordSpacing?: number;
    width?: number;
    align?: 'left' | 'center' | 'right' | 'justify';
    /** Where `y` stands on the text: `alphabetic` puts the baseline there (drawings place text so). */
    baseline?: 'alphabetic' | 'top';
  }

  interface PDFPage {
    width: number;
    height: number;
    margins: PageMargins;
  }

  /** The fontkit font under an embedded font: glyph outlines for drawing text as shapes. */
  interface GlyphPath {
    transform(m0: number, m1: number, m2: number, m3: number, m4: number, m5: number): GlyphPath;
    toSVG(): string;
  }

  interface FontkitFont {
    unitsPerEm: number;
    ascent: number;
    layout(text: string): {
      advanceWidth: number;
      glyphs: { path: GlyphPath }[];
      positions: { xAdvance: number; xOffset: number; yOffset: number }[];
    };
  }

  class PDFDocument {
    constructor(options?: PDFDocumentOptions);
    page: PDFPage;
    /** The current font; right after construction, the default font. */
    _font: { name: string; font: FontkitFont };
    addPage(options?: { size?: [number, number]; margins?: PageMargins }): this;
    bufferedPageRange(): { start: number; count: number };
    switchToPage(index: number): PDFPage;
    registerFont(name: string, src: Uint8Array): this;
    font(name: string): this;
    fontSize(size: number): this;
    widthOfString(text: string): number;
    text(text: string, x: number, y: number, options?: TextOptions): this;
    image(
      src: Uint8Array,
      x: number,
      y: number,
      options?: { fit?: [number, number]; align?: 'center'; valign?: 'center' },
    ): this;
    save(): this;
    restore(): this;
    rotate(angle: number, options?: { origin?: [number, number] }): this;
    moveTo(x: number, y: number): this;
    lineTo(x: number, y: number): this;
    rect(x: number, y: number, width: number, height: number): this;
    /** An SVG path (`M 0 0 L …`), to fill or stroke. */
    path(d: string): this;
    lineWidth(width: number): this;
    stroke(color?: string): this;
    fill(color?: string): this;
    fillColor(color: string, opacity?: number): this;
    strokeColor(color: string): this;
    fillOpacity(opacity: number): this;
    on(event: 'data', listener: (chunk: Buffer) => void): this;
    on(event: 'end', listener: () => void): this;
    on(event: 'error', listener: (error: Error) => void): this;
    end(): void;
  }

  export default PDFDocument;
}
