import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from '../../electron/host/window';

describe('main window options', () => {
  const options = mainWindowOptions({ preloadFile: '/app/out/preload/preload.cjs', devTools: false });
  const prefs = options.webPreferences ?? {};

  it('isolates the renderer: context isolation, sandbox, no Node anywhere', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and allows no webview and no insecure content', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBeUndefined();
    expect(prefs.enableBlinkFeatures).toBeUndefined();
  });

  it('loads the bundled CommonJS preload and hides DevTools in a packaged app', () => {
    expect(prefs.preload).toBe('/app/out/preload/preload.cjs');
    expect(prefs.devTools).toBe(false);
    expect(options.show).toBe(false);
  });
});
