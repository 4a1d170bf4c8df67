import type { Figure } from '../figure';
import { tableMemory } from './pdf-table3000-mem';

export const docxTable3000Memory: Figure = {
  id: 'docx.table3000.mem',
  label: 'Extra peak memory, 3,000-row table as DOCX',
  unit: 'MB',
  budget: 300,
  runs: 3,
  sample: async () => tableMemory('docx'),
};
