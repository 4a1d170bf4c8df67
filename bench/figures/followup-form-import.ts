import ExcelJS from 'exceljs';
import type { FormImportReport } from '../../shared/domain/progress-forms';
import { timeSeconds, type Figure } from '../figure';
import { formsBench, type FormsBench } from '../support/forms-bench';

const ROWS = 50;
const RUNS = 3;

let state: FormsBench | null = null;
/** One filled form per sample (each reports something new), ready before the timing. */
let forms: Buffer[] = [];

async function filledForm(bytes: Buffer, sample: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
  for (let i = 0; i < ROWS; i++) {
    const row = sheet.getRow(7 + i);
    row.getCell(7).value = i % 3 === 0 ? 'Selesai' : 'Berjalan';
    row.getCell(8).value = i % 3 === 0 ? 100 : 30 + sample * 10;
    // The dataset's today: no commitment of the form comes from a later meeting.
    row.getCell(9).value = new Date(Date.UTC(2025, 11, 1));
    row.getCell(10).value = `Laporan ${sample + 1}: kegiatan berjalan di ${i + 2} desa, ${40 + i} keluarga didampingi.`;
    row.getCell(11).value = 'Koordinator lapangan';
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * One returned form of 50 commitments through `progressForms.import`: the preview (read, codes
 * checked, every cell judged) and the apply (checked again and written in one transaction) on
 * the ten-year dataset. The institution has exactly 50 open commitments; each sample imports a
 * differently filled copy, so every one writes 50 reports (later ones are flagged as changed
 * since the form was made and applied with the confirmation).
 */
export const followupFormImport: Figure = {
  id: 'followup.form.import',
  label: 'Import of one progress form of 50 commitments: preview and apply (10-year dataset)',
  unit: 's',
  budget: 1,
  runs: RUNS,
  async setup() {
    state = await formsBench();
    const { bench } = state;
    const institution = (await bench.call('progressForms.institutions', {})).find((i) => i.open === ROWS);
    if (!institution) throw new Error(`no institution with ${ROWS} open commitments`);
    const form = await bench.call('progressForms.generate', { institutionId: institution.id });
    const bytes = Buffer.from(form.dataBase64, 'base64');
    forms = [];
    for (let sample = 0; sample < RUNS + 1; sample++) forms.push(await filledForm(bytes, sample));
  },
  async teardown() {
    await state?.close();
    state = null;
  },
  async sample() {
    const bench = (state as FormsBench).bench;
    const form = forms.shift();
    if (!form) throw new Error('no filled form left');
    const dataBase64 = form.toString('base64');
    let applied = 0;
    const seconds = await timeSeconds(async () => {
      const input = { fileName: 'formulir.xlsx', dataBase64 };
      const preview: FormImportReport = await bench.call('progressForms.import', input);
      const done: FormImportReport = await bench.call('progressForms.import', {
        ...input,
        mode: 'apply',
        checkedSha256: preview.sha256,
        acceptStale: true,
      });
      applied = done.applied;
    });
    if (applied !== ROWS) throw new Error(`applied ${applied} reports, expected ${ROWS}`);
    return seconds;
  },
};
