import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { backupsToPrune, createBackup, listBackups } from '../../../electron/backups/backups';
import { countsOf } from '../../../electron/backups/repository';
import { writeFileAtomic } from '../../../electron/backups/durable';
import { isoWeekOf } from '../../../electron/backups/names';
import { commitRestore, incomingFile, swapIn, type SwapPaths } from '../../../electron/backups/swap';
import { fileCopier } from '../../../electron/host/file-copies';
import type { Core } from '../../../electron/core';
import { DataFolderInUseError } from '../../../electron/db/data-lock';
import { openConnection } from '../../../electron/db/connection';
import { migrate } from '../../../electron/db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../electron/db/migrations';
import { NetworkDataFolderError, openStore } from '../../../electron/db/store';
import type { BackupDownload, BackupInfo, BackupKind, UploadProgress } from '../../../shared/domain/backups';
import { callerOf, seedRakor, type Call } from '../support/seed-rakor';
import { base64Of, breakHeader, databaseFileOf, flipPageBytes, startCoreIn } from '../support/safety';
import { cleanTempDirsAfterEach, errorOf, RESOURCES_DIR, tempDir } from '../support/temp';
import { MISSING_ID, newMeeting } from '../support/meetings';

cleanTempDirsAfterEach();

const open: Core[] = [];
afterEach(() => {
  for (const core of open.splice(0)) core.close();
});

async function start(dataDir: string, options: Parameters<typeof startCoreIn>[1] = {}) {
  const core = await startCoreIn(dataDir, options);
  open.push(core);
  return { core, call: callerOf(core.dispatch) };
}

function stop(core: Core): void {
  const index = open.indexOf(core);
  if (index >= 0) open.splice(index, 1);
  core.close();
}

async function meetingTitles(call: Call): Promise<string[]> {
  const page = await call('meetings.list', { limit: 100 });
  return page.items.map((m) => m.title).sort();
}

describe('backups.saveCopy', () => {
  /** The desktop host's copier with the native dialog replaced: it "chooses" `target` (null: Batal). */
  function copierTo(target: string | null, shown: unknown[] = []) {
    return fileCopier({
      dialog: {
        showSaveDialog: (async (...args: unknown[]) => {
          shown.push(args.at(-1));
          return { canceled: target === null, filePath: target ?? '' };
        }) as never,
        showMessageBox: (async () => ({ response: 1, checkboxChecked: false })) as never,
      },
      shell: { openPath: async () => '', showItemInFolder: () => undefined },
      window: () => null,
    });
  }

  it('copies the backup to the chosen file in the desktop app, whole or not at all', async () => {
    const stick = tempDir();
    const target = join(stick, 'cadangan-kelara.sqlite');
    const shown: unknown[] = [];
    const dataDir = tempDir();
    const { call } = await start(dataDir, { saveFileCopy: copierTo(target, shown) });
    await seedRakor(call);
    const backup = await call('backups.create', {});
    expect(await call('backups.saveCopy', { id: backup.id })).toEqual({
      outcome: 'saved',
      fileName: 'cadangan-kelara.sqlite',
    });
    expect(shown[0]).toMatchObject({ defaultPath: backup.fileName, filters: [{ extensions: ['sqlite'] }] });
    const source = readFileSync(join(dataDir, 'backups', backup.fileName));
    expect(readFileSync(target).equals(source)).toBe(true);
    expect(readdirSync(stick)).toEqual(['cadangan-kelara.sqlite']);
  });

  it('answers cancelled, an IO error without a partial file, and unsupported in the preview', async () => {
    const dataDir = tempDir();
    const cancelled = await start(dataDir, { saveFileCopy: copierTo(null) });
    const backup = await cancelled.call('backups.create', {});
    expect(await cancelled.call('backups.saveCopy', { id: backup.id })).toEqual({
      outcome: 'cancelled',
      fileName: null,
    });
    stop(cancelled.core);

    // The chosen name is taken by a folder: the copy is written, cannot be put in place, and is removed.
    const stick = tempDir();
    mkdirSync(join(stick, 'cadangan.sqlite'));
    const failing = await start(dataDir, { saveFileCopy: copierTo(join(stick, 'cadangan.sqlite')) });
    expect(errorOf(await failing.core.dispatch('backups.saveCopy', { id: backup.id }))).toEqual({
      code: 'IO',
      message: { key: 'error.backup.copyFailed' },
    });
    expect(readdirSync(stick)).toEqual(['cadangan.sqlite']);
    expect(
      errorOf(await failing.core.dispatch('backups.saveCopy', { id: 'sirakor-2020-01-01T000000-manual' })).code,
    ).toBe('NOT_FOUND');
    stop(failing.core);

    const preview = await start(dataDir);
    expect(await preview.call('backups.saveCopy', { id: backup.id })).toEqual({
      outcome: 'unsupported',
      fileName: null,
    });
  });
});

