import { build } from 'vite';
import { fileURLToPath } from 'node:url';

/** Builds the renderer once for all e2e files; each file starts its own preview host with --no-build. */
export default async function setup(): Promise<void> {
  await build({
    configFile: fileURLToPath(new URL('../../renderer.vite.config.ts', import.meta.url)),
    logLevel: 'warn',
  });
}
