import type { Figure } from '../figure';
import { planMemory } from './pdf-plan3000-mem';

export const docxPlan3000Memory: Figure = {
  id: 'docx.plan3000.mem',
  label: 'Extra peak memory, 3,000-row plan matrix as DOCX',
  unit: 'MB',
  budget: 300,
  ratioBudget: 3,
  runs: 3,
  floor: { label: 'the same cells as a bare table with docx', sample: async () => planMemory('docx', 'bare') },
  sample: async () => planMemory('docx'),
};
