import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Figure } from '../figure';
import type { DocumentFormat } from '../support/documents-render';
import { REPO_ROOT } from '../support/paths';

/** Peak memory growth of rendering the 3,000-row matrix, measured in a fresh Node process. */
export function tableMemory(format: DocumentFormat): number {
  const output = execFileSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', join(REPO_ROOT, 'bench', 'support', 'documents-child.ts'), format, '3000'],
    { cwd: REPO_ROOT, encoding: 'utf8' },
  );
  return (JSON.parse(output) as { extraMb: number }).extraMb;
}

export const pdfTable3000Memory: Figure = {
  id: 'pdf.table3000.mem',
  label: 'Extra peak memory, 3,000-row table as PDF',
  unit: 'MB',
  budget: 300,
  runs: 3,
  sample: async () => tableMemory('pdf'),
};
