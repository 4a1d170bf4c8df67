import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { benchCacheDir } from '../support/paths';

const ENTRY = `import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
createRoot(document.getElementById('root')).render(createElement('h1', null, 'Beranda'));
`;

/**
 * The floor of `renderer.js.gzip`: the JavaScript of the cheapest React page, React and
 * react-dom rendering one heading, built with the renderer's Vite (production, the same target)
 * and gzip -9 like the figure. In KB. The folder lies under .cache/bench so that the packages
 * resolve from the repository's node_modules.
 */
export async function reactOnlyKb(): Promise<number> {
  const root = mkdtempSync(join(benchCacheDir(), 'react-only-'));
  try {
    writeFileSync(
      join(root, 'index.html'),
      '<!doctype html><div id="root"></div><script type="module" src="./main.js"></script>',
    );
    writeFileSync(join(root, 'main.js'), ENTRY);
    const outDir = join(root, 'out');
    mkdirSync(outDir);
    await build({
      root,
      configFile: false,
      logLevel: 'error',
      base: './',
      build: { outDir, target: 'chrome130', emptyOutDir: true },
    });
    const assets = join(outDir, 'assets');
    return (
      readdirSync(assets)
        .filter((name) => name.endsWith('.js'))
        .reduce((sum, name) => sum + gzipSync(readFileSync(join(assets, name)), { level: 9 }).length, 0) / 1024
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
