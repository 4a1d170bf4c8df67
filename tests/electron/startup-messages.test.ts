import { describe, expect, it } from 'vitest';
import { DataFolderInUseError } from '../../electron/db/data-lock';
import { MigrationError } from '../../electron/db/migrate';
import { NetworkDataFolderError } from '../../electron/db/store';
import { DataDirArgumentError } from '../../electron/host/data-dir';
import { startupDialog, startupProblemOf } from '../../electron/host/startup-messages';

describe('startup error dialog', () => {
  it.each([
    [new DataFolderInUseError(42), 'data-folder-in-use'],
    [new MigrationError('newer-database', 'newer'), 'newer-database'],
    [new MigrationError('not-sirakor', 'nope'), 'not-sirakor-database'],
    [new NetworkDataFolderError('\\\\server\\share'), 'network-data-folder'],
    [new DataDirArgumentError(), 'bad-data-dir-argument'],
    [new Error('disk on fire'), 'unexpected'],
  ])('classifies %s', (error, problem) => {
    expect(startupProblemOf(error)).toBe(problem);
  });

  it('speaks Indonesian first, then English, and names the data folder', () => {
    const dialog = startupDialog(new DataFolderInUseError(42), '/data/sirakor');
    expect(dialog.title).toBe('Sirakor tidak dapat dibuka / Sirakor cannot start');
    const [indonesian, , english, , folder] = dialog.content.split('\n');
    expect(indonesian).toMatch(/^Folder data Sirakor sedang dipakai/);
    expect(english).toMatch(/^The Sirakor data folder is in use/);
    expect(folder).toBe('/data/sirakor');
  });

  it('tells the user to update when the database is newer than the app', () => {
    expect(startupDialog(new MigrationError('newer-database', 'x'), null).content).toContain('versi yang lebih baru');
  });

  it('carries the technical message only for unexpected errors', () => {
    expect(startupDialog(new Error('SQLITE_CORRUPT'), null).content).toContain('SQLITE_CORRUPT');
    expect(startupDialog(new DataFolderInUseError(7), null).content).not.toContain('process 7');
  });
});
