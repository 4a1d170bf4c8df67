import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { startPreviewServer } from '../../../electron/preview/server';
import { MAX_BODY_BYTES } from '../../../electron/preview/server';
import { cleanTempDirsAfterEach, startTestCore, tempDir } from '../support/temp';

cleanTempDirsAfterEach();

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const CLI = join(REPO_ROOT, 'electron', 'preview', 'cli.ts');

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0))
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

/** Starts `npm run preview` (without building the UI) and resolves once it serves, or with its exit. */
async function startPreview(dataDir: string): Promise<{ child: ChildProcess; output: () => string; served: boolean }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, '--no-build', '--data-dir', dataDir], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const served = await new Promise<boolean>((resolve) => {
    const timer = setInterval(() => {
      if (output.includes('Sirakor preview: http')) {
        clearInterval(timer);
        resolve(true);
      }
    }, 25);
    child.once('exit', () => {
      clearInterval(timer);
      resolve(false);
    });
  });
  return { child, output: () => output, served };
}

describe('preview host and data safety', () => {
  it('writes the backup at quit on SIGTERM, then exits cleanly', async () => {
    const dataDir = tempDir();
    const { child, served } = await startPreview(dataDir);
    expect(served).toBe(true);
    child.kill('SIGTERM');
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(0);
    const files = readdirSync(join(dataDir, 'backups'));
    expect(files.filter((f) => /^sirakor-.*-quit\.(sqlite|json)$/.test(f))).toHaveLength(2);
    expect(readdirSync(dataDir)).not.toContain('sirakor.lock');
  }, 60_000);

  it('refuses a data folder another preview host is using', async () => {
    const dataDir = tempDir();
    const first = await startPreview(dataDir);
    expect(first.served).toBe(true);
    const second = await startPreview(dataDir);
    expect(second.served).toBe(false);
    expect(second.child.exitCode).toBe(1);
    expect(second.output()).toContain('Sirakor preview could not start: The data folder is in use by process');
  }, 60_000);

  it('takes a database file larger than the usual body limit for restoreUpload', async () => {
    const core = await startTestCore();
    const preview = await startPreviewServer({
      dispatch: core.dispatch,
      subscribe: core.subscribe,
      staticDir: null,
      token: 'b'.repeat(48),
    });
    try {
      const post = (method: string, body: unknown) =>
        fetch(`http://127.0.0.1:${preview.port}/api/${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-sirakor-token': 'b'.repeat(48) },
          body: JSON.stringify(body),
        });
      const big = Buffer.alloc(MAX_BODY_BYTES, 1).toString('base64');
      const upload = await post('backups.restoreUpload', { name: 'besar.sqlite', dataBase64: big });
      expect(upload.status).toBe(200);
      expect(await upload.json()).toMatchObject({ ok: false, error: { message: { key: 'error.backup.notDatabase' } } });
      // Other methods keep the usual limit.
      expect((await post('institutions.create', { name: big })).status).toBe(413);
    } finally {
      await preview.close();
      core.close();
    }
  });
});
