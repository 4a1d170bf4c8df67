import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';

interface MainWindowOptions {
  preloadFile: string;
  /** Window icon for Linux desktops; Windows takes it from the executable. */
  iconFile?: string;
  /** DevTools only in development: a packaged app has no use for them and they bypass the UI. */
  devTools: boolean;
}

/**
 * The hardened window of ARCHITECTURE.md: the renderer is a plain web page with no Node, in a
 * sandboxed process, isolated from the preload, which is its only door to the main process.
 */
export function mainWindowOptions(options: MainWindowOptions): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    // Shown on 'ready-to-show' so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    ...(options.iconFile ? { icon: options.iconFile } : {}),
    webPreferences: {
      preload: options.preloadFile,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: options.devTools,
    },
  };
}

/** Brings the existing window forward, e.g. when the user starts Sirakor a second time. */
export function focusWindow(window: BrowserWindow | null): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
