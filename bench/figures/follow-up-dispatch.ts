import { copyFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createDispatcher, type Dispatch } from '../../electron/api/dispatch';
import { handlers } from '../../electron/api/handlers';
import { openConnection, type Db } from '../../electron/db/connection';
import type { MethodName, OutputOf } from '../../shared/api/contract';
import { benchDataset } from '../dataset/cache';
import { RESOURCES_DIR } from '../support/paths';

export interface DatasetDispatch {
  db: Db;
  dispatch: Dispatch;
  call<M extends MethodName>(method: M, input: unknown): Promise<OutputOf<M>>;
  close(): void;
}

/**
 * The dispatcher over the cached ten-year dataset (bench/dataset), opened read-only, with the
 * handlers' clock at the dataset's day (mid-morning WITA), as the follow-up figures measure it.
 * With `copyTo` (a file path) the dataset is copied there first and opened for writing.
 */
export async function datasetDispatch(options: { copyTo?: string } = {}): Promise<DatasetDispatch> {
  const { file: cached, today } = await benchDataset({ log: (line) => console.log(`\n${line}`) });
  if (options.copyTo) copyFileSync(cached, options.copyTo);
  const file = options.copyTo ?? cached;
  const db = openConnection(file, { readonly: !options.copyTo });
  const now = new Date(`${today}T02:00:00Z`);
  const dispatch = createDispatcher({
    ctx: {
      db,
      dataDir: dirname(file),
      databaseFile: file,
      resourcesDir: RESOURCES_DIR,
      host: 'preview',
      appVersion: 'bench',
      now: () => now,
    },
    handlers,
    emit: () => undefined,
    logError: (method, error) => console.error(method, error),
  });
  return {
    db,
    dispatch,
    async call<M extends MethodName>(method: M, input: unknown): Promise<OutputOf<M>> {
      const result = await dispatch(method, input);
      if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
      return result.value as OutputOf<M>;
    },
    close: () => db.close(),
  };
}

/** Milliseconds taken by `work`, with the monotonic clock. */
export async function millis(work: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}
