import ExcelJS from 'exceljs';
import type { FormImportReport } from '../../shared/domain/progress-forms';
import { timeSeconds, type Figure } from '../figure';
import { cellsOfWorkbook } from '../floors/xlsx-cells';
import { formsBench, type FormsBench } from '../support/forms-bench';

const ROWS = 50;

let state: FormsBench | null = null;
/** The institution's blank form; each sample fills its own copy before the timing. */
let blank: Buffer | null = null;
/** Samples taken so far: each fills the form differently, so each reports something new. */
let samples = 0;
/** A filled form for the floor. */
let floorForm: Buffer | null = null;

async function filledForm(bytes: Buffer, sample: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
  for (let i = 0; i < ROWS; i++) {
    const row = sheet.getRow(7 + i);
    row.getCell(7).value = i % 3 === 0 ? 'Selesai' : 'Berjalan';
    // The note below names the sample, so a percent that comes round again is still a new report.
    row.getCell(8).value = i % 3 === 0 ? 100 : 30 + (sample % 7) * 10;
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
 * since the form was made and applied with the confirmation). The floor reads the same
 * workbook's cells with exceljs twice, as the preview and the apply each read the file, and
 * judges and writes nothing.
 */
export const followupFormImport: Figure = {
  id: 'followup.form.import',
  label: 'Import of one progress form of 50 commitments: preview and apply (10-year dataset)',
  unit: 's',
  budget: 1,
  ratioBudget: 5,
  runs: 3,
  floor: {
    label: 'exceljs reading the same workbook twice (preview and apply), no checks, no writes',
    async sample() {
      const form = floorForm;
      if (!form) throw new Error('followup.form.import: setup did not run');
      return timeSeconds(async () => {
        await cellsOfWorkbook(form);
        await cellsOfWorkbook(form);
      });
    },
  },
  async setup() {
    state = await formsBench();
    const { bench } = state;
    const institution = (await bench.call('progressForms.institutions', {})).find((i) => i.open === ROWS);
    if (!institution) throw new Error(`no institution with ${ROWS} open commitments`);
    blank = (await bench.task({ kind: 'progressForms', input: { institutionId: institution.id } })).bytes;
    samples = 0;
    floorForm = await filledForm(blank, 0);
  },
  async teardown() {
    state?.close();
    state = null;
    blank = null;
    floorForm = null;
  },
  async sample() {
    const bench = (state as FormsBench).bench;
    if (!blank) throw new Error('followup.form.import: setup did not run');
    const dataBase64 = (await filledForm(blank, samples++)).toString('base64');
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
