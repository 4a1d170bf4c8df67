import { join, resolve } from 'node:path';

const DATA_DIR_FLAG = '--data-dir';
const DATA_DIR_ENV = 'SIRAKOR_DATA_DIR';

export class DataDirArgumentError extends Error {
  constructor() {
    super(`${DATA_DIR_FLAG} needs a folder`);
    this.name = 'DataDirArgumentError';
  }
}

/**
 * Finds `--data-dir DIR` or `--data-dir=DIR` anywhere in the command line: Electron puts its own
 * executable and, in development, the app folder before the app's arguments.
 */
export function dataDirFromArgv(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg.startsWith(`${DATA_DIR_FLAG}=`)) {
      const value = arg.slice(DATA_DIR_FLAG.length + 1);
      if (value.trim() === '') throw new DataDirArgumentError();
      return value;
    }
    if (arg === DATA_DIR_FLAG) {
      const value = argv[i + 1];
      if (value === undefined || value.trim() === '' || value.startsWith('--')) throw new DataDirArgumentError();
      return value;
    }
  }
  return null;
}

interface DataDirSources {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  /** Electron's per-user folder (app.getPath('userData')). */
  userDataDir: string;
  cwd: string;
}

/**
 * The command line wins over the environment, which wins over the default. The default is a
 * `data` folder inside userData, apart from Chromium's caches, so that it can be backed up whole.
 */
export function resolveDataDir({ argv, env, userDataDir, cwd }: DataDirSources): string {
  const fromArgv = dataDirFromArgv(argv);
  if (fromArgv !== null) return resolve(cwd, fromArgv);
  const fromEnv = env[DATA_DIR_ENV]?.trim();
  if (fromEnv) return resolve(cwd, fromEnv);
  return join(userDataDir, 'data');
}
