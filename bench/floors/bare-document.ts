import {
  Document,
  Footer,
  ImageRun,
  PageNumber,
  PageOrientation,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import PDFDocument from 'pdfkit';
import { DOCUMENT_FONT_FAMILY, loadFontFamily } from '../../electron/documents/fonts';
import { mmToPt, plainText, sheetMm } from '../../shared/documents/geometry';
import type {
  Block,
  DocumentModel,
  DrawingBlock,
  ImageBlock,
  PageSetup,
  TableRow as ModelRow,
} from '../../shared/documents/model';
import { timeSeconds, type Floor } from '../figure';
import { RESOURCES_DIR } from '../support/paths';

/**
 * The floor of the document figures: the same text drawn as a bare table with pdfkit, or written
 * as one with docx, with no document model and no layout rules (no repeated headers, rows kept
 * whole, spacing, emphasis, kop or watermark). Table rows stay rows of cells in the
 * table's column widths; a photo is placed as it is, fitted into its box (the same bytes to
 * decode and embed); a drawing (a chart) becomes the line of its texts, since the floor draws no
 * shapes; every other block becomes a line of text across the page. Both carry
 * the app's font as the app's files do: the PDF embeds the regular face (the glyphs it uses), the
 * DOCX the whole family; and both number the pages as the model asks (`Halaman x dari y`).
 */

/** A row of bordered cells (relative widths, one per cell, spans merged), a line of text, or a photo. */
export type BareItem = { kind: 'row'; widths: number[]; cells: string[] } | { kind: 'text'; text: string } | BareImage;

/** A photo's bytes and the size it is shown at, mm: its box, keeping the pixels' proportions. */
export interface BareImage {
  kind: 'image';
  bytes: Uint8Array;
  type: 'jpg' | 'png';
  width: number;
  height: number;
}

export interface BareDocument {
  page: PageSetup;
  fontSize: number;
  /** `Halaman x dari y` at the foot of each page: text the document carries, so the floor writes it too. */
  pageNumbers: boolean;
  items: BareItem[];
}

function rowOf(widths: readonly number[], row: ModelRow): BareItem {
  const merged: number[] = [];
  let column = 0;
  for (const cell of row.cells) {
    const span = cell.colSpan ?? 1;
    merged.push(widths.slice(column, column + span).reduce((sum, width) => sum + width, 0));
    column += span;
  }
  return { kind: 'row', widths: merged, cells: row.cells.map((cell) => plainText(cell.content)) };
}

function imageOf(block: ImageBlock): BareImage {
  const scale = Math.min(block.boxWidth / block.pixelWidth, block.boxHeight / block.pixelHeight);
  return {
    kind: 'image',
    bytes: block.bytes,
    type: block.type,
    width: block.pixelWidth * scale,
    height: block.pixelHeight * scale,
  };
}

/** The chart's labels and values in one line (its description when it has no text). */
function textOfDrawing(block: DrawingBlock): string {
  const texts = block.shapes.flatMap((shape) => (shape.type === 'text' ? [shape.text] : []));
  return texts.length ? texts.join(' ') : block.description;
}

function itemsOf(block: Block): BareItem[] {
  switch (block.kind) {
    case 'heading':
      return [{ kind: 'text', text: block.text }];
    case 'paragraph':
      return [{ kind: 'text', text: plainText(block.content) }];
    case 'fields':
      return block.rows.map((row) => ({ kind: 'text', text: `${row.label}: ${plainText(row.value)}` }));
    case 'list':
      return block.items.flatMap((item) => [
        { kind: 'text' as const, text: plainText(item.content) },
        ...(item.children ? itemsOf(item.children) : []),
      ]);
    case 'table': {
      const widths = block.columns.map((column) => column.width);
      return [...block.header, ...block.rows, ...(block.totals ?? [])].map((row) => rowOf(widths, row));
    }
    case 'signatures':
      return block.signatures.map((signature) => ({
        kind: 'text',
        text: [signature.placeDate, ...signature.heading, signature.name, signature.rank, signature.nip]
          .filter(Boolean)
          .join('\n'),
      }));
    case 'drawing':
      return [{ kind: 'text', text: textOfDrawing(block) }];
    case 'image':
      return [imageOf(block), ...(block.caption ? [{ kind: 'text' as const, text: plainText(block.caption) }] : [])];
    case 'pageBreak':
      return [];
  }
}

/** The model's text as bare items (not timed: the floor starts from the cells). */
export function bareDocumentOf(model: DocumentModel): BareDocument {
  const letterhead: BareItem[] = model.letterhead
    ? [
        {
          kind: 'text',
          text: [...model.letterhead.lines.map((line) => line.text), ...model.letterhead.contactLines].join('\n'),
        },
      ]
    : [];
  return {
    page: model.page,
    fontSize: model.fontSize,
    pageNumbers: model.pageNumbers,
    items: [...letterhead, ...model.body.flatMap(itemsOf)],
  };
}

const PAD = 2;

/** pdfkit's own text layout measures as well as draws (electron/documents/pdf/pdfkit.d.ts declares only what the app uses). */
type MeasuringDocument = PDFDocument & { heightOfString(text: string, options?: { width?: number }): number };

/** The cells drawn with pdfkit's own text layout, one bordered row after another, in the embedded font. */
export function drawBarePdf(bare: BareDocument): Promise<Buffer> {
  const sheet = sheetMm(bare.page);
  const margins = bare.page.margins;
  const doc = new PDFDocument({
    size: [mmToPt(sheet.width), mmToPt(sheet.height)],
    margins: {
      top: mmToPt(margins.top),
      right: mmToPt(margins.right),
      bottom: mmToPt(margins.bottom),
      left: mmToPt(margins.left),
    },
    font: loadFontFamily(RESOURCES_DIR).regular,
    compress: true,
    // "dari y" needs the page count: pdfkit keeps every page until then (its way to number pages).
    bufferPages: bare.pageNumbers,
  }) as MeasuringDocument;
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.fontSize(bare.fontSize);
  const left = mmToPt(margins.left);
  const width = mmToPt(sheet.width - margins.left - margins.right);
  const bottom = mmToPt(sheet.height - margins.bottom);
  let y = mmToPt(margins.top);
  for (const item of bare.items) {
    if (item.kind === 'image') {
      const [w, h] = [mmToPt(item.width), mmToPt(item.height)];
      if (y + h > bottom) {
        doc.addPage();
        y = mmToPt(margins.top);
      }
      doc.image(Buffer.from(item.bytes), left, y, { fit: [w, h] });
      y += h;
      continue;
    }
    const cells = item.kind === 'row' ? item.cells : [item.text];
    const total = item.kind === 'row' ? item.widths.reduce((sum, w) => sum + w, 0) : 1;
    const widths = item.kind === 'row' ? item.widths.map((w) => (w / total) * width) : [width];
    const heights = cells.map((text, i) => doc.heightOfString(text, { width: (widths[i] as number) - 2 * PAD }));
    const height = Math.max(...heights) + 2 * PAD;
    if (y + height > bottom) {
      doc.addPage();
      y = mmToPt(margins.top);
    }
    let x = left;
    cells.forEach((text, i) => {
      const cellWidth = widths[i] as number;
      doc.text(text, x + PAD, y + PAD, { width: cellWidth - 2 * PAD });
      if (item.kind === 'row') doc.rect(x, y, cellWidth, height).stroke();
      x += cellWidth;
    });
    y += height;
  }
  if (bare.pageNumbers) {
    const { start, count } = doc.bufferedPageRange();
    for (let index = start; index < start + count; index++) {
      doc.switchToPage(index);
      // Writing in the bottom margin: without this pdfkit would start a new page.
      doc.page.margins.bottom = 0;
      doc.text(`Halaman ${index - start + 1} dari ${count}`, left, bottom + PAD, { width, align: 'center' });
    }
  }
  doc.end();
  return done;
}

const TWIPS_PER_MM = 1440 / 25.4;

const PIXELS_PER_MM = 96 / 25.4;

function imageRun(image: BareImage): ImageRun {
  return new ImageRun({
    type: image.type,
    data: image.bytes,
    transformation: {
      width: Math.round(image.width * PIXELS_PER_MM),
      height: Math.round(image.height * PIXELS_PER_MM),
    },
  });
}

function pageNumberRun(): TextRun {
  return new TextRun({ children: ['Halaman ', PageNumber.CURRENT, ' dari ', PageNumber.TOTAL_PAGES] });
}

function paragraphs(text: string): Paragraph[] {
  return text.split('\n').map((line) => new Paragraph({ text: line }));
}

/** The cells written as plain DOCX tables (one per run of rows) and paragraphs, with the docx library. */
export function writeBareDocx(bare: BareDocument): Promise<Buffer> {
  const sheet = sheetMm(bare.page);
  const children: (Paragraph | Table)[] = [];
  let rows: TableRow[] = [];
  const flush = () => {
    if (rows.length) children.push(new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }));
    rows = [];
  };
  for (const item of bare.items) {
    if (item.kind === 'text') {
      flush();
      children.push(...paragraphs(item.text));
      continue;
    }
    if (item.kind === 'image') {
      flush();
      children.push(new Paragraph({ children: [imageRun(item)] }));
      continue;
    }
    const total = item.widths.reduce((sum, w) => sum + w, 0);
    rows.push(
      new TableRow({
        children: item.cells.map(
          (text, i) =>
            new TableCell({
              children: paragraphs(text),
              width: { size: ((item.widths[i] as number) / total) * 100, type: WidthType.PERCENTAGE },
            }),
        ),
      }),
    );
  }
  flush();
  const margin = (mm: number) => Math.round(mm * TWIPS_PER_MM);
  const { regular, bold, italic, boldItalic } = loadFontFamily(RESOURCES_DIR);
  const doc = new Document({
    // The app's DOCX files carry the whole family (Word shows them as printed): the same bytes to
    // write, so the floor writes them too. It is most of the time of a short document.
    fonts: [{ name: DOCUMENT_FONT_FAMILY, data: regular, bold, italic, boldItalic }],
    styles: { default: { document: { run: { font: DOCUMENT_FONT_FAMILY, size: bare.fontSize * 2 } } } },
    sections: [
      {
        footers: bare.pageNumbers
          ? { default: new Footer({ children: [new Paragraph({ children: [pageNumberRun()] })] }) }
          : undefined,
        properties: {
          page: {
            // docx swaps the sides itself for a landscape page, so the portrait size goes in.
            size: {
              width: margin(Math.min(sheet.width, sheet.height)),
              height: margin(Math.max(sheet.width, sheet.height)),
              orientation: bare.page.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: {
              top: margin(bare.page.margins.top),
              right: margin(bare.page.margins.right),
              bottom: margin(bare.page.margins.bottom),
              left: margin(bare.page.margins.left),
            },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** The bare rendering of a model in one format. */
export function renderBare(format: 'pdf' | 'docx', bare: BareDocument): Promise<Buffer> {
  return format === 'pdf' ? drawBarePdf(bare) : writeBareDocx(bare);
}

/**
 * A document figure's floor: `model` (built once, not timed) drawn bare in `format`, after a
 * one-line warm-up as the figures do theirs (fonts and code loaded). Seconds.
 */
export function bareDocumentFloor(format: 'pdf' | 'docx', model: () => DocumentModel | Promise<DocumentModel>): Floor {
  let bare: BareDocument | null = null;
  return {
    label: `the same cells as a bare table with ${format === 'pdf' ? 'pdfkit' : 'docx'}`,
    async sample() {
      bare ??= bareDocumentOf(await model());
      const current = bare;
      await renderBare(format, { ...current, items: current.items.slice(0, 1) });
      return timeSeconds(() => renderBare(format, current));
    },
  };
}
