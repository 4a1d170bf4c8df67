import { timeSeconds, type Figure } from '../figure';
import { bareDocumentFloor } from '../floors/bare-document';
import { matrixModel } from '../support/documents';
import { renderDocument } from '../support/documents-render';

/**
 * Sizes the engine for the action-plan matrix: 3,000 rows × 11 columns, landscape F4, header
 * repeated on every page, a totals row and page numbers.
 */
export const docxTable3000: Figure = {
  id: 'docx.table3000',
  label: 'Landscape F4 table, 3,000 rows × 11 columns, DOCX',
  unit: 's',
  budget: 1.5,
  ratioBudget: 3,
  runs: 5,
  floor: bareDocumentFloor('docx', () => matrixModel(3000)),
  sample: async () => {
    const model = matrixModel(3000);
    await renderDocument('docx', matrixModel(1));
    return timeSeconds(() => renderDocument('docx', model));
  },
};
