import type { Figure } from '../figure';
import { planDocumentSeconds } from './pdf-plan3000';

export const docxPlan3000: Figure = {
  id: 'docx.plan3000',
  label: 'Action-plan matrix of 3,000 rows as DOCX (documents.plan, worker thread)',
  unit: 's',
  budget: 1.5,
  runs: 3,
  sample: () => planDocumentSeconds('docx'),
};
