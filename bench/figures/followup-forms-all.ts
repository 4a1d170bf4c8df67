import { timeSeconds, type Figure } from '../figure';
import { cellsOfFormsZip, writeBareForms, type FormCells } from '../floors/bare-forms';
import { formsBench, type FormsBench } from '../support/forms-bench';

let state: FormsBench | null = null;
/** The cells of every form, read back from the warm-up's ZIP, for the floor. */
let cells: FormCells[] = [];

/**
 * The `progressForms` job's work for every institution with open commitments in the ten-year
 * dataset (600 institutions, 16,462 open commitments), as its worker does it: the rows read in one
 * statement, one XLSX each, zipped, written. A first run warms the code; its forms' cells are the
 * floor's, written as bare workbooks into a ZIP (bench/floors/bare-forms.ts).
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
    const zip = await state.bench.task({ kind: 'progressForms', input: {} });
    cells = await cellsOfFormsZip(zip.bytes);
  },
  async teardown() {
    state?.close();
    state = null;
    cells = [];
  },
  async sample() {
    const bench = (state as FormsBench).bench;
    let fileName = '';
    const seconds = await timeSeconds(async () => {
      fileName = (await bench.task({ kind: 'progressForms', input: {} })).fileName;
    });
    if (!fileName.endsWith('.zip')) throw new Error('no ZIP of forms');
    return seconds;
  },
};
