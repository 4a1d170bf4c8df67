import { readFileSync, rmSync } from 'node:fs';
import { EVERYTHING, type ParsedInputOf } from '../../shared/api/contract';
import { MEDIA_TYPES } from '../../shared/domain/files';
import type { HandlerContext } from '../api/context';
import { invalidField, notFound, refused } from '../api/errors';
import type { CandidateReport } from '../backups/candidate';
import { repositoriesOf } from '../db/repositories';
import { livePlan } from '../plans/rows';
import { exportJob, importJob } from '../exchange/service/jobs';
import { reportSignerOf } from '../documents/report-signer';
import { formSigningOf } from '../progress-forms/signing';
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
      const repos = repositoriesOf(ctx);
      const plan = livePlan(repos, start.input.planId);
      // A signer asked for who is not in the directory is refused at once, on its field.
      if (start.input.signerPersonId && !repos.people.get(start.input.signerPersonId)) {
        throw invalidField('signerPersonId', 'validation.personUnknown');
      }
      const task = { task: 'planDocument', input: start.input } as const;
      return { kind: start.kind, label: plan.title, run: inWorker(ctx, task, start.input.format) };
    }
    case 'commitmentReport': {
      reportSignerOf(repositoriesOf(ctx), start.input.signerPersonId);
      const task = { task: 'commitmentReport', input: start.input } as const;
      return { kind: start.kind, label: '', run: inWorker(ctx, task, start.input.format) };
    }
    case 'semesterReport': {
      // A signer asked for who is not in the directory is refused at once, on its field.
      reportSignerOf(repositoriesOf(ctx), start.input.signerPersonId);
      const task = { task: 'semesterReport', input: start.input } as const;
      return { kind: start.kind, label: '', run: inWorker(ctx, task, start.input.format) };
    }
    case 'directoryXlsx':
      return { kind: start.kind, label: '', run: inWorker(ctx, { task: 'directoryXlsx', input: start.input }, 'xlsx') };
    case 'progressForms': {
      const institution = start.input.institutionId
        ? repositoriesOf(ctx).institutions.get(start.input.institutionId)
        : null;
      if (start.input.institutionId && !institution) throw notFound('institution');
      // The forms' signing key is drawn on first use and stored: here, since the worker only reads.
      formSigningOf(repositoriesOf(ctx));
      const task = { task: 'progressForms', input: start.input } as const;
      return {
        kind: start.kind,
        label: institution?.name ?? '',
        run: inWorker(ctx, task, start.input.institutionId ? 'xlsx' : 'zip'),
      };
    }
    case 'restore': {
      const safety = ctx.safety;
      if (!safety) throw refused('backupUnavailable');
      const backupId = start.input.id;
      const inspect = (control: JobControl) => async (file: string) => {
        const task = { task: 'restoreCheck', input: { file }, source: sourceOf(ctx) } as const;
        const checked = await runTaskInWorker(task, control, 'json', 'application/json');
        try {
          return JSON.parse(readFileSync(checked.path, 'utf8')) as CandidateReport;
        } finally {
          rmSync(checked.path, { force: true });
        }
      };
      return {
        kind: start.kind,
        label: safety.list().find((backup) => backup.id === backupId)?.fileName ?? '',
        changes: EVERYTHING,
        ownGate: true,
        run: async (control) => {
          const report = await safety.restoreBackupJob(backupId, {
            signal: control.signal,
            onProgress: (done, total) => control.progress(done, total),
            inspect: inspect(control),
            pastReturn: () => control.pastReturn(),
            shared: control.shared,
            alone: control.alone,
          });
          return { kind: 'restore', report };
        },
      };
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
