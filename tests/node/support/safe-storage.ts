import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { SafeStorageApi } from '../../../electron/host/key-protection';

/**
 * Stands in for Electron's safeStorage: what it seals, only the same "Windows account" (the same
 * `account` text) opens; another account's decryptString throws as DPAPI does.
 */
export function fakeSafeStorage(account: string, available = true): SafeStorageApi & { sealed: number } {
  const key = createHash('sha256').update(`safeStorage ${account}`).digest();
  const storage = {
    sealed: 0,
    isEncryptionAvailable: () => available,
    encryptString(plain: string): Buffer {
      if (!available) throw new Error('Encryption is not available.');
      storage.sealed++;
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decryptString(sealed: Buffer): string {
      if (!available) throw new Error('Decryption is not available.');
      const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
      decipher.setAuthTag(sealed.subarray(12, 28));
      return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
  return storage;
}
