import type { FileDownload } from '../../shared/domain/follow-up';
import { timeSeconds, type Figure } from '../figure';
import { bareDocumentFloor } from '../floors/bare-document';
import { reactPdfEstimate } from '../peers/react-pdf-table';
import { planBench, planMatrixModel } from '../support/plan-bench';

/**
 * documents.plan of a 3,000-row plan through the dispatcher, as the app asks for it: the rows read,
 * the matrix built (landscape F4, 12 month columns, groups, subtotals, totals per source, recap
 * per institution, signature) and drawn in the document worker thread, returned as base64.
 */
export async function planDocumentSeconds(format: 'pdf' | 'docx'): Promise<number> {
  const { planId, call } = await planBench();
  let file: FileDownload | null = null;
  const seconds = await timeSeconds(async () => {
    file = await call<FileDownload>('documents.plan', { planId, format });
  });
  if (!(file as FileDownload | null)?.dataBase64) throw new Error(`no ${format}`);
  return seconds;
}

export const pdfPlan3000: Figure = {
  id: 'pdf.plan3000',
  label: 'Action-plan matrix of 3,000 rows as PDF (documents.plan, worker thread)',
  unit: 's',
  budget: 2,
  ratioBudget: 3,
  runs: 5,
  floor: bareDocumentFloor('pdf', planMatrixModel),
  peer: {
    label: '@react-pdf/renderer 4.9.0, the same table at 100, 200 and 300 rows, extrapolated to all rows',
    minSpeedup: 20,
    runs: 1,
    async sample() {
      const estimate = await reactPdfEstimate(await planMatrixModel());
      const measured = estimate.points
        .map((p) => `${p.rows} rows ${p.seconds.toFixed(1)} s (CPU ${p.cpuSeconds.toFixed(1)} s)`)
        .join(', ');
      const growth = `rows^${estimate.exponent.toFixed(2)}`;
      console.log(
        `\n  react-pdf: ${measured}; growth ${growth} → ${estimate.rows} rows ${estimate.seconds.toFixed(0)} s`,
      );
      return estimate.seconds;
    },
  },
  sample: () => planDocumentSeconds('pdf'),
};
