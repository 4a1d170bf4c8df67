// `npm start [-- --data-dir DIR]`: builds better-sqlite3 for Electron's ABI in .native/electron
// (once per Electron version), builds the app with electron-vite and launches Electron.
//
// node_modules/better-sqlite3 is never touched: it stays built for Node, so `npm test` keeps
// working after `npm start`. The main process loads the Electron build through better-sqlite3's
// `nativeBinding` option (electron/host/paths.ts).
/* global console, process */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** Keep in step with DEV_NATIVE_BINDING in electron/host/paths.ts. */
const NATIVE_DIR = join(root, '.native', 'electron');
const sourceModule = join(root, 'node_modules', 'better-sqlite3');
const nativeModule = join(NATIVE_DIR, 'node_modules', 'better-sqlite3');
const bindingFile = join(nativeModule, 'build', 'Release', 'better_sqlite3.node');
const stampFile = join(NATIVE_DIR, 'built-for.json');

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function fail(message) {
  console.error(`\nSirakor could not start: ${message}`);
  process.exit(1);
}

/** What the native build must match; any difference means it has to be rebuilt. */
function wantedBuild() {
  return {
    electron: readJson(join(root, 'node_modules', 'electron', 'package.json')).version,
    betterSqlite3: readJson(join(sourceModule, 'package.json')).version,
    platform: process.platform,
    arch: process.arch,
  };
}

function isBuilt(wanted) {
  if (!existsSync(bindingFile) || !existsSync(stampFile)) return false;
  return JSON.stringify(readJson(stampFile)) === JSON.stringify(wanted);
}

/** A fresh copy of the package without its Node build, in a folder of its own. */
function copyModule(wanted) {
  rmSync(NATIVE_DIR, { recursive: true, force: true });
  mkdirSync(dirname(nativeModule), { recursive: true });
  cpSync(sourceModule, nativeModule, {
    recursive: true,
    filter: (file) => {
      const inside = relative(sourceModule, file);
      return inside !== 'build' && !inside.startsWith(`build${sep}`);
    },
  });
  // @electron/rebuild walks the dependencies of the package.json in its build folder.
  writeFileSync(
    join(NATIVE_DIR, 'package.json'),
    JSON.stringify(
      { name: 'sirakor-native-electron', private: true, dependencies: { 'better-sqlite3': wanted.betterSqlite3 } },
      null,
      2,
    ),
  );
}

async function buildNativeModule() {
  const wanted = wantedBuild();
  if (isBuilt(wanted)) {
    console.log(`better-sqlite3 for Electron ${wanted.electron}: already built`);
    return;
  }
  console.log(`better-sqlite3 for Electron ${wanted.electron}: building in ${relative(root, NATIVE_DIR)} …`);
  copyModule(wanted);
  // npm exports its config as npm_config_* variables; on machines whose npmrc sets nodedir,
  // node-gyp would compile against Node's headers instead of Electron's.
  for (const key of Object.keys(process.env)) {
    if (key.toLowerCase() === 'npm_config_nodedir') Reflect.deleteProperty(process.env, key);
  }
  const { rebuild } = await import('@electron/rebuild');
  try {
    await rebuild({
      buildPath: NATIVE_DIR,
      // Without it @electron/rebuild looks for the project root (the lockfile) and would rebuild
      // node_modules/better-sqlite3 in place, breaking the Node build the tests use.
      projectRootPath: NATIVE_DIR,
      electronVersion: wanted.electron,
      onlyModules: ['better-sqlite3'],
      force: true,
    });
  } catch (error) {
    fail(
      `better-sqlite3 could not be built for Electron ${wanted.electron}.\n` +
        `  ${error instanceof Error ? error.message : String(error)}\n` +
        '  The first start needs internet access: a prebuilt binary comes from GitHub, or Electron’s\n' +
        '  headers from electronjs.org to compile it (with a C++ toolchain). Try again when online.\n' +
        '  node_modules/better-sqlite3 was not changed, so `npm test` and `npm run preview` still work.',
    );
  }
  if (!existsSync(bindingFile)) fail(`the Electron build of better-sqlite3 is missing: ${bindingFile}`);
  writeFileSync(stampFile, JSON.stringify(wanted, null, 2));
}

async function buildApp() {
  const { build } = await import('electron-vite');
  await build({ root, configFile: join(root, 'electron.vite.config.ts') });
}

/** The electron package downloads its binary on first use; that needs internet once. */
function electronBinary() {
  try {
    return require('electron');
  } catch (error) {
    fail(`the Electron binary is not available.\n  ${error instanceof Error ? error.message : String(error)}`);
  }
}

function launch(binary) {
  const env = { ...process.env };
  // Set by some tools; it would make Electron behave as plain Node and never open a window.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

await buildNativeModule();
await buildApp();
launch(electronBinary());
