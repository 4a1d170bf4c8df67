import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataLock, DataFolderInUseError } from '../../../electron/db/data-lock';
import { MigrationError } from '../../../electron/db/migrate';
import { DATABASE_FILE_NAME, isNetworkPath, NetworkDataFolderError, openStore } from '../../../electron/db/store';
import { cleanTempDirsAfterEach, RESOURCES_DIR, tempDir } from '../support/temp';

cleanTempDirsAfterEach();

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const HOLDER = fileURLToPath(new URL('../support/hold-store.ts', import.meta.url));

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill();
});

function open(dataDir: string) {
  return openStore({ dataDir, resourcesDir: RESOURCES_DIR });
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('Expected the promise to be rejected');
    },
    (error: unknown) => error,
  );
}

/** A process id that surely belongs to no running process: one that has just exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await once(child, 'exit');
  return child.pid as number;
}

/** Starts another process that opens the store of `dataDir` and keeps it open. */
async function holdInOtherProcess(dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', HOLDER, dataDir], {
    cwd: REPO_ROOT,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  children.push(child);
  let output = '';
  for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
    output += chunk.toString();
    if (output.includes('ready\n')) return child;
  }
  throw new Error(`The holder process ended without opening the store: ${output}`);
}

describe('openStore', () => {
  it('creates the folder and database, migrates and loads the regions on first run', async () => {
    const dataDir = join(tempDir(), 'nested', 'data');
    const store = await open(dataDir);
    expect(store.databaseFile).toBe(join(dataDir, DATABASE_FILE_NAME));
    expect(store.migration).toEqual({
      from: 0,
      to: 13,
      applied: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13],
      backupFile: null,
    });
    expect(store.regions).toEqual({ loaded: 91_599, skipped: false });
    expect(readFileSync(join(dataDir, 'sirakor.lock'), 'utf8')).toBe(String(process.pid));
    store.close();
    expect(existsSync(join(dataDir, 'sirakor.lock'))).toBe(false);
  });

  it('skips migrations and the region load when opened again', async () => {
    const dataDir = tempDir();
    const first = await open(dataDir);
    first.db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('language', '\"en\"', 'now')").run();
    first.close();

    const second = await open(dataDir);
    expect(second.migration).toEqual({ from: 13, to: 13, applied: [], backupFile: null });
    expect(second.regions).toEqual({ loaded: 0, skipped: true });
    expect(second.db.prepare('SELECT count(*) AS n FROM areas').get()).toEqual({ n: 91_599 });
    expect(second.db.prepare("SELECT value FROM settings WHERE key = 'language'").get()).toEqual({ value: '"en"' });
    expect(existsSync(join(dataDir, 'backups'))).toBe(false);
    second.close();
  });

  it('refuses a second open of the same folder in this process while the first is open', async () => {
    const dataDir = tempDir();
    const first = await open(dataDir);
    const error = await rejectionOf(open(dataDir));
    expect(error).toBeInstanceOf(DataFolderInUseError);
    expect((error as DataFolderInUseError).pid).toBe(process.pid);
    // The refused attempt must not have removed the first holder's lock.
    expect(readFileSync(join(dataDir, 'sirakor.lock'), 'utf8')).toBe(String(process.pid));
    first.close();

    const again = await open(dataDir);
    again.close();
  });

  it('refuses a folder held by another running process and takes it over once that process died', async () => {
    const dataDir = tempDir();
    const holder = await holdInOtherProcess(dataDir);

    const error = await rejectionOf(open(dataDir));
    expect(error).toBeInstanceOf(DataFolderInUseError);
    expect((error as DataFolderInUseError).pid).toBe(holder.pid);

    holder.kill('SIGKILL');
    await once(holder, 'exit');
    expect(readFileSync(join(dataDir, 'sirakor.lock'), 'utf8')).toBe(String(holder.pid));

    const store = await open(dataDir);
    expect(store.regions.skipped).toBe(true);
    expect(readFileSync(join(dataDir, 'sirakor.lock'), 'utf8')).toBe(String(process.pid));
    store.close();
  });

  it('frees the folder when the other process closes its store', async () => {
    const dataDir = tempDir();
    const holder = await holdInOtherProcess(dataDir);
    holder.stdin?.end();
    await once(holder, 'exit');
    expect(holder.exitCode).toBe(0);
    expect(existsSync(join(dataDir, 'sirakor.lock'))).toBe(false);
    (await open(dataDir)).close();
  });

  it.each([
    ['a dead process', async () => String(await deadPid())],
    ['no readable pid', async () => 'garbage'],
  ])('takes over a stale lock naming %s', async (_case, content) => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'sirakor.lock'), await content());
    const store = await open(dataDir);
    expect(readFileSync(join(dataDir, 'sirakor.lock'), 'utf8')).toBe(String(process.pid));
    store.close();
  });

  it('releases a lock only once, so a later holder keeps its lock', () => {
    const dataDir = tempDir();
    const release = acquireDataLock(dataDir);
    release();
    const releaseAgain = acquireDataLock(dataDir);
    release();
    expect(existsSync(join(dataDir, 'sirakor.lock'))).toBe(true);
    releaseAgain();
    expect(existsSync(join(dataDir, 'sirakor.lock'))).toBe(false);
  });

  it('releases the lock when the database cannot be opened', async () => {
    const dataDir = tempDir();
    const foreign = new Database(join(dataDir, DATABASE_FILE_NAME));
    foreign.exec('CREATE TABLE customers (id INTEGER PRIMARY KEY)');
    foreign.close();

    const error = await rejectionOf(open(dataDir));
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as MigrationError).reason).toBe('not-sirakor');
    expect(readdirSync(dataDir).filter((name) => name === 'sirakor.lock')).toEqual([]);
  });

  it.each(['\\\\server\\share\\sirakor', '//server/share/sirakor'])('refuses the network path %s', async (dataDir) => {
    const error = await rejectionOf(open(dataDir));
    expect(error).toBeInstanceOf(NetworkDataFolderError);
    expect((error as NetworkDataFolderError).dataDir).toBe(dataDir);
  });

  it('tells network paths from local ones', () => {
    expect(isNetworkPath('\\\\fileserver\\data')).toBe(true);
    expect(isNetworkPath('//fileserver/data')).toBe(true);
    expect(isNetworkPath('C:\\Users\\operator\\AppData\\Roaming\\Sirakor')).toBe(false);
    expect(isNetworkPath('/home/operator/.config/Sirakor')).toBe(false);
    expect(isNetworkPath('relative/data')).toBe(false);
    expect(isNetworkPath('\\\\?\\UNC\\fileserver\\data')).toBe(true);
    expect(isNetworkPath('\\\\?\\C:\\Users\\operator\\Sirakor')).toBe(false);
    expect(isNetworkPath('\\\\.\\C:\\data')).toBe(false);
  });
});
