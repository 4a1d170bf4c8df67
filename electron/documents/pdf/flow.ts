import type PDFDocument from 'pdfkit';
import { mmToPt, sheetMm } from '../../../shared/documents/geometry';
import { lineHeightMm } from '../../../shared/documents/layout';
import type { DocumentModel, Indent } from '../../../shared/documents/model';
import { TextMeasure, type FontKey } from './text';

/**
 * The cursor of a document being drawn: blocks ask for room with `ensure` and move `y` down;
 * a block that does not fit starts a new page. Each new page gets the watermark first, so that
 * the text is drawn over it.
 */
export class Flow {
  readonly left: number;
  readonly width: number;
  readonly top: number;
  readonly bottom: number;
  readonly sheet: { width: number; height: number };
  readonly measure: TextMeasure;
  y = 0;
  /** Pages begun so far. */
  pages = 0;
  /** Points left on the page under the last table drawn, before the space after it. */
  roomUnderLastTable: number | null = null;

  constructor(
    readonly doc: PDFDocument,
    readonly model: DocumentModel,
    faces: Record<FontKey, string>,
  ) {
    const sheet = sheetMm(model.page);
    const { margins } = model.page;
    this.sheet = { width: mmToPt(sheet.width), height: mmToPt(sheet.height) };
    this.left = mmToPt(margins.left);
    this.top = mmToPt(margins.top);
    this.width = mmToPt(sheet.width - margins.left - margins.right);
    this.bottom = this.sheet.height - mmToPt(margins.bottom);
    this.measure = new TextMeasure(doc, faces);
  }

  get right(): number {
    return this.left + this.width;
  }

  lineHeight(size: number): number {
    return mmToPt(lineHeightMm(size));
  }

  indent(indent: Indent | undefined): number {
    if (indent === 'half') return this.width / 2;
    return mmToPt(indent ?? 0);
  }

  newPage(): void {
    const { margins } = this.model.page;
    this.doc.addPage({
      size: [this.sheet.width, this.sheet.height],
      margins: { top: mmToPt(margins.top), right: mmToPt(margins.right), bottom: 0, left: this.left },
    });
    if (this.model.watermark) this.watermark(this.model.watermark);
    this.y = this.top;
    this.pages++;
  }

  /** Starts a new page unless `height` points still fit; at the top of a page anything goes. */
  ensure(height: number): void {
    if (this.y + height > this.bottom && this.y > this.top) this.newPage();
  }

  /** Vertical space, mm; dropped at the top of a page. */
  space(mm: number | undefined): void {
    if (!mm || this.y <= this.top) return;
    this.y = Math.min(this.y + mmToPt(mm), this.bottom);
  }

  /**
   * The watermark is drawn as the glyphs' outlines, not as text: diagonal letters in the text
   * layer break the lines they cross into fragments for a reader that copies or extracts text.
   */
  private watermark(text: string): void {
    const size = Math.min(this.sheet.width, this.sheet.height) / 3.2;
    const font = this.measure.use('bold', size)._font.font;
    const scale = size / font.unitsPerEm;
    const run = font.layout(text);
    const cx = this.sheet.width / 2;
    const cy = this.sheet.height / 2;
    const baseline = cy - size * 0.6 + font.ascent * scale;
    const angle = (-Math.atan2(this.sheet.height, this.sheet.width) * 180) / Math.PI;
    this.doc
      .save()
      .rotate(angle, { origin: [cx, cy] })
      .fillColor('#000000', 0.1);
    let x = cx - (run.advanceWidth * scale) / 2;
    run.glyphs.forEach((glyph, index) => {
      const position = run.positions[index];
      const dx = (position?.xOffset ?? 0) * scale;
      const dy = (position?.yOffset ?? 0) * scale;
      this.doc.path(glyph.path.transform(scale, 0, 0, -scale, x + dx, baseline - dy).toSVG()).fill();
      x += (position?.xAdvance ?? 0) * scale;
    });
    this.doc.restore();
    this.doc.fillColor('#000000', 1);
  }
}
