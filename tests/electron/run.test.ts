import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Core, CoreOptions } from '../../electron/core';
import { DataFolderInUseError } from '../../electron/db/data-lock';
import { DATABASE_FILE_NAME } from '../../electron/db/store';
import { APP_ENTRY_URL } from '../../electron/host/app-protocol';
import {
  QUIT_BACKUP_TIMEOUT_MS,
  runElectronHost,
  type ElectronApi,
  type HostEnvironment,
} from '../../electron/host/run';
import { SPLASH_MIN_DATABASE_BYTES, SPLASH_URL } from '../../electron/host/splash';
import { IPC_INVOKE_CHANNEL } from '../../shared/api/events';
import { ok } from '../../shared/api/result';
import { cancelableEvent, FakeBrowserWindow, FakeWebContents } from './fakes';

class FakeApp extends EventEmitter {
  isPackaged = false;
  readonly enableSandbox = vi.fn();
  readonly requestSingleInstanceLock = vi.fn(() => true);
  readonly quit = vi.fn();
  readonly whenReady = vi.fn(async () => undefined);
  getAppPath = () => '/repo';
  getPath = (name: string) => `/home/u/.config/${name}`;
  getVersion = () => '0.1.0';
}

function fakeElectron() {
  const app = new FakeApp();
  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    dialog: {
      showErrorBox: vi.fn(),
      showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 1, checkboxChecked: false })),
    },
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
    Menu: { setApplicationMenu: vi.fn() },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn(),
        on: vi.fn(),
      },
    },
    shell: { openExternal: vi.fn(async () => undefined), openPath: vi.fn(), showItemInFolder: vi.fn() },
    safeStorage: {
      isEncryptionAvailable: vi.fn(() => true),
      encryptString: vi.fn((text: string) => Buffer.from(text).reverse()),
      decryptString: vi.fn((bytes: Buffer) => Buffer.from(bytes).reverse().toString()),
    },
  };
  return { app, electron, api: electron as unknown as ElectronApi };
}

function fakeCore(backupOnQuit: Core['backupOnQuit'] = async () => null): Core {
  return {
    store: {} as Core['store'],
    safety: {} as Core['safety'],
    dispatch: vi.fn(async () => ok(null)),
    subscribe: vi.fn(() => () => undefined),
    backupOnQuit: vi.fn(backupOnQuit),
    close: vi.fn(),
  };
}

function hostEnv(startCore: HostEnvironment['startCore'], argv: string[] = ['electron', '.']): HostEnvironment {
  return { argv, env: {}, cwd: '/work', resourcesPath: '/opt/Sirakor/resources', platform: 'linux', startCore };
}

