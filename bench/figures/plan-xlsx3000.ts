import type { FileDownload } from '../../shared/domain/follow-up';
import { timeSeconds, type Figure } from '../figure';
import { cellsOfWorkbook, writePlainWorkbook, type SheetCells } from '../floors/xlsx-cells';
import { planBench } from '../support/plan-bench';

let cells: SheetCells[] | null = null;

async function exportXlsx(): Promise<FileDownload> {
  const { planId, call } = await planBench();
  return call<FileDownload>('plans.exportXlsx', { planId });
}

/**
 * plans.exportXlsx of a 3,000-row plan through the dispatcher: the workbook, its totals sheet,
 * base64. The floor writes the same cells (read back from that workbook) with exceljs, unstyled.
 */
export const planXlsx3000: Figure = {
  id: 'plan.xlsx3000',
  label: 'XLSX export of a 3,000-row plan (plans.exportXlsx)',
  unit: 's',
  budget: 2,
  ratioBudget: 3,
  runs: 7,
  async setup() {
    cells = await cellsOfWorkbook(Buffer.from((await exportXlsx()).dataBase64, 'base64'));
  },
  floor: {
    label: 'exceljs writing the same cells with no styles',
    async sample() {
      if (!cells) throw new Error('plan.xlsx3000: setup did not run');
      return writePlainWorkbook(cells);
    },
  },
  sample: async () => {
    let file: FileDownload | null = null;
    const seconds = await timeSeconds(async () => {
      file = await exportXlsx();
    });
    if (!(file as FileDownload | null)?.dataBase64) throw new Error('no workbook');
    return seconds;
  },
};
