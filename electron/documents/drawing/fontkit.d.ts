/**
 * The part of fontkit 2.0 (the font engine pdfkit 0.20.1 embeds fonts with) that the PNG charts
 * use to draw text: glyph outlines and their advances. fontkit ships no type declarations.
 */
declare module 'fontkit' {
  interface PathCommand {
    command: 'moveTo' | 'lineTo' | 'quadraticCurveTo' | 'bezierCurveTo' | 'closePath';
    args: number[];
  }

  interface Glyph {
    path: { commands: PathCommand[] };
  }

  interface GlyphPosition {
    xAdvance: number;
    yAdvance: number;
    xOffset: number;
    yOffset: number;
  }

  interface GlyphRun {
    glyphs: Glyph[];
    positions: GlyphPosition[];
    advanceWidth: number;
  }

  interface Font {
    unitsPerEm: number;
    layout(text: string): GlyphRun;
  }

  export function create(buffer: Uint8Array): Font;
}
