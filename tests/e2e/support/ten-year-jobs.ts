import type { Page } from 'playwright-core';
import type { JobInfo } from '../../../shared/domain/jobs';
import { api } from './api';
import type { TenYearSession } from './ten-year';

/** One page of the ledger as the screen asks for it, timed from the request to the answer (ms). */
export async function ledgerRequestMs(session: TenYearSession): Promise<number> {
  const started = performance.now();
  await api(session.preview, 'commitments.ledger', { sort: 'due_asc', limit: 50, offset: 0 });
  return performance.now() - started;
}

export async function jobOf(session: TenYearSession, id: string): Promise<JobInfo | undefined> {
  return (await api(session.preview, 'jobs.list', {})).find((job) => job.id === id);
}

/** Ledger requests made while the job runs, one after the other, until it ends. */
export async function requestsDuring(session: TenYearSession, id: string): Promise<number[]> {
  const times: number[] = [];
  while ((await jobOf(session, id))?.state === 'running') {
    times.push(await ledgerRequestMs(session));
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return times;
}

/** The jobs' notices in the window's corner. */
export const notice = (page: Page) => page.getByTestId('job-notice');
