import type { SafeStorage } from 'electron';
import { plainKeyProtection, type KeyProtection } from '../exchange/key-store';

export type SafeStorageApi = Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'>;

/**
 * How the desktop app seals the office's private keys: with Electron's safeStorage (DPAPI on
 * Windows, the keychain on macOS, the secret service on Linux) where the OS offers it, so that a
 * copy of the data folder, or another Windows account, cannot use them; plain where it does not
 * (the data folder is the office's own and holds the database in the clear anyway). Asked after
 * the app is ready, as safeStorage requires.
 */
export function desktopKeyProtection(safeStorage: SafeStorageApi): KeyProtection {
  if (!safeStorage.isEncryptionAvailable()) return plainKeyProtection;
  return {
    scheme: 'safeStorage',
    seal: (plain) => safeStorage.encryptString(plain),
    open: (sealed) => safeStorage.decryptString(Buffer.from(sealed)),
  };
}
