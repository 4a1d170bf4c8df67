import PDFDocument from 'pdfkit';
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

/**
 * Draws a document model as PDF with pdfkit (the engine under @react-pdf/renderer), embedding
 * the bundled font family. Layout is our own (./pdf): measured, so that tables repeat their
 * header rows and keep rows whole, and fast enough for thousands of rows (docs/documents.md).
 */
export function renderPdf(model: DocumentModel, fonts: FontFamily): Promise<Buffer> {
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
    info: { Title: model.title, Creator: 'Sirakor', Producer: 'Sirakor' },
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
  model.body.forEach((block, index) => {
    if (keepsWithNext(block) && !keepsWithNext(model.body[index - 1])) flow.ensure(keptHeight(flow, model.body, index));
    drawBlock(flow, block);
  });
  if (model.pageNumbers) drawPageNumbers(flow);
  doc.end();
  return done;
}
