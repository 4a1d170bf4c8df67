import { describe, expect, it } from 'vitest';
import config from '../../electron.vite.config';

describe('electron-vite build config', () => {
  it('emits the preload as CommonJS, which a sandboxed preload requires', () => {
    const output = config.preload?.build?.rolldownOptions?.output;
    expect(output).toMatchObject({ format: 'cjs', entryFileNames: '[name].cjs' });
  });

  it('keeps the native better-sqlite3 out of the main bundle', () => {
    expect(config.main?.build?.rolldownOptions?.external).toContain('better-sqlite3');
  });

  it('builds the renderer into out/renderer, where the app:// protocol serves it from', () => {
    expect(config.renderer?.build?.outDir).toMatch(/out[\\/]renderer$/);
  });
});
