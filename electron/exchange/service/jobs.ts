import type { ParsedInputOf } from '../../../shared/api/contract';
import type { HandlerContext } from '../../api/context';
import type { JobSpec } from '../../jobs/registry';
import { runJsonTask, runTaskInWorker, taskSourceOf } from '../../jobs/task-runner';
import { dropPackage, keptPackage } from './inbox';
import { officeKeyTexts } from './job-work';
import { localOffice } from './local';

type StartInput<K extends 'exchangeExport' | 'exchangeImport'> = Extract<ParsedInputOf<'jobs.start'>, { kind: K }>;

/** What an import changes: every exchanged record, the offices and the history. */
const IMPORTED = ['institutions', 'people', 'meetings', 'commitments', 'plans', 'catalogue', 'exchange'] as const;

/** The package's media type: any file, to the browser and the OS. */
const PACKAGE_MEDIA_TYPE = 'application/octet-stream';

/**
 * Kirim data as a job, in a worker thread of its own (`job-work.ts`): the records collected and the
 * package written into a folder of the job's own (then saved by the user, like every file a job
 * makes); the history and the recipient's mark are recorded only once the file is complete, and
 * never after Batal (the package and its folder go).
 */
export function exportJob(ctx: HandlerContext, start: StartInput<'exchangeExport'>): JobSpec {
  const office = officeKeyTexts(localOffice(ctx.identity));
  const source = taskSourceOf(ctx);
  const input = { ...start.input, appVersion: ctx.appVersion };
  return {
    kind: 'exchangeExport',
    label: '',
    changes: ['exchange'],
    run: (control) =>
      runTaskInWorker({ task: 'exchangeExport', input, office, source }, control, 'package', PACKAGE_MEDIA_TYPE),
  };
}

/**
 * Terima data as a job, in a worker thread of its own: the kept package checked again and applied
 * with its history entry in one transaction on the worker's connection (the host reads on
 * meanwhile); Batal rolls it back whole and keeps the package to try again. The kept copy goes
 * once the import is recorded.
 */
export function importJob(ctx: HandlerContext, start: StartInput<'exchangeImport'>): JobSpec {
  const office = officeKeyTexts(localOffice(ctx.identity));
  const kept = keptPackage(ctx.dataDir, start.input.ref);
  const source = taskSourceOf(ctx);
  return {
    kind: 'exchangeImport',
    label: kept.fileName,
    changes: IMPORTED,
    writes: true,
    run: async (control) => {
      const task = { task: 'exchangeImport', input: { ref: kept.ref }, office, source } as const;
      const { historyId } = await runJsonTask<{ historyId: string }>(task, control);
      dropPackage(ctx.dataDir, kept.ref);
      return { kind: 'exchange', historyId };
    },
  };
}
