import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from '../backups/durable';
import { ExchangeError } from '../../shared/exchange/errors';
import { officePublicKeysSchema } from '../../shared/exchange/manifest';
import { OFFICE_ID_PATTERN } from '../../shared/exchange/stamp';
import { exportPrivateKeys, generateOfficeKeys, importOfficeKeys, type OfficeKeys } from './keys';

/**
 * Where an office's keys live between runs: one JSON file in the data folder, written atomically
 * (temporary file, flushed, renamed) with permissions 0600. The public keys are stored as they
 * are, so the *kode verifikasi* can always be shown; the private keys pass through a
 * `KeyProtection` first. The default protection stores them as they are (the data folder is the
 * office's own); the desktop host plugs in Electron's safeStorage where the OS offers it:
 *
 *   { scheme: 'safeStorage', seal: (t) => safeStorage.encryptString(t), open: (b) => safeStorage.decryptString(Buffer.from(b)) }
 */

export const OFFICE_KEYS_FILE = 'office-keys.json';
const KEY_FILE_FORMAT = 1;

export interface KeyProtection {
  /** Written into the key file, so that a file sealed one way is never opened another way. */
  readonly scheme: string;
  seal(plain: string): Uint8Array;
  open(sealed: Uint8Array): string;
}

export const plainKeyProtection: KeyProtection = {
  scheme: 'plain',
  seal: (plain) => Buffer.from(plain, 'utf8'),
  open: (sealed) => Buffer.from(sealed).toString('utf8'),
};

export interface OfficeKeyStore {
  readonly path: string;
  /** The stored keys, or null before the first run made them. */
  load(): OfficeKeys | null;
  save(keys: OfficeKeys): void;
}

const keyFileSchema = z.strictObject({
  format: z.literal(KEY_FILE_FORMAT),
  officeId: z.string().regex(OFFICE_ID_PATTERN),
  protection: z.string().min(1).max(50),
  publicKeys: officePublicKeysSchema,
  /** The sealed JSON of the private keys (`PrivateKeyTexts`), base64. */
  privateKeys: z.string().min(1),
});
const privateTextsSchema = z.strictObject({ signing: z.string().min(1), receiving: z.string().min(1) });

function damaged(): ExchangeError {
  return new ExchangeError('KEY_FILE_DAMAGED');
}

/**
 * A key store on one file. A file written without protection is sealed again on the first load
 * once a protection is available (an office that upgrades gets its keys protected); a file sealed
 * with a protection this run does not have is refused rather than overwritten.
 */
export function fileKeyStore(path: string, protection: KeyProtection = plainKeyProtection): OfficeKeyStore {
  const store: OfficeKeyStore = {
    path,
    load() {
      if (!existsSync(path)) return null;
      let file: z.infer<typeof keyFileSchema>;
      try {
        file = keyFileSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
      } catch {
        throw damaged();
      }
      const sealedWith = file.protection === 'plain' ? plainKeyProtection : protection;
      if (sealedWith.scheme !== file.protection) throw new ExchangeError('KEY_PROTECTION_UNAVAILABLE');
      let keys: OfficeKeys;
      try {
        const texts = privateTextsSchema.parse(JSON.parse(sealedWith.open(Buffer.from(file.privateKeys, 'base64'))));
        keys = importOfficeKeys(file.officeId, file.publicKeys, texts);
      } catch {
        throw damaged();
      }
      if (file.protection !== protection.scheme) store.save(keys);
      return keys;
    },
    save(keys) {
      const sealed = protection.seal(JSON.stringify(exportPrivateKeys(keys)));
      const file: z.infer<typeof keyFileSchema> = {
        format: KEY_FILE_FORMAT,
        officeId: keys.officeId,
        protection: protection.scheme,
        publicKeys: keys.publicKeys,
        privateKeys: Buffer.from(sealed).toString('base64'),
      };
      writeFileAtomic(path, `${JSON.stringify(file, null, 2)}\n`, 0o600);
    },
  };
  return store;
}

/**
 * The office's keys: loaded, or made and saved on the first run. Keys of another office in the
 * file (a data folder copied from elsewhere) are refused rather than replaced, because replacing
 * them would change this office's *kode verifikasi* behind the other offices' backs.
 */
export function ensureOfficeKeys(store: OfficeKeyStore, officeId: string): { keys: OfficeKeys; created: boolean } {
  const stored = store.load();
  if (stored) {
    if (stored.officeId !== officeId) throw new ExchangeError('KEY_FILE_OTHER_OFFICE');
    return { keys: stored, created: false };
  }
  const keys = generateOfficeKeys(officeId);
  store.save(keys);
  return { keys, created: true };
}
