import { timeSeconds, type Figure } from '../figure';
import { bareDocumentFloor } from '../floors/bare-document';
import { reactPdfEstimate } from '../peers/react-pdf-table';
import { planBench, planMatrixModel } from '../support/plan-bench';

/**
 * The `planDocument` job's work for a 3,000-row plan, as its worker does it: the rows read on its
 * own connection, the matrix built (landscape F4, 12 month columns, groups, subtotals, totals per
 * source, recap per institution, signature), drawn and written.
 */
export async function planDocumentSeconds(format: 'pdf' | 'docx'): Promise<number> {
  const { planId, task } = await planBench();
  let size = 0;
  const seconds = await timeSeconds(async () => {
    size = (await task({ kind: 'planDocument', input: { planId, format } })).bytes.byteLength;
  });
  if (!size) throw new Error(`no ${format}`);
  return seconds;
}

export const pdfPlan3000: Figure = {
  id: 'pdf.plan3000',
  label: 'Action-plan matrix of 3,000 rows as PDF (the planDocument job’s work)',
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
