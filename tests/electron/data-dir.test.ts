import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirArgumentError, dataDirFromArgv, resolveDataDir } from '../../electron/host/data-dir';

const base = { env: {}, userDataDir: '/home/u/.config/Sirakor', cwd: '/work' };

describe('data folder', () => {
  it('reads --data-dir DIR and --data-dir=DIR after Electron’s own arguments', () => {
    expect(dataDirFromArgv(['/usr/bin/electron', '.', '--data-dir', '/tmp/a'])).toBe('/tmp/a');
    expect(dataDirFromArgv(['Sirakor.exe', '--data-dir=D:\\Data Kantor'])).toBe('D:\\Data Kantor');
    expect(dataDirFromArgv(['Sirakor.exe', '--no-sandbox'])).toBeNull();
  });

  it.each([['--data-dir'], ['--data-dir', '--other'], ['--data-dir='], ['--data-dir', '  ']])(
    'refuses a flag without a folder: %s',
    (...args) => {
      expect(() => dataDirFromArgv(['electron', ...args])).toThrow(DataDirArgumentError);
    },
  );

  it('prefers the command line, then SIRAKOR_DATA_DIR, then userData/data', () => {
    const env = { SIRAKOR_DATA_DIR: '/srv/env-data' };
    expect(resolveDataDir({ ...base, env, argv: ['electron', '--data-dir', '/tmp/cli'] })).toBe(resolve('/tmp/cli'));
    expect(resolveDataDir({ ...base, env, argv: ['electron'] })).toBe(resolve('/srv/env-data'));
    expect(resolveDataDir({ ...base, argv: ['electron'] })).toBe(join(base.userDataDir, 'data'));
    expect(resolveDataDir({ ...base, env: { SIRAKOR_DATA_DIR: ' ' }, argv: [] })).toBe(join(base.userDataDir, 'data'));
  });

  it('resolves a relative folder against the working directory', () => {
    expect(resolveDataDir({ ...base, argv: ['electron', '--data-dir', 'tmp/x'] })).toBe(resolve('/work', 'tmp/x'));
  });
});
