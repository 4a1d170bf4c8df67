import { mkdirSync } from 'node:fs';
import { basename } from 'node:path';
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { HandlerContext } from '../../api/context';
import type { JobControl, JobSpec } from '../../jobs/registry';
import { copyToFolder } from './folder';
import { dropPackage, keptPackage } from './inbox';
import { inspectPackage } from './inspect';
import { localOffice } from './local';
import { refuseIfImported, importPackage } from './receive';
import { writeExport } from './send';

type StartInput<K extends 'exchangeExport' | 'exchangeImport'> = Extract<ParsedInputOf<'jobs.start'>, { kind: K }>;

/** What an import changes: every exchanged record, the offices and the history. */
const IMPORTED = ['institutions', 'people', 'meetings', 'commitments', 'plans', 'catalogue', 'exchange'] as const;

/** The package's media type: any file, to the browser and the OS. */
const PACKAGE_MEDIA_TYPE = 'application/octet-stream';

function abortError(): Error {
  const error = new Error('The job was cancelled');
  error.name = 'AbortError';
  return error;
}

/**
 * Lets the host answer the screens (progress, Batal) between the steps of work that runs in one
 * piece (reading and writing a package is synchronous, so that it fits one transaction).
 */
async function step(control: JobControl, done: number, total: number): Promise<void> {
  control.progress(done, total);
  await new Promise((resolve) => setImmediate(resolve));
  if (control.signal.aborted) throw abortError();
}

/**
 * Kirim data as a job: the records collected and the package written into the jobs' folder (then
 * saved by the user, like every file a job makes); the history and the recipient's mark are
 * recorded only once the file is complete.
 */
export function exportJob(ctx: HandlerContext, start: StartInput<'exchangeExport'>): JobSpec {
  const local = localOffice(ctx.identity);
  return {
    kind: 'exchangeExport',
    label: '',
    changes: ['exchange'],
    run: async (control) => {
      await step(control, 0, 2);
      // A folder of the job's own: the package keeps its readable name without meeting another job's.
      const folder = control.outputPath('package');
      mkdirSync(folder, { recursive: true });
      const written = writeExport(ctx.db, {
        dataDir: ctx.dataDir,
        local,
        request: start.input,
        folder,
        now: ctx.now,
        appVersion: ctx.appVersion,
      });
      // The folder pertukaran gets its copy once the package is complete and recorded.
      if (start.input.toFolder) copyToFolder(ctx.db, written.path, basename(written.path));
      control.progress(2, 2);
      return {
        kind: 'file',
        path: written.path,
        fileName: basename(written.path),
        mediaType: PACKAGE_MEDIA_TYPE,
        sizeBytes: written.entry.sizeBytes,
      };
    },
  };
}

/**
 * Terima data as a job: the kept package checked again (it must come from a trusted office with the
 * keys on record, and not have been applied before), then applied with its history entry in one
 * transaction; the kept copy goes afterwards.
 */
export function importJob(ctx: HandlerContext, start: StartInput<'exchangeImport'>): JobSpec {
  const local = localOffice(ctx.identity);
  const kept = keptPackage(ctx.dataDir, start.input.ref);
  return {
    kind: 'exchangeImport',
    label: kept.fileName,
    changes: IMPORTED,
    run: async (control) => {
      await step(control, 0, 3);
      const { verdict } = inspectPackage(ctx.db, local, kept);
      refuseIfImported(ctx.db, verdict.packageSha256);
      await step(control, 1, 3);
      const entry = importPackage(ctx.db, { dataDir: ctx.dataDir, local, kept, verdict, now: ctx.now });
      dropPackage(ctx.dataDir, kept.ref);
      control.progress(3, 3);
      return { kind: 'exchange', historyId: entry.id };
    },
  };
}
