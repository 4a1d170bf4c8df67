import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const config = load(readFileSync(fileURLToPath(new URL('../../electron-builder.yml', import.meta.url)), 'utf8')) as {
  asar: boolean;
  electronFuses: Record<string, boolean>;
};

describe('packaging (electron-builder.yml)', () => {
  it('packs the app in an asar archive', () => {
    expect(config.asar).toBe(true);
  });

  it('flips the fuses of the Electron security checklist', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