describe('Electron host start-up', () => {
  beforeEach(() => {
    FakeBrowserWindow.created = [];
  });

  it('opens one hardened window on the app:// entry page, with the store of the chosen folder', async () => {
    const { app, electron, api } = fakeElectron();
    const core = fakeCore();
    const startCore = vi.fn(async (_options: CoreOptions) => core);
    await runElectronHost(api, hostEnv(startCore, ['electron', '.', '--data-dir', '/tmp/kantor']));

    expect(app.enableSandbox).toHaveBeenCalled();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalled();
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(startCore).toHaveBeenCalledWith(
      expect.objectContaining({
        dataDir: '/tmp/kantor',
        host: 'electron',
        // Backups are copied to a USB stick by the main process, not downloaded through the page.
        saveFileCopy: expect.any(Function),
        // The office's private keys are sealed with the OS's protection where it offers one.
        keyProtection: expect.objectContaining({ scheme: 'safeStorage' }),
        resourcesDir: join('/repo', 'resources'),
        nativeBinding: join('/repo', '.native/electron/node_modules/better-sqlite3/build/Release/better_sqlite3.node'),
      }),
    );

    expect(FakeBrowserWindow.created).toHaveLength(1);
    const window = FakeBrowserWindow.created[0] as FakeBrowserWindow;
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      preload: join('/repo', 'out', 'preload', 'preload.cjs'),
    });
    expect(window.loadURL).toHaveBeenCalledWith(APP_ENTRY_URL);
    expect(electron.ipcMain.handle).toHaveBeenCalledWith(IPC_INVOKE_CHANNEL, expect.any(Function));
  });

  it('seals the office keys with safeStorage where the OS offers it, asked once the app is ready', async () => {
    const { app, electron, api } = fakeElectron();
    let ready = false;
    app.whenReady.mockImplementation(async () => {
      ready = true;
    });
    electron.safeStorage.isEncryptionAvailable.mockImplementation(() => {
      if (!ready) throw new Error('safeStorage cannot be used before the app is ready');
      return false;
    });
    const startCore = vi.fn(async (_options: CoreOptions) => fakeCore());
    await runElectronHost(api, hostEnv(startCore));
    expect(startCore).toHaveBeenCalledWith(
      expect.objectContaining({ keyProtection: expect.objectContaining({ scheme: 'plain' }) }),
    );
  });

  it('guards every webContents the app creates', async () => {
    const { app, api } = fakeElectron();
    await runElectronHost(
      api,
      hostEnv(async () => fakeCore()),
    );
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    const event = cancelableEvent();
    contents.emit('will-navigate', event, 'https://example.com/');
    expect(event.defaultPrevented).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('holds the quit until the backup at quit is written, then closes the store and the IPC channel', async () => {
    const { app, electron, api } = fakeElectron();
    let finishBackup: () => void = () => undefined;
    const core = fakeCore(() => new Promise((resolve) => (finishBackup = () => resolve(null))));
    await runElectronHost(
      api,
      hostEnv(async () => core),
    );
    expect(core.close).not.toHaveBeenCalled();
    const first = cancelableEvent();
    app.emit('will-quit', first);
    expect(first.defaultPrevented).toBe(true);
    expect(core.backupOnQuit).toHaveBeenCalledOnce();
    // A second quit request while the backup runs is held back too, without a second backup.
    const again = cancelableEvent();
    app.emit('will-quit', again);
    expect(again.defaultPrevented).toBe(true);
    expect(core.backupOnQuit).toHaveBeenCalledOnce();
    expect(core.close).not.toHaveBeenCalled();

    finishBackup();
    await vi.waitFor(() => expect(core.close).toHaveBeenCalledOnce());
    expect(electron.ipcMain.removeHandler).toHaveBeenCalledWith(IPC_INVOKE_CHANNEL);
    expect(app.quit).toHaveBeenCalledOnce();
    // The resumed quit goes through.
    const last = cancelableEvent();
    app.emit('will-quit', last);
    expect(last.defaultPrevented).toBe(false);
    expect(core.close).toHaveBeenCalledOnce();
  });

  it('quits anyway when the backup at quit hangs, after the timeout', async () => {
    vi.useFakeTimers();
    try {
      const { app, api } = fakeElectron();
      const core = fakeCore(() => new Promise(() => undefined));
      await runElectronHost(
        api,
        hostEnv(async () => core),
      );
      app.emit('will-quit', cancelableEvent());
      await vi.advanceTimersByTimeAsync(QUIT_BACKUP_TIMEOUT_MS - 1);
      expect(core.close).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      expect(core.close).toHaveBeenCalledOnce();
      expect(app.quit).toHaveBeenCalledOnce();
    } finally {
      vi.useRealTimers();
    }
  });

  it('asks before opening a web link in the system browser, and opens it only on yes', async () => {
    const { app, electron, api } = fakeElectron();
    await runElectronHost(
      api,
      hostEnv(async () => fakeCore()),
    );
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler?.({ url: 'https://jdih.jenepontokab.go.id/perbup' })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(electron.dialog.showMessageBox).toHaveBeenCalledOnce());
    expect(electron.shell.openExternal).not.toHaveBeenCalled();

    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    const event = cancelableEvent();
    contents.emit('will-navigate', event, 'https://jdih.jenepontokab.go.id/perbup');
    expect(event.defaultPrevented).toBe(true);
    await vi.waitFor(() =>
      expect(electron.shell.openExternal).toHaveBeenCalledWith('https://jdih.jenepontokab.go.id/perbup'),
    );
    // The question is modal to the app's window.
    expect(electron.dialog.showMessageBox.mock.calls[1]?.[0]).toBe(FakeBrowserWindow.created[0]);
  });

  it('uses the packaged resources and the rebuilt native module in an installed app', async () => {
    const { app, electron, api } = fakeElectron();
    app.isPackaged = true;
    app.getAppPath = () => '/opt/Sirakor/resources/app.asar';
    const startCore = vi.fn(async (_options: CoreOptions) => fakeCore());
    await runElectronHost(api, hostEnv(startCore));
    expect(startCore).toHaveBeenCalledWith(
      expect.objectContaining({
        resourcesDir: '/opt/Sirakor/resources',
        nativeBinding: undefined,
        dataDir: join('/home/u/.config/userData', 'data'),
      }),
    );
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith(null);
    expect(FakeBrowserWindow.created[0]?.options.webPreferences?.devTools).toBe(false);
  });

  it('quits at once when another Sirakor already runs, and focuses that one instead', async () => {
    const { app, api } = fakeElectron();
    app.requestSingleInstanceLock.mockReturnValue(false);
    const startCore = vi.fn(async () => fakeCore());
    await runElectronHost(api, hostEnv(startCore));
    expect(app.quit).toHaveBeenCalled();
    expect(startCore).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.created).toHaveLength(0);
  });

  it('brings the first window forward when a second instance starts', async () => {
    const { app, api } = fakeElectron();
    await runElectronHost(
      api,
      hostEnv(async () => fakeCore()),
    );
    app.emit('second-instance');
    expect(FakeBrowserWindow.created[0]?.focus).toHaveBeenCalled();
  });

  it('explains a locked data folder in a bilingual dialog and quits without a window', async () => {
    const { app, electron, api } = fakeElectron();
    await runElectronHost(
      api,
      hostEnv(async () => {
        throw new DataFolderInUseError(1234);
      }),
    );
    expect(electron.dialog.showErrorBox).toHaveBeenCalledOnce();
    const [title, content] = electron.dialog.showErrorBox.mock.calls[0] as [string, string];
    expect(title).toContain('Sirakor tidak dapat dibuka');
    expect(content.indexOf('Folder data Sirakor sedang dipakai')).toBeLessThan(
      content.indexOf('The Sirakor data folder'),
    );
    expect(app.quit).toHaveBeenCalled();
    expect(FakeBrowserWindow.created).toHaveLength(0);
  });

  it('reports a --data-dir without a folder instead of crashing', async () => {
    const { electron, api } = fakeElectron();
    const startCore = vi.fn(async () => fakeCore());
    await runElectronHost(api, hostEnv(startCore, ['electron', '.', '--data-dir']));
    expect(startCore).not.toHaveBeenCalled();
    expect(electron.dialog.showErrorBox.mock.calls[0]?.[1]).toContain('--data-dir');
  });
});

