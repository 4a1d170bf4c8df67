import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { api } from '../../tests/e2e/support/api';
import type { InputOf } from '../../shared/api/contract';
import type { Figure, Measurement } from '../figure';
import { datasetRow, startPreviewSession, stopPreviewSession, type PreviewSession } from '../support/preview-session';

/** The meeting with the most minutes entries, and the largest plan. */
const LARGEST_MEETING = `SELECT meeting_id AS id FROM minutes_entries WHERE deleted_at IS NULL
  GROUP BY meeting_id ORDER BY COUNT(*) DESC LIMIT 1`;
const LARGEST_PLAN = `SELECT plan_id AS id FROM plan_rows WHERE deleted_at IS NULL
  GROUP BY plan_id ORDER BY COUNT(*) DESC LIMIT 1`;
/** Time the host is left alone after the tour before its memory is read: longer than a kept worker waits for its next job (WORKER_IDLE_MS). */
const SETTLE_MS = 15_000;

/** The resident memory of a process in MB, from /proc (the bench runs on Linux). */
function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
  if (!kb) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kb) / 1024;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs a job to its end through the API, fetches its file as the notice's button does, closes its notice. */
async function runJob(session: PreviewSession, start: InputOf<'jobs.start'>): Promise<void> {
  const { id } = await api(session.preview, 'jobs.start', start);
  for (;;) {
    const job = (await api(session.preview, 'jobs.list', {})).find((each) => each.id === id);
    if (!job) throw new Error(`job ${start.kind} vanished`);
    if (job.state === 'failed' || job.state === 'cancelled') throw new Error(`job ${start.kind} ${job.state}`);
    if (job.state === 'done') {
      if (job.result?.kind === 'file') await api(session.preview, 'jobs.file', { id });
      await api(session.preview, 'jobs.dismiss', { id });
      return;
    }
    await pause(250);
  }
}

/** Opens a screen and waits until its requests are answered. */
async function visit(page: Page, session: PreviewSession, hash: string): Promise<void> {
  await page.goto(`${session.preview.url}${hash}`);
  await page.waitForLoadState('networkidle');
  await pause(500);
}

let session: PreviewSession | null = null;
let atStart = 0;

/**
 * `host.rss.tour`: the preview host's resident memory (MB) after a full tour of the ten-year dataset
 * as the heaviest user makes it: every screen (the largest meeting's conduct tab, the 3,000-row plan
 * and its coverage, the 50,000-commitment ledger, search), then every export and job (ledger and plan
 * XLSX, plan matrix PDF, a whole year's commitment report, a backup, the semester report, the
 * directory, the progress forms of every institution, the largest meeting's minutes), each file
 * fetched as the user saves it. The floor is the same host's memory once it has served its first
 * screen: the ratio is what a day's work adds to the host.
 */
export const hostRssTour: Figure = {
  id: 'host.rss.tour',
  label: 'Preview host memory after a tour of the screens and every export/job (10-year dataset)',
  unit: 'MB',
  budget: 400,
  ratioBudget: 2.5,
  runs: 2,
  floor: { label: 'the same host once it has served its first screen' },
  async setup() {
    session = await startPreviewSession();
    const context = await session.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'id-ID' });
    const page = await context.newPage();
    await visit(page, session, '#/');
    await context.close();
    await pause(SETTLE_MS);
    atStart = rssMb(session.preview.pid);
  },
  async teardown() {
    const current = session;
    session = null;
    if (current) await stopPreviewSession(current);
  },
  async sample(): Promise<Measurement> {
    const current = session;
    if (!current) throw new Error('setup did not run');
    const { id: meetingId } = datasetRow<{ id: string }>(current, LARGEST_MEETING);
    const { id: planId } = datasetRow<{ id: string }>(current, LARGEST_PLAN);
    const context = await current.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'id-ID' });
    const page = await context.newPage();
    for (const hash of [
      '#/',
      '#/rapat',
      `#/rapat/${meetingId}/pelaksanaan`,
      '#/komitmen',
      '#/rencana-aksi',
      `#/rencana-aksi/${planId}/tabel`,
      `#/rencana-aksi/${planId}/cakupan`,
      '#/direktori',
      '#/cari/posyandu',
      '#/surat-keluar',
      '#/pengaturan/cadangan',
    ]) {
      await visit(page, current, hash);
    }
    await context.close();
    await runJob(current, { kind: 'ledgerXlsx', input: { sort: 'due_asc' } });
    await runJob(current, { kind: 'planXlsx', input: { planId } });
    await runJob(current, { kind: 'planDocument', input: { planId, format: 'pdf' } });
    await runJob(current, {
      kind: 'commitmentReport',
      input: { dueFrom: '2024-01-01', dueTo: '2024-12-31', format: 'pdf', groupBy: 'institution', form: 'summary' },
    });
    await runJob(current, { kind: 'backup', input: {} });
    await runJob(current, {
      kind: 'semesterReport',
      input: { period: { kind: 'semester', year: 2024, semester: 2 }, format: 'pdf' },
    });
    await runJob(current, { kind: 'directoryXlsx', input: { includeContacts: false } });
    await runJob(current, { kind: 'progressForms', input: {} });
    await api(current.preview, 'documents.meeting', { meetingId, document: 'notulen', format: 'pdf' });
    await pause(SETTLE_MS);
    return { value: rssMb(current.preview.pid), floor: atStart };
  },
};
