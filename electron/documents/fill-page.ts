import type { DocumentModel } from '../../shared/documents/model';
import type { FontFamily } from './fonts';

/** Kept free under the last row, mm: Word may lay a row out a little taller than the PDF does. */
const SLACK_MM = 1.5;

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
  const { roomUnderLastTableMm } = await import('./pdf');
  const room = await roomUnderLastTableMm(model, fonts);
  const extra = room === null ? 0 : Math.floor((room - SLACK_MM) / rowHeightMm);
  return extra > 0 ? build(asked + extra) : model;
}