describe('Electron host splash while a large database is checked', () => {
  let dataDir: string;

  beforeEach(() => {
    FakeBrowserWindow.created = [];
    dataDir = mkdtempSync(join(tmpdir(), 'sirakor-splash-'));
  });

  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  /** A sparse file: the size is what the host looks at, and it costs no disk. */
  function databaseOf(bytes: number): void {
    writeFileSync(join(dataDir, DATABASE_FILE_NAME), '');
    truncateSync(join(dataDir, DATABASE_FILE_NAME), bytes);
  }

  it('draws the splash before the store opens and closes it when the main window shows', async () => {
    databaseOf(SPLASH_MIN_DATABASE_BYTES);
    const { api } = fakeElectron();
    const windowsAtStart: number[] = [];
    const startCore = vi.fn(async (_options: CoreOptions) => {
      windowsAtStart.push(FakeBrowserWindow.created.length);
      return fakeCore();
    });
    const running = runElectronHost(api, hostEnv(startCore, ['electron', '.', '--data-dir', dataDir]));
    await vi.waitFor(() => expect(FakeBrowserWindow.created).toHaveLength(1));
    const splash = FakeBrowserWindow.created[0] as FakeBrowserWindow;
    expect(splash.loadURL).toHaveBeenCalledWith(SPLASH_URL);
    expect(splash.options).toMatchObject({ frame: false, show: false });
    expect(splash.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(splash.options.webPreferences?.preload).toBeUndefined();
    expect(startCore).not.toHaveBeenCalled();

    splash.emit('ready-to-show');
    expect(splash.show).toHaveBeenCalled();
    await running;
    expect(windowsAtStart).toEqual([1]);
    const main = FakeBrowserWindow.created[1] as FakeBrowserWindow;
    expect(main.loadURL).toHaveBeenCalledWith(APP_ENTRY_URL);
    expect(splash.destroy).not.toHaveBeenCalled();
    main.emit('ready-to-show');
    expect(main.show).toHaveBeenCalled();
    expect(splash.destroy).toHaveBeenCalledOnce();
  });

  it('ships the splash page in the renderer folder, bilingual and without scripts', () => {
    const page = readFileSync(join('renderer', 'public', new URL(SPLASH_URL).pathname), 'utf8');
    expect(page).toContain('Memeriksa dan membuka data');
    expect(page).toContain('Checking and opening the data');
    expect(page).not.toMatch(/<script/i);
  });

  it('shows no splash for a small database: it opens before one could be drawn', async () => {
    databaseOf(SPLASH_MIN_DATABASE_BYTES - 1);
    const { api } = fakeElectron();
    await runElectronHost(
      api,
      hostEnv(async () => fakeCore(), ['electron', '.', '--data-dir', dataDir]),
    );
    expect(FakeBrowserWindow.created.map((w) => w.loadURL.mock.calls[0]?.[0])).toEqual([APP_ENTRY_URL]);
  });

  it('does not wait for a splash that never draws, and closes it when the start fails', async () => {
    vi.useFakeTimers();
    try {
      databaseOf(SPLASH_MIN_DATABASE_BYTES);
      const { electron, api } = fakeElectron();
      const startCore = vi.fn(async (): Promise<Core> => {
        throw new DataFolderInUseError(99);
      });
      const running = runElectronHost(api, hostEnv(startCore, ['electron', '.', '--data-dir', dataDir]));
      await vi.advanceTimersByTimeAsync(1500);
      await running;
      expect(startCore).toHaveBeenCalledOnce();
      expect(FakeBrowserWindow.created).toHaveLength(1);
      expect(FakeBrowserWindow.created[0]?.destroy).toHaveBeenCalledOnce();
      expect(electron.dialog.showErrorBox).toHaveBeenCalledOnce();
    } finally {
      vi.useRealTimers();
    }
  });
});
