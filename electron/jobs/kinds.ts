import type { ParsedInputOf } from '../../shared/api/contract';
import { MEDIA_TYPES } from '../../shared/domain/files';
import type { HandlerContext } from '../api/context';
import { refused } from '../api/errors';
import { repositoriesOf } from '../db/repositories';
import { livePlan } from '../plans/rows';
import { exportJob, importJob } from '../exchange/service/jobs';
import type { JobControl, JobSpec } from './registry';
import { runTaskInWorker } from './task-runner';
import type { TaskRequest, TaskSource } from './tasks';

type StartInput = ParsedInputOf<'jobs.start'>;

function sourceOf(ctx: HandlerContext): TaskSource {
  return {
    databaseFile: ctx.databaseFile,
    ...(ctx.nativeBinding ? { nativeBinding: ctx.nativeBinding } : {}),
    dataDir: ctx.dataDir,
    resourcesDir: ctx.resourcesDir,
    now: ctx.now().toISOString(),
  };
}

/** A file made in a worker thread of its own from the database as it stands when the job starts. */
function inWorker(
  ctx: HandlerContext,
  task: Omit<TaskRequest, 'outPath' | 'source'>,
  format: keyof typeof MEDIA_TYPES,
): (control: JobControl) => ReturnType<typeof runTaskInWorker> {
  const source = sourceOf(ctx);
  return (control) =>
    runTaskInWorker({ ...task, source } as Omit<TaskRequest, 'outPath'>, control, format, MEDIA_TYPES[format]);
}

/**
 * What each kind of job does. Files are made in a worker thread that reads the database on its own
 * connection, so the host's thread keeps answering the screens; a backup copies the file in large
 * asynchronous steps. What the input names is checked here, so a wrong plan is refused at once.
 */
export function jobSpecOf(ctx: HandlerContext, start: StartInput): JobSpec {
  switch (start.kind) {
    case 'ledgerXlsx':
      return { kind: start.kind, label: '', run: inWorker(ctx, { task: 'ledgerXlsx', input: start.input }, 'xlsx') };
    case 'planXlsx': {
      const plan = livePlan(repositoriesOf(ctx), start.input.planId);
      return {
        kind: start.kind,
        label: plan.title,
        run: inWorker(ctx, { task: 'planXlsx', input: start.input }, 'xlsx'),
      };
    }
    case 'planDocument': {
      const plan = livePlan(repositoriesOf(ctx), start.input.planId);
      const task = { task: 'planDocument', input: start.input } as const;
      return { kind: start.kind, label: plan.title, run: inWorker(ctx, task, start.input.format) };
    }
    case 'commitmentReport': {
      const task = { task: 'commitmentReport', input: start.input } as const;
      return { kind: start.kind, label: '', run: inWorker(ctx, task, start.input.format) };
    }
    case 'backup': {
      const safety = ctx.safety;
      if (!safety) throw refused('backupUnavailable');
      return {
        kind: start.kind,
        label: '',
        changes: ['backups'],
        run: async (control) => {
          const backup = await safety.create('manual', {
            signal: control.signal,
            onProgress: (done, total) => control.progress(done, total),
          });
          return { kind: 'backup', backupId: backup.id };
        },
      };
    }
    case 'exchangeExport':
      return exportJob(ctx, start);
    case 'exchangeImport':
      return importJob(ctx, start);
  }
}
