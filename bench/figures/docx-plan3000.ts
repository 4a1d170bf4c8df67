import type { Figure } from '../figure';
import { bareDocumentFloor } from '../floors/bare-document';
import { planMatrixModel } from '../support/plan-bench';
import { planDocumentSeconds } from './pdf-plan3000';

export const docxPlan3000: Figure = {
  id: 'docx.plan3000',
  label: 'Action-plan matrix of 3,000 rows as DOCX (documents.plan, worker thread)',
  unit: 's',
  budget: 1.5,
  ratioBudget: 3,
  runs: 5,
  floor: bareDocumentFloor('docx', planMatrixModel),
  sample: () => planDocumentSeconds('docx'),
};
