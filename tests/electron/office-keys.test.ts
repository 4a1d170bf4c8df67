import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startCore, type Core } from '../../electron/core';
import { fileKeyStore, OFFICE_KEYS_FILE, plainKeyProtection } from '../../electron/exchange/key-store';
import { desktopKeyProtection } from '../../electron/host/key-protection';
import { callerOf } from '../node/support/seed-rakor';
import { fakeSafeStorage } from '../node/support/safe-storage';
import { cleanTempDirsAfterEach, RESOURCES_DIR, tempDir } from '../node/support/temp';

cleanTempDirsAfterEach();

const open: Core[] = [];
afterEach(() => {
  for (const core of open.splice(0)) core.close();
});

/** The core as the desktop host starts it, with Electron's safeStorage replaced by a stand-in. */
async function desktopCore(dataDir: string, safeStorage: ReturnType<typeof fakeSafeStorage>) {
  const core = await startCore({
    dataDir,
    resourcesDir: RESOURCES_DIR,
    host: 'electron',
    appVersion: '0.0.0-test',
    logError: () => undefined,
    dailyBackup: false,
    keyProtection: desktopKeyProtection(safeStorage),
  });
  open.push(core);
  return callerOf(core.dispatch);
}

function closeAll(): void {
  for (const core of open.splice(0)) core.close();
}

describe('office keys on the desktop host', () => {
  it('are sealed with safeStorage where the OS offers it: no private key in the clear in the data folder', async () => {
    const dataDir = tempDir();
    const safeStorage = fakeSafeStorage('camat');
    const call = await desktopCore(dataDir, safeStorage);
    const identity = await call('exchange.identity', {});
    expect(identity.keys).toMatchObject({ state: 'ready', protection: 'safeStorage' });
    expect(safeStorage.sealed).toBe(1);
    const file = JSON.parse(readFileSync(join(dataDir, OFFICE_KEYS_FILE), 'utf8')) as Record<string, string>;
    expect(file.protection).toBe('safeStorage');
    // The sealed text is not the plain JSON of the private keys.
    expect(Buffer.from(file.privateKeys as string, 'base64').toString('utf8')).not.toContain('signing');
    expect(() => fileKeyStore(join(dataDir, OFFICE_KEYS_FILE), plainKeyProtection).load()).toThrow();
  });

  it('are kept plain where safeStorage is unavailable, and sealed at the first start that has it', async () => {
    const dataDir = tempDir();
    const unavailable = fakeSafeStorage('camat', false);
    expect(desktopKeyProtection(unavailable)).toBe(plainKeyProtection);
    let call = await desktopCore(dataDir, unavailable);
    const plain = await call('exchange.identity', {});
    expect(plain.keys).toMatchObject({ state: 'ready', protection: 'plain' });
    closeAll();
    call = await desktopCore(dataDir, fakeSafeStorage('camat'));
    const sealed = await call('exchange.identity', {});
    expect(sealed.keys).toMatchObject({ state: 'ready', protection: 'safeStorage' });
    expect(sealed.keys.state === 'ready' && plain.keys.state === 'ready' && sealed.keys.kode === plain.keys.kode).toBe(
      true,
    );
  });

  it('sealed keys that this account cannot open leave the app running, with the problem shown', async () => {
    const dataDir = tempDir();
    let call = await desktopCore(dataDir, fakeSafeStorage('camat'));
    await call('exchange.identity', {});
    closeAll();
    const before = readFileSync(join(dataDir, OFFICE_KEYS_FILE));
    for (const other of [fakeSafeStorage('camat', false), fakeSafeStorage('sekretaris')]) {
      call = await desktopCore(dataDir, other);
      expect((await call('settings.get', {})).language).toBe('id');
      const identity = await call('exchange.identity', {});
      expect(identity.keys).toMatchObject({ state: 'problem', fileKode: expect.any(String) });
      closeAll();
      expect(readFileSync(join(dataDir, OFFICE_KEYS_FILE)).equals(before)).toBe(true);
    }
  });
});
