import { build } from 'vite';
import { fileURLToPath } from 'node:url';

/** Shared by the projects that set this file up (e2e, ten-year): one build per test run. */
const shared = globalThis as { sirakorRendererBuild?: Promise<void> };

/**
 * Builds the renderer once for all e2e files; each file starts its own preview host with --no-build.
 * Vitest sets NODE_ENV=test, which would make Vite bundle React's development build: the tests
 * drive the production build the office runs.
 */
export default function setup(): Promise<void> {
  shared.sirakorRendererBuild ??= buildRenderer();
  return shared.sirakorRendererBuild;
}

async function buildRenderer(): Promise<void> {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: fileURLToPath(new URL('../../renderer.vite.config.ts', import.meta.url)),
      mode: 'production',
      logLevel: 'warn',
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}
