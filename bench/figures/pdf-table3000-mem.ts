import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Figure } from '../figure';
import type { DocumentFormat } from '../support/documents-render';
import { REPO_ROOT } from '../support/paths';

/**
 * Peak memory growth of rendering the 3,000-row matrix, measured in a fresh Node process; `bare`:
 * of drawing its cells as a bare table (the floor).
 */
export function tableMemory(format: DocumentFormat, mode: 'app' | 'bare' = 'app'): number {
  const output = execFileSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', join(REPO_ROOT, 'bench', 'support', 'documents-child.ts'), format, '3000', mode],
    { cwd: REPO_ROOT, encoding: 'utf8' },
  );
  return (JSON.parse(output) as { extraMb: number }).extraMb;
}

export const pdfTable3000Memory: Figure = {
  id: 'pdf.table3000.mem',
  label: 'Extra peak memory, 3,000-row table as PDF',
  unit: 'MB',
  budget: 300,
  ratioBudget: 3,
  runs: 3,
  floor: { label: 'the same cells as a bare table with pdfkit', sample: async () => tableMemory('pdf', 'bare') },
  sample: async () => tableMemory('pdf'),
};