describe('backups', () => {
  it('copies the database with its description, lists it, and gives it as a download', async () => {
    const dataDir = tempDir();
    const { core, call } = await start(dataDir);
    await seedRakor(call);
    const backup = await call('backups.create', {});
    expect(backup.kind).toBe('manual');
    expect(backup.id).toMatch(/^sirakor-\d{4}-\d{2}-\d{2}T\d{6}-manual$/);
    expect(backup.fileName).toBe(`${backup.id}.sqlite`);
    expect(backup.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(backup.appVersion).toBe('0.0.0-test');
    expect(backup.counts).toMatchObject({ meetings: 1, planRows: 0 });
    expect(backup.counts?.institutions).toBeGreaterThan(5);
    expect(backup.counts?.commitments).toBeGreaterThan(0);

    const folder = join(dataDir, 'backups');
    expect(readdirSync(folder).sort()).toEqual([`${backup.id}.json`, `${backup.id}.sqlite`]);
    const sidecar = JSON.parse(readFileSync(join(folder, `${backup.id}.json`), 'utf8')) as Record<string, unknown>;
    expect(sidecar).toMatchObject({
      format: 1,
      id: backup.id,
      kind: 'manual',
      schemaVersion: LATEST_SCHEMA_VERSION,
      sizeBytes: backup.sizeBytes,
      counts: backup.counts,
    });
    // One self-contained file: no WAL beside it, readable by any SQLite.
    const copy = new Database(join(folder, backup.fileName), { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();

    expect(await call('backups.list', {})).toEqual([backup]);
    const download = await call('backups.download', { id: backup.id });
    expect(download).toMatchObject({ fileName: backup.fileName, mediaType: 'application/vnd.sqlite3' });
    expect(Buffer.from(download.dataBase64, 'base64').equals(readFileSync(join(folder, backup.fileName)))).toBe(true);
    expect(core.safety.state()).toBe('ok');
  });

  it('restores a backup: the later changes go, a pre-restore copy keeps them, and the report says what came back', async () => {
    const dataDir = tempDir();
    const { core, call } = await start(dataDir);
    await seedRakor(call);
    const backup = await call('backups.create', {});
    await newMeeting(call, { title: 'Rapat setelah cadangan' });
    const changes: unknown[] = [];
    core.subscribe((event) => changes.push(event));

    const report = await call('backups.restore', { id: backup.id });
    expect(report).toMatchObject({
      source: 'backup',
      name: backup.id,
      backupCreatedAt: backup.createdAt,
      schemaVersion: LATEST_SCHEMA_VERSION,
      migratedFrom: null,
      countsRestored: backup.counts,
      countsNow: backup.counts,
    });
    expect(report.dataAsOf).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(report.preRestoreBackup?.kind).toBe('pre-restore');
    expect(report.preRestoreBackup?.counts?.meetings).toBe(2);
    expect(await meetingTitles(call)).toEqual(['Rapat Koordinasi TPPS Kecamatan Kelara dan Rumbia']);
    expect(changes).toEqual([{ entities: expect.arrayContaining(['meetings', 'commitments', 'people']) }]);

    // Nothing of the swap is left behind, and the store serves writes on the restored file.
    expect(readdirSync(dataDir).filter((name) => name.startsWith('restore') || name.startsWith('replaced'))).toEqual(
      [],
    );
    await newMeeting(call, { title: 'Rapat sesudah pemulihan' });
    expect(await meetingTitles(call)).toHaveLength(2);

    // The replaced data can itself be restored.
    const back = await call('backups.restore', { id: report.preRestoreBackup?.id as string });
    expect(back.countsNow.meetings).toBe(2);
    expect(await meetingTitles(call)).toContain('Rapat setelah cadangan');
  });

  it('restores a file the user picked (a downloaded backup) after checking it', async () => {
    const dataDir = tempDir();
    const { call } = await start(dataDir);
    await seedRakor(call);
    const backup = await call('backups.create', {});
    const download = await call('backups.download', { id: backup.id });
    await newMeeting(call, { title: 'Rapat setelah unduhan' });

    const report = await call('backups.restoreUpload', { name: download.fileName, dataBase64: download.dataBase64 });
    expect(report).toMatchObject({ source: 'upload', name: download.fileName, countsNow: backup.counts });
    // The time in the file's name is taken as the time of the copy (to the second).
    expect(Date.parse(report.backupCreatedAt as string)).toBe(Math.floor(Date.parse(backup.createdAt) / 1000) * 1000);
    expect(await meetingTitles(call)).toHaveLength(1);
  });

  it('hands large files over in parts, both ways (a ten-year database does not fit in one answer)', async () => {
    const dataDir = tempDir();
    const { call, core } = await start(dataDir, { backupChunkBytes: 1024 * 1024 });
    await seedRakor(call);
    const backup = await call('backups.create', {});
    const parts: Buffer[] = [];
    let offset: number | null = 0;
    while (offset !== null) {
      const part: BackupDownload = await call('backups.download', { id: backup.id, offset });
      expect(part).toMatchObject({ offset, totalBytes: backup.sizeBytes, fileName: backup.fileName });
      parts.push(Buffer.from(part.dataBase64, 'base64'));
      offset = part.nextOffset;
    }
    const whole = Buffer.concat(parts);
    expect(parts.length).toBeGreaterThan(3);
    expect(whole.equals(readFileSync(join(dataDir, 'backups', backup.fileName)))).toBe(true);

    await newMeeting(call, { title: 'Rapat setelah unduhan bertahap' });
    let uploadId: string | null = null;
    let sent = 0;
    while (sent < whole.length) {
      const chunk = whole.subarray(sent, sent + 700_000).toString('base64');
      const progress: UploadProgress = await call('backups.uploadChunk', { uploadId, offset: sent, dataBase64: chunk });
      uploadId = progress.uploadId;
      sent = progress.receivedBytes;
    }
    // A part sent again, or out of order, is refused with where the file stands.
    expect(errorOf(await core.dispatch('backups.uploadChunk', { uploadId, offset: 5, dataBase64: 'AAAA' }))).toEqual({
      code: 'CONFLICT',
      message: { key: 'error.backup.uploadOffset', params: { expected: whole.length } },
    });
    const report = await call('backups.restoreUpload', { name: backup.fileName, uploadId: uploadId as string });
    expect(report.countsNow).toEqual(backup.counts);
    expect(await meetingTitles(call)).toHaveLength(1);
    expect(readdirSync(dataDir).filter((n) => n.startsWith('restore-upload-'))).toEqual([]);
    expect(errorOf(await core.dispatch('backups.restoreUpload', { name: 'x', uploadId })).code).toBe('NOT_FOUND');
    expect(errorOf(await core.dispatch('backups.restoreUpload', { name: 'x' })).code).toBe('VALIDATION');
    expect(
      errorOf(await core.dispatch('backups.restoreUpload', { name: 'x', uploadId, dataBase64: 'AAAA' })).code,
    ).toBe('VALIDATION');
    expect(
      errorOf(await core.dispatch('backups.uploadChunk', { uploadId: MISSING_ID, offset: 0, dataBase64: 'AAAA' })).code,
    ).toBe('NOT_FOUND');
  });

  it('restoreUpload refuses what is not a good Sirakor database, with a clear reason, and changes nothing', async () => {
    const dataDir = tempDir();
    const { call, core } = await start(dataDir);
    await seedRakor(call);
    const good = await call('backups.create', {});
    const goodFile = join(dataDir, 'backups', good.fileName);
    const work = tempDir();

    const corrupted = join(work, 'rusak.sqlite');
    copyFileSync(goodFile, corrupted);
    flipPageBytes(corrupted);

    const newer = join(work, 'baru.sqlite');
    copyFileSync(goodFile, newer);
    const future = new Database(newer);
    future.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?, ?)').run(99, 'future', 'x', 'now');
    future.pragma('user_version = 99');
    future.close();

    const foreign = join(work, 'lain.sqlite');
    const other = new Database(foreign);
    other.exec("CREATE TABLE pelanggan (id INTEGER PRIMARY KEY, nama TEXT); INSERT INTO pelanggan VALUES (1, 'A');");
    other.close();

    const cases: [string, string, Record<string, unknown> | undefined][] = [
      [
        Buffer.from('Ini hanya catatan teks, bukan basis data.').toString('base64'),
        'error.backup.notDatabase',
        undefined,
      ],
      [Buffer.alloc(4096, 7).toString('base64'), 'error.backup.notDatabase', undefined],
      [base64Of(corrupted), 'error.backup.corrupt', undefined],
      [base64Of(newer), 'error.backup.newerSchema', { version: 99, current: LATEST_SCHEMA_VERSION }],
      [base64Of(foreign), 'error.backup.notSirakor', undefined],
    ];
    const before = await meetingTitles(call);
    for (const [dataBase64, key, params] of cases) {
      const error = errorOf(await core.dispatch('backups.restoreUpload', { name: 'cadangan.sqlite', dataBase64 }));
      expect(error.code, key).toBe('VALIDATION');
      expect(error.message, key).toEqual(params ? { key, params } : { key });
    }
    expect(await meetingTitles(call)).toEqual(before);
    expect((await call('backups.list', {})).map((b) => b.kind)).toEqual(['manual']);
    expect(existsSync(join(dataDir, 'restore-incoming.sqlite'))).toBe(false);
    expect(errorOf(await core.dispatch('backups.restoreUpload', { name: 'x', dataBase64: '!!!' })).code).toBe(
      'VALIDATION',
    );
    expect(errorOf(await core.dispatch('backups.restore', { id: '../sirakor' })).code).toBe('VALIDATION');
    expect(errorOf(await core.dispatch('backups.restore', { id: 'sirakor-2020-01-01T000000-manual' }))).toMatchObject({
      code: 'NOT_FOUND',
      message: { key: 'error.notFound.backup' },
    });
  });

  it('restores an older schema and migrates it, with its own pre-migration backup', async () => {
    const dataDir = tempDir();
    const { call } = await start(dataDir);
    await seedRakor(call);
    const older = join(tempDir(), 'sirakor-2025-01-02T030405-manual.sqlite');
    // A database at schema 1: the first migration only, with one institution.
    const db = openConnection(older);
    await migrate(db, { migrations: MIGRATIONS.slice(0, 1) });
    db.prepare(
      `INSERT INTO institutions (id, name, sector, level, search_text, created_at, updated_at)
       VALUES ('01900000-0000-7000-8000-0000000000a1', 'Dinas Kesehatan', 'kesehatan', 'kabupaten', 'dinas kesehatan',
               '2025-01-02T00:00:00.000Z', '2025-01-02T00:00:00.000Z')`,
    ).run();
    db.close();

    const report = await call('backups.restoreUpload', {
      name: 'sirakor-2025-01-02T030405-manual.sqlite',
      dataBase64: base64Of(older),
    });
    expect(report).toMatchObject({ schemaVersion: 1, migratedFrom: 1, dataAsOf: '2025-01-02T00:00:00.000Z' });
    expect(report.countsNow.institutions).toBe(1);
    expect(report.backupCreatedAt).toBe(new Date(2025, 0, 2, 3, 4, 5).toISOString());
    const kinds = (await call('backups.list', {})).map((b) => b.kind).sort();
    expect(kinds).toEqual(['pre-migration', 'pre-restore']);
    expect((await call('app.info', {})).schemaVersion).toBe(LATEST_SCHEMA_VERSION);
  });
});

describe('a damaged database', () => {
  async function damagedFolder(damage: (file: string) => void) {
    const dataDir = tempDir();
    const { core, call } = await start(dataDir);
    await seedRakor(call);
    const good = await call('backups.create', {});
    await newMeeting(call, { title: 'Rapat yang hilang bersama kerusakan' });
    stop(core);
    damage(databaseFileOf(dataDir));
    return { dataDir, good };
  }

  it('starts in recovery instead of crashing; only the recovery methods answer; restoring the latest good backup heals it', async () => {
    const { dataDir, good } = await damagedFolder((file) => flipPageBytes(file));
    const { core, call } = await start(dataDir);
    expect(core.safety.state()).toBe('recovery');
    const status = await call('app.status', {});
    expect(status).toMatchObject({ state: 'recovery', reason: 'corrupt' });
    expect(status.latestGoodBackup?.id).toBe(good.id);

    expect(errorOf(await core.dispatch('meetings.list', {}))).toEqual({
      code: 'IO',
      message: { key: 'error.recoveryMode' },
    });
    expect(errorOf(await core.dispatch('backups.create', {})).message.key).toBe('error.recoveryMode');
    expect(errorOf(await core.dispatch('no.such', {})).code).toBe('NOT_FOUND');
    expect((await call('app.info', {})).regionCount).toBe(0);
    expect((await call('backups.list', {})).map((b) => b.id)).toEqual([good.id]);
    expect(await core.backupOnQuit()).toBeNull();
    // A file from a USB stick can be sent in parts while in recovery.
    const part = await call('backups.uploadChunk', { uploadId: null, offset: 0, dataBase64: 'AAAA' });
    expect(part.receivedBytes).toBe(3);

    const report = await call('backups.restore', { id: good.id });
    // The damaged database could not be copied: no pre-restore backup, its files kept aside.
    expect(report.preRestoreBackup).toBeNull();
    expect(readdirSync(dataDir).filter((name) => name.startsWith('replaced-'))).toHaveLength(1);
    expect(await call('app.status', {})).toMatchObject({ state: 'ok', reason: null });
    expect(await meetingTitles(call)).toEqual(['Rapat Koordinasi TPPS Kecamatan Kelara dan Rumbia']);
    expect((await call('app.info', {})).regionCount).toBe(91_599);
  });

  it('goes to recovery for a file that is not a database at all', async () => {
    const { dataDir } = await damagedFolder(breakHeader);
    const { call } = await start(dataDir);
    expect(await call('app.status', {})).toMatchObject({ state: 'recovery', reason: 'not-a-database' });
  });

  it('offers the newest backup that passes its check, skipping a damaged one', async () => {
    const { dataDir, good } = await damagedFolder((file) => flipPageBytes(file));
    // A newer backup that is damaged itself.
    const damagedId = 'sirakor-2099-01-01T000000-manual';
    copyFileSync(join(dataDir, 'backups', good.fileName), join(dataDir, 'backups', `${damagedId}.sqlite`));
    flipPageBytes(join(dataDir, 'backups', `${damagedId}.sqlite`));
    const { call, core } = await start(dataDir);
    expect((await call('app.status', {})).latestGoodBackup?.id).toBe(good.id);
    expect(errorOf(await core.dispatch('backups.restore', { id: damagedId })).message.key).toBe('error.backup.corrupt');
    expect(core.safety.state()).toBe('recovery');
  });

  it('still refuses a network folder and a folder in use (no recovery for those)', async () => {
    await expect(startCoreIn('\\\\server\\share\\sirakor')).rejects.toBeInstanceOf(NetworkDataFolderError);
    const dataDir = tempDir();
    await start(dataDir);
    await expect(startCoreIn(dataDir)).rejects.toBeInstanceOf(DataFolderInUseError);
  });
});

describe('a restore that fails after the swap', () => {
  it('keeps the current database aside and puts it back: the data is unchanged and served', async () => {
    const dataDir = tempDir();
    let fail: 'afterSwap' | 'afterAttach' | null = null;
    const faults = {
      afterSwap: () => {
        if (fail === 'afterSwap') throw new Error('simulated failure after the swap');
      },
      afterAttach: () => {
        if (fail === 'afterAttach') throw new Error('simulated failure after opening the restored file');
      },
    };
    const { core, call } = await start(dataDir, { faults });
    await seedRakor(call);
    const backup = await call('backups.create', {});
    await newMeeting(call, { title: 'Rapat yang harus tetap ada' });
    const before = await meetingTitles(call);

    for (const point of ['afterSwap', 'afterAttach'] as const) {
      fail = point;
      const error = errorOf(await core.dispatch('backups.restore', { id: backup.id }));
      expect(error, point).toEqual({ code: 'IO', message: { key: 'error.backup.restoreFailed' } });
      expect(await meetingTitles(call), point).toEqual(before);
      expect(core.safety.state()).toBe('ok');
      expect(
        readdirSync(dataDir).filter((n) => /^(restore|replaced)/.test(n)),
        point,
      ).toEqual([]);
    }
    fail = null;
    await newMeeting(call, { title: 'Masih bisa menulis' });
    expect(await meetingTitles(call)).toHaveLength(3);
    expect((await call('backups.restore', { id: backup.id })).countsNow.meetings).toBe(1);
  });
});

describe('automatic backups', () => {
  it('takes a backup when the app quits, and one a day while it runs', async () => {
    const dataDir = tempDir();
    let clock = new Date(2025, 9, 17, 8, 0, 0);
    const { core, call } = await start(dataDir, { now: () => clock });
    await newMeeting(call);
    const quit = await core.backupOnQuit();
    expect(quit?.kind).toBe('quit');
    expect(quit?.id).toBe('sirakor-2025-10-17T080000-quit');
    expect(quit?.counts?.meetings).toBe(1);
    // Today has an automatic backup already (the one at quit): the daily one is skipped.
    expect(await core.safety.dailyBackup()).toBeNull();
    clock = new Date(2025, 9, 18, 9, 30, 0);
    expect((await core.safety.dailyBackup())?.id).toBe('sirakor-2025-10-18T093000-auto');
    expect(await core.safety.dailyBackup()).toBeNull();
    expect((await call('backups.list', {})).map((b) => b.id)).toEqual([
      'sirakor-2025-10-18T093000-auto',
      'sirakor-2025-10-17T080000-quit',
    ]);
  });

  it('runs the daily check on a timer in the core', async () => {
    const dataDir = tempDir();
    const { core } = await start(dataDir, { dailyBackup: { firstDelayMs: 10, intervalMs: 10 } });
    for (let i = 0; i < 200 && listBackups(join(dataDir, 'backups')).length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(listBackups(join(dataDir, 'backups')).map((b) => b.kind)).toEqual(['auto']);
    expect(core.safety.state()).toBe('ok');
  });

  it('names two backups of the same second apart', async () => {
    const dataDir = tempDir();
    const clock = new Date(2025, 9, 17, 8, 0, 0);
    const { call } = await start(dataDir, { now: () => clock });
    const first = await call('backups.create', {});
    const second = await call('backups.create', {});
    expect([first.id, second.id]).toEqual(['sirakor-2025-10-17T080000-manual', 'sirakor-2025-10-17T080000-manual-2']);
    expect((await call('backups.list', {})).map((b) => b.id)).toEqual([second.id, first.id]);
    await call('backups.delete', { id: first.id });
    expect((await call('backups.list', {})).map((b) => b.id)).toEqual([second.id]);
  });
});

describe('a backup while the app keeps writing', () => {
  it('is the database as it stood when the backup began: writes made while it copies stay in the live database and out of the copy', async () => {
    const { core, call } = await start(tempDir());
    await seedRakor(call);
    const folder = tempDir();
    // Small steps, so that the copy takes many turns of the event loop and the writes land in between.
    const backup = createBackup(core.store.db, {
      dir: folder,
      kind: 'manual',
      appVersion: 't',
      now: new Date(),
      pagesPerStep: 1,
      copyChunkBytes: 4096,
    });
    await newMeeting(call);
    await newMeeting(call);
    const made = await backup;
    expect(made.counts?.meetings).toBe(1);
    expect(countsOf(core.store.db).meetings).toBe(3);
    const copy = new Database(join(folder, made.fileName), { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(countsOf(copy)).toEqual(made.counts);
    copy.close();
  });

  it('copies a database that is not in WAL mode with the backup API, never holding its writers', async () => {
    const file = join(tempDir(), 'rollback.sqlite');
    const db = new Database(file);
    db.pragma('journal_mode = DELETE');
    db.pragma('busy_timeout = 200');
    db.exec('CREATE TABLE notes (body TEXT NOT NULL)');
    const insert = db.prepare('INSERT INTO notes (body) VALUES (?)');
    db.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run(`note ${i} `.repeat(20));
    })();
    const folder = tempDir();
    const backup = createBackup(db, { dir: folder, kind: 'manual', appVersion: 't', now: new Date(), pagesPerStep: 1 });
    await new Promise((resolve) => setImmediate(resolve));
    // A reader kept open on the file would make this write wait, then fail busy.
    insert.run('written during the backup');
    const made = await backup;
    const copy = new Database(join(folder, made.fileName), { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT count(*) FROM notes').pluck().get()).toBeGreaterThanOrEqual(2000);
    copy.close();
    db.close();
  });
});

describe('sidecars and leftovers', () => {
  it('describes a backup again when its sidecar is missing or unreadable, and removes temporary files at start', async () => {
    const dataDir = tempDir();
    const { core, call } = await start(dataDir);
    await newMeeting(call);
    const a = await call('backups.create', {});
    const b = await call('backups.create', {});
    stop(core);
    const folder = join(dataDir, 'backups');
    writeFileSync(join(folder, `${a.id}.json`), '{"format": 1, "createdAt": "2025-');
    writeFileSync(join(folder, `.tmp-${b.id}.json-0b6c`), '{');
    writeFileSync(join(folder, '.tmp-sirakor-2025-10-17T080000-auto.sqlite'), 'half a copy');
    writeFileSync(join(folder, 'catatan.txt'), 'a file of the user: never touched');
    rmSync(join(folder, `${b.id}.json`));

    const { call: again } = await start(dataDir);
    const listed = await again('backups.list', {});
    expect(listed.map((x) => x.id)).toEqual([b.id, a.id]);
    for (const backup of listed) {
      expect(backup.counts).toEqual(a.counts);
      expect(backup.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    }
    expect(readdirSync(folder).sort()).toEqual(
      [`${a.id}.json`, `${a.id}.sqlite`, `${b.id}.json`, `${b.id}.sqlite`, 'catatan.txt'].sort(),
    );
    expect(JSON.parse(readFileSync(join(folder, `${a.id}.json`), 'utf8'))).toMatchObject({ id: a.id, format: 1 });
  });

  it('writes files whole or not at all (temporary file, flush, rename)', async () => {
    const dir = tempDir();
    const target = join(dir, 'sidecar.json');
    writeFileAtomic(target, '{"v":1}');
    writeFileAtomic(target, '{"v":2}');
    expect(readFileSync(target, 'utf8')).toBe('{"v":2}');
    // A rename that fails (the name is taken by a folder) leaves the target as it was and no temporary file.
    const blocked = join(dir, 'blocked.json');
    mkdirSync(join(blocked, 'inside'), { recursive: true });
    expect(() => writeFileAtomic(blocked, '{}')).toThrow();
    expect(readdirSync(dir).sort()).toEqual(['blocked.json', 'sidecar.json']);

    // A backup whose name (or sidecar name) is taken gets the next free one.
    const dataDir = tempDir();
    const { core } = await start(dataDir);
    const folder = join(dataDir, 'backups');
    mkdirSync(join(folder, 'sirakor-2025-10-17T080000-manual.json'), { recursive: true });
    const clock = new Date(2025, 9, 17, 8, 0, 0);
    const made = await createBackup(core.store.db, { dir: folder, kind: 'manual', appVersion: 't', now: clock });
    expect(made.id).toBe('sirakor-2025-10-17T080000-manual-2');
    expect(readdirSync(folder).filter((n) => n.startsWith('.tmp-'))).toEqual([]);
  });
});

describe('retention: 7 daily + 4 weekly', () => {
  function backup(id: string): BackupInfo {
    const [, date, , kind] = /^sirakor-(\d{4}-\d{2}-\d{2})T(\d{6})-([a-z-]+?)(?:-\d+)?$/.exec(id) as RegExpExecArray;
    return {
      id,
      fileName: `${id}.sqlite`,
      kind: kind as BackupKind,
      createdAt: `${date}T00:00:00.000Z`,
      localDate: date as string,
      sizeBytes: 1,
      schemaVersion: 3,
      appVersion: 't',
      counts: null,
    };
  }

  function day(offset: number): string {
    const d = new Date(Date.UTC(2025, 9, 31 - offset));
    return d.toISOString().slice(0, 10);
  }

  it('keeps the newest of each of the last 7 days with a backup, then of each of 4 ISO weeks, and never other kinds', () => {
    const all: BackupInfo[] = [];
    // Sixty days, each with a daily backup at 09:00 and a quit backup at 16:00 (the newest of the day).
    for (let offset = 0; offset < 60; offset++) {
      all.push(backup(`sirakor-${day(offset)}T090000-auto`), backup(`sirakor-${day(offset)}T160000-quit`));
    }
    const others = ['manual', 'pre-migration', 'pre-restore'].map((kind) =>
      backup(`sirakor-${day(50)}T120000-${kind}`),
    );
    const doomed = new Set(backupsToPrune([...all, ...others]).map((b) => b.id));
    const kept = [...all, ...others].filter((b) => !doomed.has(b.id)).map((b) => b.id);

    const daily = [0, 1, 2, 3, 4, 5, 6].map((offset) => `sirakor-${day(offset)}T160000-quit`);
    expect(kept.slice(0, 7)).toEqual(daily);
    const weekly = kept.slice(7, -3);
    expect(weekly).toHaveLength(4);
    const weeks = weekly.map((id) => isoWeekOf(id.slice(8, 18)));
    expect(new Set(weeks).size).toBe(4);
    // The newest backup of each week older than the daily window: the first older one, then Sundays.
    expect(weekly.every((id) => id.slice(8, 18) < day(6))).toBe(true);
    expect(kept.slice(-3)).toEqual(others.map((b) => b.id));
    expect(doomed.size).toBe(120 - 11);
  });

  it('counts days that have a backup, not calendar days: a month away keeps the last 7 copies', () => {
    const ids = [
      '2025-06-02',
      '2025-06-03',
      '2025-06-10',
      '2025-07-01',
      '2025-07-02',
      '2025-08-20',
      '2025-09-30',
      '2025-10-31',
    ];
    const doomed = backupsToPrune(ids.map((d) => backup(`sirakor-${d}T090000-auto`)));
    expect(doomed.map((b) => b.id)).toEqual([]);
    const more = [...ids, '2025-05-01', '2025-04-01', '2025-03-01', '2025-02-01', '2025-01-01'];
    const pruned = backupsToPrune(more.map((d) => backup(`sirakor-${d}T090000-auto`))).map((b) => b.localDate);
    // 7 daily (Oct 31 … Jun 3), then weeks of Jun 2, May 1, Apr 1, Mar 1: Feb 1 and Jan 1 go.
    expect(pruned.sort()).toEqual(['2025-01-01', '2025-02-01']);
  });

  it('applies retention on disk after an automatic backup', async () => {
    const dataDir = tempDir();
    let clock = new Date(2025, 9, 1, 9, 0, 0);
    const { core } = await start(dataDir, { now: () => clock });
    for (let i = 0; i < 20; i++) {
      clock = new Date(2025, 9, 1 + i, 9, 0, 0);
      await core.safety.dailyBackup();
      await core.backupOnQuit();
    }
    const left = listBackups(join(dataDir, 'backups'));
    // Daily: 14–20 October. Weekly, among the older ones: the weeks of 13 October (a Monday),
    // of 6–12 October and of 29 September–5 October: three weeks have backups.
    expect(left.map((b) => b.id)).toEqual([
      ...[20, 19, 18, 17, 16, 15, 14].map((d) => `sirakor-2025-10-${d}T090000-quit`),
      'sirakor-2025-10-13T090000-quit',
      'sirakor-2025-10-12T090000-quit',
      'sirakor-2025-10-05T090000-quit',
    ]);
    expect(readdirSync(join(dataDir, 'backups'))).toHaveLength(20);
  });
});

describe('a restore interrupted by a crash', () => {
  it('gives the old database back at every point before the commit, and the restored one after', async () => {
    const source = tempDir();
    const { core, call } = await start(source);
    await seedRakor(call);
    const backup = await call('backups.create', {});
    await newMeeting(call, { title: 'Rapat terakhir sebelum listrik padam' });
    // The folder as a crash leaves it: the database with its WAL, the connection still open.
    const snapshot = tempDir();
    cpSync(source, snapshot, { recursive: true });
    stop(core);
    expect(existsSync(join(snapshot, 'sirakor.sqlite-wal'))).toBe(true);

    async function meetingsAfterRestart(dataDir: string): Promise<number> {
      const store = await openStore({ dataDir, resourcesDir: RESOURCES_DIR });
      try {
        expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
        return countsOf(store.db).meetings;
      } finally {
        store.close();
      }
    }
    function prepared(): SwapPaths {
      const dataDir = tempDir();
      cpSync(snapshot, dataDir, { recursive: true });
      copyFileSync(join(dataDir, 'backups', backup.fileName), incomingFile(dataDir));
      return { dataDir, databaseFile: databaseFileOf(dataDir) };
    }

    // Six points: before the journal, before each companion, before the database, before the
    // incoming rename, and after it (the restored file in place, not yet committed).
    for (let crashAt = 1; crashAt <= 6; crashAt++) {
      const paths = prepared();
      let reached = 0;
      expect(() =>
        swapIn(paths, new Date(), () => {
          if (++reached === crashAt) throw new Error('crash');
        }),
      ).toThrow('crash');
      if (crashAt === 6) {
        // The restored file was being opened: SQLite's files beside it are its own, not the old one's
        // (a rollback journal or WAL replayed into the old database would corrupt it).
        writeFileSync(`${paths.databaseFile}-journal`, 'journal of the restored file');
        writeFileSync(`${paths.databaseFile}-wal`, 'wal of the restored file');
      }
      // A journal write that a crash cut short leaves a temporary file: removed too.
      writeFileSync(join(paths.dataDir, '.tmp-restore-journal.json-0c1d'), '{"format"');
      expect(await meetingsAfterRestart(paths.dataDir), `crash at point ${crashAt}`).toBe(2);
      expect(readdirSync(paths.dataDir).filter((n) => n.startsWith('.tmp-'))).toEqual([]);
      expect(readdirSync(paths.dataDir).filter((n) => /^(restore|replaced)/.test(n))).toEqual([]);
    }

    const committed = prepared();
    swapIn(committed, new Date());
    commitRestore(committed, false, new Date());
    expect(await meetingsAfterRestart(committed.dataDir)).toBe(1);
  });
});
