import type { Figure } from '../figure';
import { tableMemory } from './pdf-table3000-mem';

export const docxTable3000Memory: Figure = {
  id: 'docx.table3000.mem',
  label: 'Extra peak memory, 3,000-row table as DOCX',
  unit: 'MB',
  budget: 300,
  ratioBudget: 3,
  runs: 3,
  floor: { label: 'the same cells as a bare table with docx', sample: async () => tableMemory('docx', 'bare') },
  sample: async () => tableMemory('docx'),
};
