import type { DocumentModel } from '../../shared/documents/model';
import type { FontFamily } from './fonts';

/**
 * Reports whose wording depends on the laid-out page: the host lays the document out once as the
 * PDF is drawn, then builds it again with what it found.
 */

/** Kept free under the last row, mm: Word may lay a row out a little taller than the PDF does. */
const SLACK_MM = 1.5;

const layoutFactsOf = async (model: DocumentModel, fonts: FontFamily) =>
  // pdfkit is loaded on the first document, not when the app starts.
  (await import('./pdf')).layoutFacts(model, fonts);

/**
 * The model with the blank rows asked for, and more until the last page is full: a row spilling
 * onto a new page makes a page of rows to sign on, never a sheet with one line. `build` makes the
 * model with a given number of blank rows, each `rowHeightMm` tall, at the end of its last table.
 */
export async function withBlankRowsFillingPage(
  build: (blankRows: number) => DocumentModel,
  asked: number,
  rowHeightMm: number,
  fonts: FontFamily,
): Promise<DocumentModel> {
  const model = build(asked);
  if (asked === 0) return model;
  const room = (await layoutFactsOf(model, fonts)).roomUnderLastTableMm;
  const extra = room === null ? 0 : Math.floor((room - SLACK_MM) / rowHeightMm);
  return extra > 0 ? build(asked + extra) : model;
}

/**
 * The model with its annex's real number of sheets: `build` makes it for a given count; the
 * annex is what follows the last page break. A model without one is returned as built.
 */
export async function withAnnexSheetsCounted(
  build: (annexSheets: number) => DocumentModel,
  fonts: FontFamily,
): Promise<DocumentModel> {
  const model = build(1);
  if (!model.body.some((block) => block.kind === 'pageBreak')) return model;
  const facts = await layoutFactsOf(model, fonts);
  const sheets = facts.pageAfterLastBreak === null ? 1 : facts.pages - facts.pageAfterLastBreak + 1;
  return sheets === 1 ? model : build(sheets);
}
