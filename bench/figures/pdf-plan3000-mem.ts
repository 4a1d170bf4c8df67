import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Figure } from '../figure';
import { REPO_ROOT } from '../support/paths';

/** Peak memory growth of drawing the 3,000-row plan matrix, measured in a fresh Node process. */
export function planMemory(format: 'pdf' | 'docx'): number {
  const output = execFileSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', join(REPO_ROOT, 'bench', 'support', 'plan-documents-child.ts'), format],
    { cwd: REPO_ROOT, encoding: 'utf8' },
  );
  return (JSON.parse(output) as { extraMb: number }).extraMb;
}

export const pdfPlan3000Memory: Figure = {
  id: 'pdf.plan3000.mem',
  label: 'Extra peak memory, 3,000-row plan matrix as PDF',
  unit: 'MB',
  budget: 300,
  runs: 3,
  sample: async () => planMemory('pdf'),
};
