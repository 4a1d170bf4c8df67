import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { InputOf } from '../../../shared/api/contract';
import type { JobInfo, JobProgress } from '../../../shared/domain/jobs';
import { benchDataset } from '../../../bench/dataset/cache';
import { startCore, type Core } from '../../../electron/core';
import type { Call } from './seed-rakor';
import { RESOURCES_DIR } from './paths';

/**
 * Following jobs on the ten-year dataset (issue 17): their progress, Batal at a chosen point, and
 * the time a ledger page takes meanwhile compared with the time it takes without a job.
 */

export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;
}

export interface Followed {
  job: JobInfo;
  progress: JobProgress[];
  /** Ledger requests made while the job ran (ms). */
  during: number[];
}

/** What the jobs' folders hold of a job: its file or folder, finished or half-written. */
export function jobFilesOf(id: string): string[] {
  return readdirSync(tmpdir())
    .filter((name) => name.startsWith('sirakor-jobs-'))
    .flatMap((folder) => {
      try {
        return readdirSync(join(tmpdir(), folder)).filter((file) => file.startsWith(id));
      } catch {
        return [];
      }
    });
}

export function jobsOn(call: Call) {
  /** The ledger's first page, as the screen asks for it (ms). */
  async function ledgerRequestMs(): Promise<number> {
    const started = performance.now();
    await call('commitments.ledger', { sort: 'due_asc', limit: 50, offset: 0 });
    return performance.now() - started;
  }

  async function jobOf(id: string): Promise<JobInfo> {
    const job = (await call('jobs.list', {})).find((each) => each.id === id);
    if (!job) throw new Error(`job ${id} not listed`);
    return job;
  }

  /**
   * Follows a job to its end, asking for a ledger page between looks (unless `quietly`: a restore's
   * last steps run alone, and such a request would wait for them); `stopWhen` cancels it.
   */
  async function follow(
    id: string,
    stopWhen?: (progress: JobProgress, answered: number) => boolean,
    quietly = false,
  ): Promise<Followed> {
    const progress: JobProgress[] = [];
    const during: number[] = [];
    for (;;) {
      const job = await jobOf(id);
      if (job.state !== 'running') return { job, progress, during };
      progress.push(job.progress);
      if (stopWhen?.(job.progress, during.length)) await call('jobs.cancel', { id });
      if (!quietly) during.push(await ledgerRequestMs());
      await new Promise((resolve) => setTimeout(resolve, quietly ? 10 : 40));
    }
  }

  return {
    ledgerRequestMs,
    jobOf,
    follow,
    start: (input: InputOf<'jobs.start'>): Promise<JobInfo> => call('jobs.start', input),
  };
}

/** The host answered as fast during the job as without it (200 ms of slack, the budget). */
export function expectAnswering(withoutJob: readonly number[], during: readonly number[], what: string): void {
  console.info(
    `[jobs] ${what}: ledger page without a job median ${quantile(withoutJob, 0.5).toFixed(0)} ms, ` +
      `p90 ${quantile(withoutJob, 0.9).toFixed(0)} ms; during (${during.length}) median ` +
      `${quantile(during, 0.5).toFixed(0)} ms, p90 ${quantile(during, 0.9).toFixed(0)} ms`,
  );
  expect(during.length).toBeGreaterThan(3);
  expect(quantile(during, 0.5)).toBeLessThan(quantile(withoutJob, 0.5) + 200);
  expect(quantile(during, 0.9)).toBeLessThan(quantile(withoutJob, 0.9) + 200);
}

/** A core on a copy of the ten-year dataset, in a new folder of the temporary folder, on the dataset's last day. */
export async function tenYearCore(prefix: string): Promise<{ core: Core; workDir: string; dataDir: string }> {
  const { file, today } = await benchDataset({ log: (line) => console.info(line) });
  const workDir = mkdtempSync(join(tmpdir(), prefix));
  const dataDir = join(workDir, 'data');
  mkdirSync(dataDir);
  copyFileSync(file, join(dataDir, 'sirakor.sqlite'));
  const core = await startCore({
    dataDir,
    resourcesDir: RESOURCES_DIR,
    host: 'preview',
    appVersion: '0.0.0-test',
    dailyBackup: false,
    logError: (what, error) => console.error(what, error),
    now: () => new Date(`${today}T03:00:00Z`),
  });
  return { core, workDir, dataDir };
}
