import type { FileDownload } from '../../shared/domain/follow-up';
import { timeSeconds, type Figure } from '../figure';
import { formsBench, type FormsBench } from '../support/forms-bench';

let state: FormsBench | null = null;

/**
 * `progressForms.generate` for every institution with open commitments in the ten-year dataset
 * (600 institutions, 16,462 open commitments): the rows read in one statement, one XLSX each
 * written in the worker thread, zipped, base64. One call first warms the worker.
 */
export const followupFormsAll: Figure = {
  id: 'followup.forms.all',
  label: 'Progress forms of every institution with open commitments, ZIP (10-year dataset)',
  unit: 's',
  budget: 5,
  runs: 3,
  async setup() {
    state = await formsBench();
    await state.bench.call('progressForms.generate', {});
  },
  async teardown() {
    await state?.close();
    state = null;
  },
  async sample() {
    const bench = (state as FormsBench).bench;
    let file: FileDownload | null = null;
    const seconds = await timeSeconds(async () => {
      file = await bench.call('progressForms.generate', {});
    });
    if (!(file as FileDownload | null)?.fileName.endsWith('.zip')) throw new Error('no ZIP of forms');
    return seconds;
  },
};
