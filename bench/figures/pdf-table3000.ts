import { timeSeconds, type Figure } from '../figure';
import { bareDocumentFloor } from '../floors/bare-document';
import { matrixModel } from '../support/documents';
import { renderDocument } from '../support/documents-render';

/**
 * Sizes the engine for the action-plan matrix: 3,000 rows × 11 columns, landscape F4, header
 * repeated on every page, a totals row and page numbers.
 */
export const pdfTable3000: Figure = {
  id: 'pdf.table3000',
  label: 'Landscape F4 table, 3,000 rows × 11 columns, PDF',
  unit: 's',
  budget: 2,
  ratioBudget: 3,
  runs: 5,
  floor: bareDocumentFloor('pdf', () => matrixModel(3000)),
  sample: async () => {
    const model = matrixModel(3000);
    await renderDocument('pdf', matrixModel(1));
    return timeSeconds(() => renderDocument('pdf', model));
  },
};
