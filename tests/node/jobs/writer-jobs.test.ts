import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatch } from '../../../electron/api/dispatch';
import { handlers } from '../../../electron/api/handlers';
import { openConnection, type Db } from '../../../electron/db/connection';
import { createJobRegistry, type JobRegistry, type JobOutcome } from '../../../electron/jobs/registry';
import { RESOURCES_DIR } from '../support/paths';
import { startTestCore, valueOf } from '../support/temp';

/**
 * A job whose worker writes the database (Terima data) holds SQLite's write lock for its whole
 * transaction. The host's writes meanwhile wait for the job in the dispatcher, never on the lock:
 * there the host's one thread would stand still for the busy timeout (5 s) and the write would fail.
 * The worker is played by a second connection holding a real write lock.
 */
type TestCore = Awaited<ReturnType<typeof startTestCore>>;

let core: TestCore;
let jobs: JobRegistry;
let dispatch: Dispatch;
let worker: Db;

beforeAll(async () => {
  core = await startTestCore();
  jobs = createJobRegistry({
    emit: () => undefined,
    share: (work) => work(),
    alone: (work) => work(),
    now: () => new Date(),
    logError: () => undefined,
  });
  const ctx = {
    db: core.store.db,
    dataDir: core.dataDir,
    databaseFile: core.store.databaseFile,
    resourcesDir: RESOURCES_DIR,
    host: 'preview' as const,
    appVersion: 'test',
    now: () => new Date(),
    jobs,
  };
  dispatch = createDispatcher({ ctx, handlers, emit: () => undefined, beforeWrite: () => jobs.writersDone() });
  worker = openConnection(core.store.databaseFile);
});

afterAll(() => {
  worker.close();
  core.close();
});

/**
 * A writing job that runs until `finish` is called, holding the write lock on the "worker"
 * connection unless `lock` is false (one connection holds one transaction).
 */
function writingJob({ outcome = 'done', lock = true }: { outcome?: 'done' | 'failed'; lock?: boolean } = {}) {
  let finish: () => void = () => undefined;
  const ended = new Promise<void>((resolve) => (finish = resolve));
  const info = jobs.start({
    kind: 'exchangeImport',
    label: 'paket.sirakor',
    writes: true,
    run: async (): Promise<JobOutcome> => {
      if (lock) {
        worker.exec('BEGIN IMMEDIATE');
        worker.prepare("INSERT OR REPLACE INTO settings VALUES ('test.worker', '1', '2026-12-07')").run();
      }
      await ended;
      if (lock) worker.exec(outcome === 'done' ? 'COMMIT' : 'ROLLBACK');
      if (outcome === 'failed') throw new Error('the package was damaged');
      return { kind: 'exchange', historyId: 'h' };
    },
  });
  return { info, finish };
}

const settledWithin = async <T>(promise: Promise<T>, ms: number): Promise<boolean> =>
  Promise.race([promise.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms))]);

const institution = (name: string) => ({ name, sector: 'kesehatan', level: 'kecamatan' });

describe('writes while a job writes the database', () => {
  it('wait for the job, in the order they came, while reads and the job controls answer at once', async () => {
    const job = writingJob();
    const first = dispatch('institutions.create', institution('Puskesmas Tolo'));
    const second = dispatch('institutions.create', institution('Puskesmas Bontoramba'));

    const readStarted = performance.now();
    const list = await dispatch('institutions.list', {});
    expect(list.ok).toBe(true);
    expect(performance.now() - readStarted).toBeLessThan(1_000);
    expect((valueOf(await dispatch('jobs.list', {})) as { id: string }[]).map((each) => each.id)).toContain(
      job.info.id,
    );
    expect(await settledWithin(first, 300)).toBe(false);

    job.finish();
    expect((await first).ok).toBe(true);
    expect((await second).ok).toBe(true);
    const names = (valueOf(await dispatch('institutions.list', {})) as { items: { name: string }[] }).items.map(
      (item) => item.name,
    );
    expect(names).toEqual(expect.arrayContaining(['Puskesmas Tolo', 'Puskesmas Bontoramba']));
    expect(worker.prepare("SELECT value FROM settings WHERE key = 'test.worker'").pluck().get()).toBe('1');
  });

  it('go ahead after a job that failed, and at once when no job writes', async () => {
    const job = writingJob({ outcome: 'failed' });
    const write = dispatch('institutions.create', institution('Dinas Kesehatan Jeneponto'));
    expect(await settledWithin(write, 200)).toBe(false);
    job.finish();
    expect((await write).ok).toBe(true);
    expect((await dispatch('jobs.list', {})).ok).toBe(true);

    const started = performance.now();
    valueOf(await dispatch('institutions.create', institution('Puskesmas Arungkeke')));
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('run in their turn when no job writes: a read asked right after a write sees it', async () => {
    const write = dispatch('institutions.create', institution('Puskesmas Bangkala'));
    const read = dispatch('institutions.list', { query: 'Bangkala' });
    const listed = valueOf(await read) as { items: { name: string }[] };
    expect(listed.items.map((item) => item.name)).toEqual(['Puskesmas Bangkala']);
    expect((await write).ok).toBe(true);
  });

  it('wait for every writing job that runs, not only the first to end', async () => {
    const one = writingJob();
    const two = writingJob({ lock: false });
    const write = dispatch('institutions.create', institution('Puskesmas Binamu'));
    one.finish();
    await jobs.settled(one.info.id);
    expect(await settledWithin(write, 200)).toBe(false);
    two.finish();
    expect((await write).ok).toBe(true);
  });
});
