import { timeSeconds, type Figure } from '../figure';
import { cellsOfWorkbook, writePlainWorkbook, type SheetCells } from '../floors/xlsx-cells';
import { planBench } from '../support/plan-bench';

let cells: SheetCells[] | null = null;

async function exportXlsx(): Promise<Buffer> {
  const { planId, task } = await planBench();
  return (await task({ kind: 'planXlsx', input: { planId } })).bytes;
}

/**
 * The `planXlsx` job's work for a 3,000-row plan, as its worker does it: the workbook and its
 * totals sheet, written. The floor writes the same cells (read back from that workbook) with
 * exceljs, unstyled.
 */
export const planXlsx3000: Figure = {
  id: 'plan.xlsx3000',
  label: 'XLSX export of a 3,000-row plan (the planXlsx job’s work)',
  unit: 's',
  budget: 2,
  ratioBudget: 3,
  runs: 7,
  async setup() {
    cells = await cellsOfWorkbook(await exportXlsx());
  },
  floor: {
    label: 'exceljs writing the same cells with no styles',
    async sample() {
      if (!cells) throw new Error('plan.xlsx3000: setup did not run');
      return writePlainWorkbook(cells);
    },
  },
  sample: async () => {
    let size = 0;
    const seconds = await timeSeconds(async () => {
      size = (await exportXlsx()).byteLength;
    });
    if (!size) throw new Error('no workbook');
    return seconds;
  },
};
