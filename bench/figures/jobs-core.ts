import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCore, type Core } from '../../electron/core';
import type { InputOf, MethodName, OutputOf } from '../../shared/api/contract';
import type { JobInfo } from '../../shared/domain/jobs';
import { benchDataset } from '../dataset/cache';
import { RESOURCES_DIR } from '../support/paths';

export interface JobsCore {
  core: Core;
  call<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>>;
  /** Starts a job and resolves once it has ended (as it ended); `meanwhile` runs between looks at it. */
  runJob(input: InputOf<'jobs.start'>, meanwhile?: () => Promise<unknown>): Promise<JobInfo>;
  close(): void;
}

/**
 * The core both hosts run (job registry, gate, worker threads) on a copy of the ten-year dataset,
 * with the handlers' clock at the dataset's day: what the job figures measure. The copy is
 * written by the core (WAL, the jobs' reads), so the cached file stays untouched.
 */
export async function jobsCore(): Promise<JobsCore> {
  const { file, today } = await benchDataset({ log: (line) => console.log(`\n${line}`) });
  const workDir = mkdtempSync(join(tmpdir(), 'sirakor-bench-jobs-'));
  const dataDir = join(workDir, 'data');
  mkdirSync(dataDir);
  copyFileSync(file, join(dataDir, 'sirakor.sqlite'));
  const now = new Date(`${today}T02:00:00Z`);
  const core = await startCore({
    dataDir,
    resourcesDir: RESOURCES_DIR,
    host: 'preview',
    appVersion: 'bench',
    dailyBackup: false,
    now: () => now,
  });
  async function call<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
    const result = await core.dispatch(method, input);
    if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
    return result.value as OutputOf<M>;
  }
  return {
    core,
    call,
    async runJob(input, meanwhile) {
      const { id } = await call('jobs.start', input);
      for (;;) {
        const job = (await call('jobs.list', {})).find((each) => each.id === id);
        if (!job) throw new Error(`job ${id} is gone`);
        if (job.state !== 'running') {
          await call('jobs.dismiss', { id });
          if (job.state !== 'done') throw new Error(`job ${input.kind} ended ${job.state}`);
          return job;
        }
        if (meanwhile) await meanwhile();
        else await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    close() {
      core.close();
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}
