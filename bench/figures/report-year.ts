import { commitmentReportOf } from '../../electron/documents/commitment-report';
import { commitmentReportInput } from '../../shared/api/schemas/documents';
import type { DocumentModel } from '../../shared/documents/model';
import { timeSeconds, type Figure } from '../figure';
import { bareDocumentFloor } from '../floors/bare-document';
import { datasetDispatch } from './follow-up-dispatch';
import { jobsCore, type JobsCore } from './jobs-core';

/** A whole year of the kabupaten: the commitments due in 2024 (about 8,000, the dataset's busiest year). */
const YEAR_2024 = {
  dueFrom: '2024-01-01',
  dueTo: '2024-12-31',
  groupBy: 'institution',
  form: 'full',
  format: 'pdf',
} as const;

let bench: JobsCore | null = null;

/** The report's model as the job builds it, on a read-only connection of the dataset (for the floor). */
async function yearModel(): Promise<DocumentModel> {
  const dataset = await datasetDispatch();
  try {
    // Parsed as the job's input is, so the defaults (sort, query) are the ones the job gets.
    const input = commitmentReportInput.parse(YEAR_2024);
    return commitmentReportOf({ db: dataset.db, now: () => dataset.now, dataDir: dataset.dataDir }, input).model;
  } finally {
    dataset.close();
  }
}

/**
 * `report.year`: the commitment report of a whole year of the ten-year dataset (every commitment
 * due in 2024, per institution, full form) as the app makes it: the job `commitmentReport` started,
 * its worker thread reading the rows on its own connection, building the model and drawing the
 * PDF, the file written, until the job is done. The floor draws the same model's cells as a bare
 * pdfkit table: the reads, the worker and the layout rules are what the ratio weighs.
 */
export const reportYear: Figure = {
  id: 'report.year',
  label: 'Commitment report of a whole year (2024, 10-year dataset) as PDF, job',
  unit: 's',
  budget: 10,
  // 1.67 in the first run (load average 15): the worker's start, the reads and the layout rules.
  ratioBudget: 2.5,
  runs: 3,
  floor: bareDocumentFloor('pdf', yearModel),
  async setup() {
    bench = await jobsCore();
  },
  async teardown() {
    bench?.close();
    bench = null;
  },
  async sample() {
    const current = bench;
    if (!current) throw new Error('setup did not run');
    return timeSeconds(() => current.runJob({ kind: 'commitmentReport', input: YEAR_2024 }));
  },
};
