import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { DATABASE_FILE_NAME } from '../db/store';
import { APP_HOST, APP_SCHEME } from './app-protocol';
import { mainWindowOptions } from './window';

export const SPLASH_URL = `${APP_SCHEME}://${APP_HOST}/splash.html`;

/**
 * From this size the start-up check (`quick_check`) and the migrations take long enough on a
 * slow office disk (about 1.4 s for 620 MB on the bench machine, several times that on an HDD)
 * that a user who sees nothing would start Sirakor again. Smaller databases open before a
 * splash could even be drawn, so they get none.
 */
export const SPLASH_MIN_DATABASE_BYTES = 64 * 1024 * 1024;

/** The longest the start waits for the splash to be drawn: the splash must never slow a start down much. */
const SPLASH_PAINT_TIMEOUT_MS = 1500;

export function needsSplash(dataDir: string): boolean {
  try {
    return statSync(join(dataDir, DATABASE_FILE_NAME)).size >= SPLASH_MIN_DATABASE_BYTES;
  } catch {
    return false; // no database yet: the first start is quick
  }
}

/** The main window's hardening, without a preload (the splash calls nothing) and without a frame. */
function splashWindowOptions(iconFile: string | undefined): BrowserWindowConstructorOptions {
  const {
    minWidth: _minWidth,
    minHeight: _minHeight,
    ...hardened
  } = mainWindowOptions({
    preloadFile: '',
    devTools: false,
    ...(iconFile ? { iconFile } : {}),
  });
  const { preload: _preload, ...webPreferences } = hardened.webPreferences ?? {};
  return {
    ...hardened,
    width: 420,
    height: 240,
    frame: false,
    resizable: false,
    movable: true,
    minimizable: false,
    maximizable: false,
    fullscreenable: false,
    center: true,
    webPreferences,
  };
}

export interface SplashWindow {
  close(): void;
}

/**
 * Shows "checking the data" before the store opens. The check runs on the main thread and holds
 * it, so the splash is given the chance to be drawn first (ready-to-show, bounded by a timeout),
 * and it stays on screen until the main window replaces it.
 */
export async function showSplash(
  BrowserWindowClass: new (options: BrowserWindowConstructorOptions) => BrowserWindow,
  iconFile: string | undefined,
): Promise<SplashWindow> {
  const splash = new BrowserWindowClass(splashWindowOptions(iconFile));
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, SPLASH_PAINT_TIMEOUT_MS);
    splash.once('ready-to-show', () => {
      clearTimeout(timer);
      splash.show();
      // One more turn of the event loop lets the window manager put the drawn frame on screen.
      setTimeout(resolve, 50);
    });
    splash.loadURL(SPLASH_URL).catch(() => {
      clearTimeout(timer);
      resolve();
    });
  });
  return {
    close() {
      if (!splash.isDestroyed()) splash.destroy();
    },
  };
}
