import PDFDocument from 'pdfkit';
import { mmToPt } from '../../shared/documents/geometry';
import type { Block, DocumentModel } from '../../shared/documents/model';
import type { FontFamily } from './fonts';
import { drawFields, drawHeading, drawList, drawParagraph, drawSignatures } from './pdf/blocks';
import { drawDrawing } from './pdf/drawing';
import { drawImage } from './pdf/image';
import { Flow } from './pdf/flow';
import { drawLetterhead } from './pdf/letterhead';
import { keepsWithNext, keptHeight } from './pdf/keep';
import { drawTable } from './pdf/table';
import { drawLines } from './pdf/text';

const PAGE_NUMBER_SIZE = 9;

function drawBlock(flow: Flow, block: Block): void {
  switch (block.kind) {
    case 'heading':
      return drawHeading(flow, block);
    case 'paragraph':
      return drawParagraph(flow, block);
    case 'fields':
      return drawFields(flow, block);
    case 'list':
      return drawList(flow, block);
    case 'table':
      return drawTable(flow, block);
    case 'signatures':
      return drawSignatures(flow, block);
    case 'pageBreak':
      return flow.newPage();
    case 'drawing':
      return drawDrawing(flow, block);
    case 'image':
      return drawImage(flow, block);
  }
}

/** `Halaman 2 dari 5`, centred in the bottom margin; written once the page count is known. */
function drawPageNumbers(flow: Flow): void {
  const { doc } = flow;
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index);
    const text = `Halaman ${index - start + 1} dari ${count}`;
    const y = flow.bottom + (flow.sheet.height - flow.bottom) / 2 - PAGE_NUMBER_SIZE / 2;
    const lines = flow.measure.wrap([{ text }], PAGE_NUMBER_SIZE, flow.width);
    drawLines(flow.measure, lines, {
      x: flow.left,
      top: y,
      width: flow.width,
      size: PAGE_NUMBER_SIZE,
      lineHeight: PAGE_NUMBER_SIZE,
      align: 'center',
    });
  }
}

/** Lays the document out and draws it; the caller ends the document. */
function drawDocument(
  model: DocumentModel,
  fonts: FontFamily,
  createdAt?: Date,
): { flow: Flow; done: Promise<Buffer>; lastBreakPage: () => number | null } {
  const doc = new PDFDocument({
    autoFirstPage: false,
    bufferPages: model.pageNumbers,
    // Setting our own default font keeps pdfkit from loading its Helvetica data files, which
    // cannot be found once the main process is bundled.
    font: fonts.regular,
    compress: true,
    pdfVersion: '1.7',
    lang: 'id-ID',
    displayTitle: true,
    info: {
      Title: model.title,
      Creator: 'Sirakor',
      Producer: 'Sirakor',
      ...(createdAt ? { CreationDate: createdAt } : {}),
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('bold', fonts.bold);
  doc.registerFont('italic', fonts.italic);
  doc.registerFont('boldItalic', fonts.boldItalic);
  // The regular face is the default font, which pdfkit keeps under its PostScript name. Registered
  // again under another name, pdfkit would find it equal to the default on every switch and
  // re-read the file each time without caching it (17 s for 3,000 table rows instead of 1).
  const faces = { regular: doc._font.name, bold: 'bold', italic: 'italic', boldItalic: 'boldItalic' };

  const flow = new Flow(doc, model, faces);
  flow.newPage();
  if (model.letterhead) drawLetterhead(flow, model.letterhead);
  let breakPage: number | null = null;
  model.body.forEach((block, index) => {
    if (keepsWithNext(block) && !keepsWithNext(model.body[index - 1])) flow.ensure(keptHeight(flow, model.body, index));
    drawBlock(flow, block);
    if (block.kind === 'pageBreak') breakPage = flow.pages;
  });
  return { flow, done, lastBreakPage: () => breakPage };
}

/**
 * Draws a document model as PDF with pdfkit (the engine under @react-pdf/renderer), embedding
 * the bundled font family. Layout is our own (./pdf): measured, so that tables repeat their
 * header rows and keep rows whole, and fast enough for thousands of rows (docs/documents.md).
 */
export function renderPdf(model: DocumentModel, fonts: FontFamily, createdAt?: Date): Promise<Buffer> {
  const { flow, done } = drawDocument(model, fonts, createdAt);
  if (model.pageNumbers) drawPageNumbers(flow);
  flow.doc.end();
  return done;
}

/** What the PDF layout found: what a report needs to fill a page or count an annex's sheets. */
interface LayoutFacts {
  pages: number;
  /** Room left on the page under the last row of the last table, mm; null without a table. */
  roomUnderLastTableMm: number | null;
  /** The page (1-based) that the last page break began; null without one. */
  pageAfterLastBreak: number | null;
}

/**
 * Lays a document out as the PDF is drawn and reports where things ended. Word and LibreOffice
 * paginate the DOCX of the same model alike (tests/node/documents/documents-measured.test.ts).
 */
export async function layoutFacts(model: DocumentModel, fonts: FontFamily): Promise<LayoutFacts> {
  const { flow, done, lastBreakPage } = drawDocument(model, fonts);
  flow.doc.end();
  await done;
  return {
    pages: flow.pages,
    roomUnderLastTableMm: flow.roomUnderLastTable === null ? null : flow.roomUnderLastTable / mmToPt(1),
    pageAfterLastBreak: lastBreakPage(),
  };
}
