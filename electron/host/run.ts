import type {
  App,
  BrowserWindow,
  BrowserWindowConstructorOptions,
  Dialog,
  IpcMain,
  Menu,
  Protocol,
  Session,
  Shell,
} from 'electron';
import { QUIT_BACKUP_TIMEOUT_MS, withTimeout } from '../backups/guard';
import type { Core, CoreOptions } from '../core';
import { registerAppScheme, serveAppProtocol, APP_ENTRY_URL } from './app-protocol';
import { resolveDataDir } from './data-dir';
import { handleDownloads } from './downloads';
import { externalLinkOpener } from './external-links';
import { fileCopier } from './file-copies';
import { bindIpc } from './ipc';
import { guardNavigation } from './navigation';
import { desktopKeyProtection, type SafeStorageApi } from './key-protection';
import { hostPaths } from './paths';
import { denyAllPermissions } from './permissions';
import { needsSplash, showSplash, type SplashWindow } from './splash';
import { startupDialog } from './startup-messages';
import { focusWindow, mainWindowOptions } from './window';

/** The parts of the `electron` module the host uses, passed in so that tests can supply fakes. */
export interface ElectronApi {
  app: App;
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow;
  dialog: Pick<Dialog, 'showErrorBox' | 'showMessageBox' | 'showSaveDialog'>;
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  Menu: Pick<typeof Menu, 'setApplicationMenu'>;
  protocol: Pick<Protocol, 'registerSchemesAsPrivileged' | 'handle'>;
  session: { defaultSession: Session };
  shell: Pick<Shell, 'openExternal' | 'openPath' | 'showItemInFolder'>;
  safeStorage: SafeStorageApi;
}

export { QUIT_BACKUP_TIMEOUT_MS };

export interface HostEnvironment {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  resourcesPath: string;
  platform: NodeJS.Platform;
  startCore: (options: CoreOptions) => Promise<Core>;
}

/**
 * Starts the desktop app: one instance, a sandboxed window that only shows app:// pages, no
 * permissions, and the handlers behind a checked IPC channel. Resolves once the window is
 * loading, or once the app has been told to quit (second instance, data that cannot be opened).
 */
export async function runElectronHost(electron: ElectronApi, host: HostEnvironment): Promise<void> {
  const { app } = electron;
  // Scheme privileges and the sandbox switch only take effect before 'ready'.
  registerAppScheme(electron.protocol);
  app.enableSandbox();
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  let window: BrowserWindow | null = null;
  const openExternal = externalLinkOpener({ dialog: electron.dialog, shell: electron.shell, window: () => window });
  app.on('second-instance', () => focusWindow(window));
  app.on('web-contents-created', (_event, contents) => guardNavigation(contents, openExternal));
  app.on('window-all-closed', () => app.quit());

  await app.whenReady();
  const paths = hostPaths({
    isPackaged: app.isPackaged,
    appPath: app.getAppPath(),
    resourcesPath: host.resourcesPath,
    platform: host.platform,
  });
  // The default menu's English labels cannot be translated; development keeps it for DevTools.
  if (app.isPackaged) electron.Menu.setApplicationMenu(null);
  denyAllPermissions(electron.session.defaultSession);
  handleDownloads({
    session: electron.session.defaultSession,
    dialog: electron.dialog,
    shell: electron.shell,
    window: () => window,
  });
  serveAppProtocol(electron.protocol, paths.rendererDir);

  let dataDir: string | null = null;
  let splash: SplashWindow | null = null;
  let core: Core;
  try {
    dataDir = resolveDataDir({
      argv: host.argv,
      env: host.env,
      userDataDir: app.getPath('userData'),
      cwd: host.cwd,
    });
    if (needsSplash(dataDir)) splash = await showSplash(electron.BrowserWindow, paths.iconFile);
    core = await host.startCore({
      dataDir,
      resourcesDir: paths.resourcesDir,
      nativeBinding: paths.nativeBinding,
      host: 'electron',
      appVersion: app.getVersion(),
      saveFileCopy: fileCopier({ dialog: electron.dialog, shell: electron.shell, window: () => window }),
      keyProtection: desktopKeyProtection(electron.safeStorage),
    });
  } catch (error) {
    splash?.close();
    const dialog = startupDialog(error, dataDir);
    electron.dialog.showErrorBox(dialog.title, dialog.content);
    app.quit();
    return;
  }

  const opened = new electron.BrowserWindow(
    mainWindowOptions({ preloadFile: paths.preloadFile, iconFile: paths.iconFile, devTools: !app.isPackaged }),
  );
  window = opened;
  const unbindIpc = bindIpc({
    ipcMain: electron.ipcMain,
    window: opened,
    dispatch: core.dispatch,
    subscribe: core.subscribe,
  });
  opened.once('ready-to-show', () => {
    opened.show();
    splash?.close();
  });
  // The windows are gone when will-quit comes: the quit is held back (preventDefault) while the
  // backup at quit is written, then the database is closed cleanly, the data-folder lock released
  // for the next start, and the quit resumed.
  let quitting: 'no' | 'backing-up' | 'done' = 'no';
  app.on('will-quit', (event) => {
    if (quitting === 'done') return;
    event.preventDefault();
    if (quitting === 'backing-up') return;
    quitting = 'backing-up';
    void withTimeout(core.backupOnQuit(), QUIT_BACKUP_TIMEOUT_MS, null).then(() => {
      unbindIpc();
      core.close();
      quitting = 'done';
      app.quit();
    });
  });
  await opened.loadURL(APP_ENTRY_URL);
}
