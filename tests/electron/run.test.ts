import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Core, CoreOptions } from '../../electron/core';
import { DataFolderInUseError } from '../../electron/db/data-lock';
import { APP_ENTRY_URL } from '../../electron/host/app-protocol';
import {
  QUIT_BACKUP_TIMEOUT_MS,
  runElectronHost,
  type ElectronApi,
  type HostEnvironment,
} from '../../electron/host/run';
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
