import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import { rendererConfig } from './renderer.vite.config';

const root = import.meta.dirname;

/**
 * `npm run build`: main → out/main/main.js (ESM, as package.json says "type": "module"),
 * preload → out/preload/preload.cjs, renderer → out/renderer (the same build as the preview host).
 */
export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out', 'main'),
      // Plain JavaScript dependencies are bundled so the packaged app loads one file from the asar;
      // better-sqlite3 is native and is loaded from disk, built for Electron's ABI.
      externalizeDeps: false,
      rolldownOptions: {
        input: { main: resolve(root, 'electron', 'main.ts') },
        external: ['better-sqlite3'],
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out', 'preload'),
      // A sandboxed preload runs as a single classic script with only `electron` to require:
      // everything else is bundled in, and the format must be CommonJS.
      externalizeDeps: false,
      rolldownOptions: {
        input: { preload: resolve(root, 'electron', 'preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...rendererConfig,
    build: {
      ...rendererConfig.build,
      // electron-vite leaves the renderer unminified by default; ship what the preview host serves.
      minify: true,
      rolldownOptions: { input: resolve(root, 'renderer', 'index.html') },
    },
  },
});
