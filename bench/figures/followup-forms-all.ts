import type { FileDownload } from '../../shared/domain/follow-up';
import { timeSeconds, type Figure } from '../figure';
import { cellsOfFormsZip, writeBareForms, type FormCells } from '../floors/bare-forms';
import { formsBench, type FormsBench } from '../support/forms-bench';

let state: FormsBench | null = null;
/** The cells of every form, read back from the warm-up's ZIP, for the floor. */
let cells: FormCells[] = [];

/**
 * `progressForms.generate` for every institution with open commitments in the ten-year dataset
 * (600 institutions, 16,462 open commitments): the rows read in one statement, one XLSX each
 * written in the worker thread, zipped, base64. One call first warms the worker; its forms' cells
 * are the floor's, written as bare workbooks into a ZIP (bench/floors/bare-forms.ts).
 */
export const followupFormsAll: Figure = {
  id: 'followup.forms.all',
  label: 'Progress forms of every institution with open commitments, ZIP (10-year dataset)',
  unit: 's',
  budget: 5,
  ratioBudget: 6,
  runs: 3,
  floor: {
    label: 'the same cells as bare workbooks (no styles, no protection), in one ZIP',
    async sample() {
      if (cells.length === 0) throw new Error('followup.forms.all: setup did not run');
      return timeSeconds(() => writeBareForms(cells));
    },
  },
  async setup() {
    state = await formsBench();
    const zip = await state.bench.call('progressForms.generate', {});
    cells = await cellsOfFormsZip(Buffer.from(zip.dataBase64, 'base64'));
  },
  async teardown() {
    await state?.close();
    state = null;
    cells = [];
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
