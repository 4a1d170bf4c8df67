import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Figure } from '../figure';
import { REPO_ROOT } from '../support/paths';

/**
 * Peak memory growth of drawing the 3,000-row plan matrix, measured in a fresh Node process;
 * `bare`: of drawing its cells as a bare table (the floor).
 */
export function planMemory(format: 'pdf' | 'docx', mode: 'app' | 'bare' = 'app'): number {
  const output = execFileSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', join(REPO_ROOT, 'bench', 'support', 'plan-documents-child.ts'), format, mode],
    { cwd: REPO_ROOT, encoding: 'utf8' },
  );
  return (JSON.parse(output) as { extraMb: number }).extraMb;
}

export const pdfPlan3000Memory: Figure = {
  id: 'pdf.plan3000.mem',
  label: 'Extra peak memory, 3,000-row plan matrix as PDF',
  unit: 'MB',
  budget: 300,
  ratioBudget: 3,
  runs: 3,
  floor: { label: 'the same cells as a bare table with pdfkit', sample: async () => planMemory('pdf', 'bare') },
  sample: async () => planMemory('pdf'),
};
