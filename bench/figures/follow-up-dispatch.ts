import { copyFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createDispatcher, type Dispatch } from '../../electron/api/dispatch';
import { handlers } from '../../electron/api/handlers';
import { openConnection, type Db } from '../../electron/db/connection';
import type { InputOf, MethodName, OutputOf } from '../../shared/api/contract';
import { benchDataset } from '../dataset/cache';
import type { Figure, Measurement } from '../figure';
import { pairedTimes, record, replayOn, type Recording } from '../floors/sql-replay';
import { percentile } from '../stats';
import { RESOURCES_DIR } from '../support/paths';
import { taskFileHere, type FileJob } from '../support/task-here';

export interface DatasetDispatch {
  db: Db;
  /** The data folder and the clock the handlers are given. */
  dataDir: string;
  now: Date;
  dispatch: Dispatch;
  call<M extends MethodName>(method: M, input: unknown): Promise<OutputOf<M>>;
  /** A file job's work on the dataset, as its worker does it (bench/support/task-here.ts). */
  task(job: FileJob): Promise<{ fileName: string; bytes: Buffer }>;
  close(): void;
}

/**
 * The dispatcher over the cached ten-year dataset (bench/dataset), opened read-only, with the
 * handlers' clock at the dataset's day (mid-morning WITA), as the follow-up figures measure it.
 * With `copyTo` (a file path) the dataset is copied there first and opened for writing.
 */
export async function datasetDispatch(options: { copyTo?: string; file?: string } = {}): Promise<DatasetDispatch> {
  const dataset = await benchDataset({ log: (line) => console.log(`\n${line}`) });
  // Another file derived from the dataset (the kabupaten of bench/exchange), read as of the same day.
  const { today } = dataset;
  const cached = options.file ?? dataset.file;
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
    dataDir: dirname(file),
    now,
    dispatch,
    async call<M extends MethodName>(method: M, input: unknown): Promise<OutputOf<M>> {
      const result = await dispatch(method, input);
      if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
      return result.value as OutputOf<M>;
    },
    task: (job) => taskFileHere({ databaseFile: file, dataDir: dirname(file), resourcesDir: RESOURCES_DIR, now }, job),
    close: () => db.close(),
  };
}

export interface DatasetCalls<M extends MethodName> {
  method: M;
  /** The measured calls' inputs, in order (read from the dataset if need be). */
  inputs(db: Db): InputOf<M>[];
  /** How many of the first inputs are called (with their floors) before timing: statements, caches. */
  warmUp: number;
  /** Throws when a call's answer is not what the figure means to measure. */
  check?(output: OutputOf<M>): void;
  /** The database file to call on, read-only (default: the dataset itself). */
  file?(): Promise<string>;
}

/**
 * A read API figure on the dataset and its floor: one sample is the p95 of the calls (each
 * through the dispatcher, as the renderer asks) and the p95 of their SQL run directly, call by
 * call side by side. The SQL is recorded once in `setup`.
 */
export function datasetCallsFigure<M extends MethodName>(
  spec: DatasetCalls<M>,
): Pick<Figure, 'floor' | 'setup' | 'sample'> {
  let recordings: Recording[] = [];
  let inputs: InputOf<M>[] = [];
  return {
    floor: { label: 'the same SQL statements run directly with better-sqlite3' },
    async setup() {
      const bench = await datasetDispatch({ file: await spec.file?.() });
      try {
        inputs = spec.inputs(bench.db);
        recordings = [];
        for (const input of inputs) recordings.push(await record(() => bench.call(spec.method, input)));
      } finally {
        bench.close();
      }
    },
    async sample(): Promise<Measurement> {
      const bench = await datasetDispatch({ file: await spec.file?.() });
      try {
        const replays = recordings.map((recording) => replayOn(bench.db, recording));
        const call = async (i: number) => {
          const output = await bench.call(spec.method, inputs[i]);
          spec.check?.(output);
        };
        await pairedTimes(replays.slice(0, spec.warmUp), call);
        const times = await pairedTimes(replays, call);
        return { value: percentile(times.calls, 95), floor: percentile(times.floors, 95) };
      } finally {
        bench.close();
      }
    },
  };
}
