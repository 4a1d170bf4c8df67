import { writeFileSync } from 'node:fs';
import { renderInWorker, stopDocumentWorker } from '../../../electron/documents/worker/document-runner';
import { SEED_FUNDING_SOURCES } from '../../../electron/db/migrations/004-action-plans';
import { actionPlanMatrix } from '../../../shared/documents/reports/action-plan';
import { planTotals } from '../../../shared/plans/totals';
import { generatePlanRows } from '../../../bench/support/plan-dataset';
import type { ActionPlan } from '../../../shared/domain/plans';
import { KELARA_SETTINGS } from './documents-fixture';

/**
 * Bundled by plans-worker-bundle.test.ts with electron-vite, as the main process is, then run with
 * plain Node: `node entry.js <resourcesDir> <out.pdf> <out.docx>`. The matrix is drawn in the
 * document worker, which electron-vite emitted as its own chunk (`?modulePath`).
 */
const [resourcesDir = '', pdfFile = '', docxFile = ''] = process.argv.slice(2);
const villages = [
  { code: '73.04.05.1001', name: 'Tolo', kecamatanCode: '73.04.05', kecamatanName: 'Kelara' },
  { code: '73.04.05.2021', name: 'Tombolo', kecamatanCode: '73.04.05', kecamatanName: 'Kelara' },
];
const offices = [
  { id: 'o1', key: 'puskesmas', name: 'Puskesmas Kelara', kecamatanCode: '73.04.05' },
  { id: 'o2', key: 'dinkes', name: 'Dinas Kesehatan Kabupaten Jeneponto', kecamatanCode: null },
];
const rows = generatePlanRows({ villages, offices }, 80);
const plan: ActionPlan = {
  id: 'plan',
  areaCode: '73.04',
  areaName: 'Kabupaten Jeneponto',
  areaLevel: 'kabupaten',
  year: 2026,
  title: 'Rencana Aksi Terpadu Kabupaten Jeneponto Tahun 2026',
  status: 'adopted',
  adoptedMeetingId: null,
  adoptedMeetingTitle: null,
  adoptedMeetingDate: null,
  copiedFromPlanId: null,
  priorityVillageCodes: [],
  rowCount: rows.length,
  totalAmount: 0,
  createdAt: '2026-01-15T01:00:00.000Z',
  updatedAt: '2026-01-15T01:00:00.000Z',
  origin: null,
};
const model = actionPlanMatrix(plan, rows, planTotals(rows, SEED_FUNDING_SOURCES), KELARA_SETTINGS, {
  schedule: 'months',
  date: '2026-01-20',
  signer: null,
});
writeFileSync(pdfFile, await renderInWorker({ model, format: 'pdf', resourcesDir }));
writeFileSync(docxFile, await renderInWorker({ model, format: 'docx', resourcesDir }));
await stopDocumentWorker();
