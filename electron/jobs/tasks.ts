import { renameSync, writeFileSync } from 'node:fs';
import type { ParsedJobInputOf } from '../../shared/api/schemas/jobs';
import { AppError, type ErrorCode, type Message } from '../../shared/api/result';
import { localDateIn } from '../../shared/domain/overdue';
import type { DocumentModel } from '../../shared/documents/model';
import { openConnection, type Db } from '../db/connection';
import type { DataContext } from '../db/clock';

/** Where a task reads: the live database file, opened read-only in the worker, at the request's instant. */
export interface TaskSource {
  databaseFile: string;
  nativeBinding?: string;
  dataDir: string;
  resourcesDir: string;
  /** The request's instant (ISO): "today" for overdue, the documents' date. */
  now: string;
}

export type TaskRequest = { source: TaskSource; outPath: string } & (
  | { task: 'ledgerXlsx'; input: ParsedJobInputOf<'ledgerXlsx'> }
  | { task: 'planXlsx'; input: ParsedJobInputOf<'planXlsx'> }
  | { task: 'planDocument'; input: ParsedJobInputOf<'planDocument'> }
  | { task: 'commitmentReport'; input: ParsedJobInputOf<'commitmentReport'> }
  | { task: 'semesterReport'; input: ParsedJobInputOf<'semesterReport'> }
  | { task: 'directoryXlsx'; input: ParsedJobInputOf<'directoryXlsx'> }
  | { task: 'progressForms'; input: ParsedJobInputOf<'progressForms'> }
  /** A restore's copy checked (integrity, schema, counts): its report is the task's file, as JSON. */
  | { task: 'restoreCheck'; input: { file: string } }
);

/** What a worker tells its job: how far it is, the file it wrote, or why it failed. */
export type TaskMessage =
  | { type: 'progress'; done: number; total: number | null }
  | { type: 'done'; fileName: string; sizeBytes: number }
  | { type: 'failed'; error: (Message & { code: ErrorCode }) | null; message: string };

type Report = (done: number, total: number | null) => void;

/** The steps of a document job: read, drawn, written. */
const DOCUMENT_STEPS = 3;

async function ledgerXlsx(ctx: DataContext, input: ParsedJobInputOf<'ledgerXlsx'>, report: Report) {
  const { repositoriesOf } = await import('../db/repositories');
  const { clockOf, ledgerFilterOf } = await import('../commitments/follow-up');
  const { ledgerWorkbook } = await import('../commitments/ledger-xlsx');
  const repos = repositoriesOf(ctx);
  const clock = clockOf(ctx, repos);
  const rows = repos.ledger.all(ledgerFilterOf(input), input.sort, clock);
  report(0, rows.length);
  const today = localDateIn(clock.officeZone, clock.now);
  const bytes = await ledgerWorkbook(
    rows,
    `Daftar komitmen ${today}`,
    (written) => report(written, rows.length),
    repos.offices.ownName(),
  );
  report(rows.length, rows.length);
  return { bytes, fileName: `komitmen-${today}.xlsx` };
}

async function drawn(
  source: TaskSource,
  read: () => { model: DocumentModel; fileName: string },
  format: 'pdf' | 'docx',
  report: Report,
) {
  report(0, DOCUMENT_STEPS);
  const { model, fileName } = read();
  report(1, DOCUMENT_STEPS);
  const { renderPlanModel } = await import('../documents/worker/render');
  const bytes = await renderPlanModel({ model, format, resourcesDir: source.resourcesDir, createdAt: source.now });
  report(2, DOCUMENT_STEPS);
  return { bytes, fileName };
}

async function produce(request: TaskRequest, ctx: DataContext, report: Report) {
  switch (request.task) {
    case 'ledgerXlsx':
      return ledgerXlsx(ctx, request.input, report);
    case 'planXlsx': {
      const { planXlsxBytes } = await import('../plans/export');
      report(0, 1);
      return planXlsxBytes(ctx, request.input.planId);
    }
    case 'planDocument': {
      const { planMatrixModel } = await import('../documents/plan-matrix');
      const input = request.input;
      return drawn(request.source, () => planMatrixModel(ctx, input), input.format, report);
    }
    case 'commitmentReport': {
      const { commitmentReportOf } = await import('../documents/commitment-report');
      const input = request.input;
      const reportCtx = { ...ctx, dataDir: request.source.dataDir };
      return drawn(request.source, () => commitmentReportOf(reportCtx, input), input.format, report);
    }
    case 'semesterReport': {
      const { repositoriesOf } = await import('../db/repositories');
      const { clockOf } = await import('../commitments/follow-up');
      const { semesterFileName, semesterReportModel } = await import('../documents/semester-report');
      const input = request.input;
      const read = () => {
        const repos = repositoriesOf(ctx);
        const clock = clockOf(ctx, repos);
        const model = ctx.db.transaction(() => semesterReportModel(repos, request.source.dataDir, input, clock))();
        return { model, fileName: semesterFileName(input.period, input.format) };
      };
      return drawn(request.source, read, input.format, report);
    }
    case 'directoryXlsx': {
      const { repositoriesOf } = await import('../db/repositories');
      const { officeZoneOf } = await import('../commitments/follow-up');
      const { directoryWorkbook } = await import('../directory/spreadsheet/export');
      report(0, 1);
      const today = localDateIn(officeZoneOf(repositoriesOf(ctx)), ctx.now());
      return directoryWorkbook(ctx, request.input.includeContacts, today);
    }
    case 'progressForms': {
      const { formsToMake } = await import('../progress-forms/service');
      const { formsFile } = await import('../progress-forms/forms-file');
      const { forms, fileName } = formsToMake(ctx, request.input);
      // Progress in institutions: each form written in turn.
      report(0, forms.length);
      return { bytes: formsFile(forms, ctx.now(), (done) => report(done, forms.length)), fileName };
    }
    case 'restoreCheck': {
      const { inspectCandidate } = await import('../backups/candidate');
      const { nativeBinding } = request.source;
      const checked = inspectCandidate(request.input.file, nativeBinding ? { nativeBinding } : {});
      return { bytes: Buffer.from(JSON.stringify(checked)), fileName: 'candidate.json' };
    }
  }
}

/**
 * Runs one task in a worker thread: opens the database read-only (the host's connection keeps
 * serving the screens), produces the file, and writes it under a temporary name renamed into
 * place once complete, so a job stopped halfway leaves no file that looks finished.
 */
export async function runTask(request: TaskRequest, post: (message: TaskMessage) => void): Promise<void> {
  let db: Db | null = null;
  try {
    db = openConnection(request.source.databaseFile, {
      readonly: true,
      ...(request.source.nativeBinding ? { nativeBinding: request.source.nativeBinding } : {}),
    });
    const instant = new Date(request.source.now);
    const ctx: DataContext = { db, now: () => instant };
    const { bytes, fileName } = await produce(request, ctx, (done, total) => post({ type: 'progress', done, total }));
    const part = `${request.outPath}.part`;
    writeFileSync(part, bytes);
    renameSync(part, request.outPath);
    post({ type: 'done', fileName, sizeBytes: bytes.byteLength });
  } catch (error) {
    post({
      type: 'failed',
      error: error instanceof AppError ? messageOf(error) : null,
      message: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  } finally {
    db?.close();
  }
}

/** A refusal as its parts, the first field issue's where it is about a field (the notice shows one message). */
function messageOf(error: AppError): Message & { code: ErrorCode } {
  const issue = error.details?.[0];
  const params = issue ? issue.params : error.params;
  return { code: error.code, key: issue?.key ?? error.key, ...(params ? { params } : {}) };
}
