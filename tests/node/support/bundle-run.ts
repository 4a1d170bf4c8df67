import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'electron-vite';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Builds `entry` as electron-vite builds the main process (every dependency inlined, workers as
 * chunks of their own handed over by `?modulePath`) into `dir/out`, and runs it with plain Node
 * with `args`. Returns what it printed and the built chunks' names. Modules named in `external`
 * stay outside the bundle, as better-sqlite3 does in the app: `dir` must then be inside the
 * repository, so that Node finds them in its node_modules.
 */
export async function bundleAndRun(
  entry: string,
  dir: string,
  args: readonly string[],
  external: readonly string[] = [],
): Promise<{ output: string; outDir: string; chunks: string[] }> {
  const outDir = join(dir, 'out');
  const config = join(dir, 'electron.vite.config.mjs');
  writeFileSync(
    config,
    `export default { main: { build: { outDir: ${JSON.stringify(outDir)}, externalizeDeps: false, emptyOutDir: true,
       rolldownOptions: { input: { main: ${JSON.stringify(entry)} }, external: ${JSON.stringify(external)} } } } };`,
  );
  await build({ configFile: config, root, logLevel: 'silent' });
  const chunks = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((name) => /\.m?js$/.test(name));
  const output = execFileSync(process.execPath, [join(outDir, 'main.js'), ...args], { cwd: dir, encoding: 'utf8' });
  return { output, outDir, chunks };
}
