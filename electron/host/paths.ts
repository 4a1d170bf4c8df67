import { join } from 'node:path';

interface HostPathSources {
  isPackaged: boolean;
  /** app.getAppPath(): the repository in development, app.asar in a packaged app. */
  appPath: string;
  /** process.resourcesPath: where electron-builder puts extraResources. */
  resourcesPath: string;
  platform: NodeJS.Platform;
}

interface HostPaths {
  rendererDir: string;
  preloadFile: string;
  /** Shipped data (regions, fonts, icons): resources/ in development, extraResources when packaged. */
  resourcesDir: string;
  /**
   * better-sqlite3 built for Electron's ABI. In development it lives apart from the Node build
   * that the tests use (scripts/start.mjs builds it there); a packaged app carries the module
   * electron-builder rebuilt, so the default lookup is right.
   */
  nativeBinding: string | undefined;
  iconFile: string | undefined;
}

/** Keep in step with NATIVE_DIR in scripts/start.mjs. */
const DEV_NATIVE_BINDING = ['.native', 'electron', 'node_modules', 'better-sqlite3', 'build', 'Release'];

export function hostPaths({ isPackaged, appPath, resourcesPath, platform }: HostPathSources): HostPaths {
  const resourcesDir = isPackaged ? resourcesPath : join(appPath, 'resources');
  return {
    rendererDir: join(appPath, 'out', 'renderer'),
    preloadFile: join(appPath, 'out', 'preload', 'preload.cjs'),
    resourcesDir,
    nativeBinding: isPackaged ? undefined : join(appPath, ...DEV_NATIVE_BINDING, 'better_sqlite3.node'),
    iconFile: platform === 'linux' ? join(resourcesDir, 'icons', '512x512.png') : undefined,
  };
}
