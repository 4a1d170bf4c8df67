// `npm run dist`: builds the app and the installers (electron-builder.yml). Needs internet once
// for the Electron zip. electron-builder rebuilds better-sqlite3 for Electron inside
// node_modules, so the Node build the tests use is restored afterwards, whatever happened.
/* global console, process */
import { spawnSync } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  return result.status ?? 1;
}

let status = run(npm, ['run', 'build']);
if (status === 0) status = run(npx, ['electron-builder', '--config', 'electron-builder.yml', ...process.argv.slice(2)]);
console.log('\nRestoring the Node build of better-sqlite3 for the tests…');
const restored = run(npm, ['rebuild', 'better-sqlite3']);
process.exit(status !== 0 ? status : restored);
