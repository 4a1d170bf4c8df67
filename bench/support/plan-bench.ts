import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCore, type Core } from '../../electron/core';
import { repositoriesOf } from '../../electron/db/repositories';
import { documentSettingsOf } from '../../electron/documents/setup-store';
import type { MethodName } from '../../shared/api/contract';
import type { DocumentModel } from '../../shared/documents/model';
import { actionPlanMatrix } from '../../shared/documents/reports/action-plan';
import type { PlanDetail } from '../../shared/domain/plans';
import { RESOURCES_DIR } from './paths';
import { seedPlanThroughApi } from './plan-dataset';
import { taskFileHere, type FileJob } from './task-here';

/**
 * One store holding a 3,000-row plan of Kabupaten Jeneponto (generated, entered through the API
 * as the grid enters pasted blocks), shared by the plan figures of a bench run and removed at exit.
 */
export interface PlanBench {
  core: Core;
  planId: string;
  call<T>(method: MethodName, input: unknown): Promise<T>;
  /** A file job's work on the plan's store, as its worker does it (task-here.ts). */
  task(job: FileJob): Promise<{ fileName: string; bytes: Buffer }>;
}

let bench: Promise<PlanBench> | null = null;

async function build(): Promise<PlanBench> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sirakor-bench-plan-'));
  const core = await startCore({
    dataDir,
    resourcesDir: RESOURCES_DIR,
    host: 'preview',
    appVersion: 'bench',
    logError: (method, error) => console.error(method, error),
    // A backup two minutes in would land in the middle of another figure's samples.
    dailyBackup: false,
  });
  process.once('exit', () => {
    core.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const call = async <T>(method: MethodName, input: unknown): Promise<T> => {
    const result = await core.dispatch(method, input);
    if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
    return result.value as T;
  };
  await call('settings.update', {
    office: { level: 'kabupaten', kabupatenCode: '73.04', officeName: 'Bappeda Kabupaten Jeneponto', address: null },
  });
  const { planId } = await seedPlanThroughApi((method, input) => call(method as MethodName, input), {
    areaCode: '73.04',
    year: 2026,
    count: 3000,
  });
  const source = { databaseFile: core.store.databaseFile, dataDir, resourcesDir: RESOURCES_DIR, now: new Date() };
  const task = (job: FileJob) => taskFileHere(source, job);
  // The first document loads the drawing code and fonts, as the app's first document does.
  await task({ kind: 'planDocument', input: { planId, format: 'pdf' } });
  return { core, planId, call, task };
}

export function planBench(): Promise<PlanBench> {
  bench ??= build();
  return bench;
}

/**
 * The matrix `documents.plan` draws for the bench plan (months, the office's document settings,
 * no signer), built here as the handler builds it: what the document floors and peer draw.
 */
export async function planMatrixModel(): Promise<DocumentModel> {
  const { core, planId, call } = await planBench();
  const { plan, rows, totals } = await call<PlanDetail>('plans.get', { id: planId });
  const settings = documentSettingsOf(repositoriesOf({ db: core.store.db, now: () => new Date() }));
  return actionPlanMatrix(plan, rows, totals, settings, { schedule: 'months', date: '2026-01-20', signer: null });
}
