import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { QUIT_BACKUP_TIMEOUT_MS, withTimeout } from '../backups/guard';
import { startCore } from '../core';
import { parsePreviewArgs } from './args';
import { startPreviewServer } from './server';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

async function buildRenderer(outDir: string): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: join(root, 'renderer.vite.config.ts'), logLevel: 'warn', build: { outDir } });
}

/**
 * `npm run preview -- --data-dir DIR [--port N] [--demo] [--no-build] [--static-dir DIR]`: the
 * whole app in a browser, on the same handlers as the desktop window, for trying Sirakor and for
 * end-to-end tests.
 */
async function main(): Promise<void> {
  const args = parsePreviewArgs(process.argv.slice(2));
  const dataDir = resolve(args.dataDir ?? process.env.SIRAKOR_DATA_DIR ?? join(root, '.cache', 'preview-data'));
  const staticDir = resolve(args.staticDir ?? join(root, 'out', 'renderer'));
  if (args.build) await buildRenderer(staticDir);
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const core = await startCore({
    dataDir,
    resourcesDir: join(root, 'resources'),
    host: 'preview',
    appVersion: version,
  });
  if (args.demo) {
    const loaded = await core.dispatch('demo.load', {});
    if (loaded.ok)
      console.log('Sample data (demo) loaded into the empty data folder; remove it from the app when done.');
    else if (loaded.error.code === 'CONFLICT')
      console.log('Sample data (demo) not loaded: the data folder holds meetings.');
    else console.error(`Sample data (demo) could not be loaded (${loaded.error.code}).`);
  }
  const token = randomBytes(24).toString('hex');
  const preview = await startPreviewServer({
    dispatch: core.dispatch,
    subscribe: core.subscribe,
    staticDir,
    token,
    port: args.port,
  });
  console.log(`Sirakor preview: ${preview.url}`);
  console.log(`Data folder: ${dataDir}`);

  // Ctrl+C or SIGTERM: stop serving, write the backup at quit (with a time limit), close cleanly.
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    void preview
      .close()
      .then(() => withTimeout(core.backupOnQuit(), QUIT_BACKUP_TIMEOUT_MS, null))
      .finally(() => {
        core.close();
        process.exit(0);
      });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`Sirakor preview could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
