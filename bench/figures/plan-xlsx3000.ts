import type { FileDownload } from '../../shared/domain/files';
import { timeSeconds, type Figure } from '../figure';
import { planBench } from '../support/plan-bench';

/** plans.exportXlsx of a 3,000-row plan through the dispatcher: the workbook, its totals sheet, base64. */
export const planXlsx3000: Figure = {
  id: 'plan.xlsx3000',
  label: 'XLSX export of a 3,000-row plan (plans.exportXlsx)',
  unit: 's',
  budget: 2,
  runs: 3,
  sample: async () => {
    const { planId, call } = await planBench();
    let file: FileDownload | null = null;
    const seconds = await timeSeconds(async () => {
      file = await call<FileDownload>('plans.exportXlsx', { planId });
    });
    if (!(file as FileDownload | null)?.dataBase64) throw new Error('no workbook');
    return seconds;
  },
};
