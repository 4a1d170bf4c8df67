import { createCipheriv, createDecipheriv, createHash, randomBytes, sign, verify } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ensureOfficeKeys,
  fileKeyStore,
  OFFICE_KEYS_FILE,
  plainKeyProtection,
  type KeyProtection,
} from '../../../electron/exchange/key-store';
import { generateOfficeKeys, publicKeyFromRaw, rawPublicKeyText } from '../../../electron/exchange/keys';
import { kodeVerifikasi } from '../../../electron/exchange/kode-verifikasi';
import { ExchangeError } from '../../../shared/exchange/errors';
import { isKode, kodeFromDigest, normaliseKode, sameKode } from '../../../shared/exchange/kode';
import { cleanTempDirsAfterEach, tempDir } from '../support/temp';

cleanTempDirsAfterEach();

const OFFICE = '0199f1a0-0000-7000-8000-000000000005';
const OTHER_OFFICE = '0199f1a0-0000-7000-8000-000000000010';

/** Stands in for Electron's safeStorage: a key the "operating system" holds, here in memory. */
function osProtection(): KeyProtection {
  const key = randomBytes(32);
  return {
    scheme: 'safeStorage',
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    open(sealed) {
      const bytes = Buffer.from(sealed);
      const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
      decipher.setAuthTag(bytes.subarray(12, 28));
      return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}

function reasonOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ExchangeError) return error.reason;
    throw error;
  }
  throw new Error('accepted');
}

describe('office keys', () => {
  it('are an Ed25519 key that signs and an X25519 key that receives, with 32-byte public keys', () => {
    const keys = generateOfficeKeys(OFFICE);
    expect(keys.signingKey.asymmetricKeyType).toBe('ed25519');
    expect(keys.receivingKey.asymmetricKeyType).toBe('x25519');
    for (const text of [keys.publicKeys.signing, keys.publicKeys.receiving])
      expect(Buffer.from(text, 'base64url')).toHaveLength(32);
    const message = Buffer.from('Rakor Kecamatan Kelara, 17 Oktober 2025');
    const signature = sign(null, message, keys.signingKey);
    expect(verify(null, message, publicKeyFromRaw(keys.publicKeys.signing, 'ed25519'), signature)).toBe(true);
    expect(rawPublicKeyText(keys.receivingKey)).toBe(keys.publicKeys.receiving);
  });

  it('refuse public keys that are not 32 bytes', () => {
    expect(() => publicKeyFromRaw(Buffer.alloc(31), 'ed25519')).toThrow();
    expect(() => publicKeyFromRaw('AAAA', 'x25519')).toThrow();
  });
});

describe('the kode verifikasi', () => {
  it('is 24 digits in six groups of four, from the first 15 bytes of the digest', () => {
    expect(kodeFromDigest(new Uint8Array(32))).toBe('0000 0000 0000 0000 0000 0000');
    // (2^120 - 1) mod 10^24, and SHA-256("sirakor"), computed independently (Python's integers).
    expect(kodeFromDigest(new Uint8Array(32).fill(0xff))).toBe('9158 7290 3807 0602 8034 4575');
    expect(kodeFromDigest(createHash('sha256').update('sirakor').digest())).toBe('7766 8221 3774 4342 9680 3320');
    expect(() => kodeFromDigest(new Uint8Array(14))).toThrow();
  });

  it('is the same for the same office and keys, and differs when either changes', () => {
    const keys = generateOfficeKeys(OFFICE);
    const kode = kodeVerifikasi(OFFICE, keys.publicKeys);
    expect(isKode(kode)).toBe(true);
    expect(kodeVerifikasi(OFFICE, { ...keys.publicKeys })).toBe(kode);
    expect(kodeVerifikasi(OTHER_OFFICE, keys.publicKeys)).not.toBe(kode);
    const other = generateOfficeKeys(OFFICE);
    expect(kodeVerifikasi(OFFICE, { ...keys.publicKeys, receiving: other.publicKeys.receiving })).not.toBe(kode);
    expect(kodeVerifikasi(OFFICE, { ...keys.publicKeys, signing: other.publicKeys.signing })).not.toBe(kode);
  });

  it('compares as people type it back', () => {
    const kode = '4721 0093 5518 2046 7730 1189';
    expect(sameKode(kode, '472100935518204677301189')).toBe(true);
    expect(sameKode(kode, '4721-0093-5518-2046-7730-1189')).toBe(true);
    expect(sameKode(kode, ' 4721 0093 5518\t2046 7730 1189 ')).toBe(true);
    expect(sameKode(kode, '4721 0093 5518 2046 7730 1188')).toBe(false);
    expect(sameKode(kode, '4721 0093 5518 2046 7730')).toBe(false);
    expect(normaliseKode('4721 0093 5518 2046 7730 118O')).toBeNull();
  });
});

describe('the key store', () => {
  it('keeps the keys across runs in one private file, written atomically', () => {
    const dir = tempDir();
    const path = join(dir, OFFICE_KEYS_FILE);
    const first = ensureOfficeKeys(fileKeyStore(path), OFFICE);
    expect(first.created).toBe(true);
    const again = ensureOfficeKeys(fileKeyStore(path), OFFICE);
    expect(again.created).toBe(false);
    expect(again.keys.publicKeys).toEqual(first.keys.publicKeys);
    // The loaded private key is the one made: it signs what the first public key verifies.
    const signature = sign(null, Buffer.from('x'), again.keys.signingKey);
    expect(verify(null, Buffer.from('x'), publicKeyFromRaw(first.keys.publicKeys.signing, 'ed25519'), signature)).toBe(
      true,
    );
    expect(readdirSync(dir)).toEqual([OFFICE_KEYS_FILE]);
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('seals the private keys when a protection is available, and upgrades a plain file to it', () => {
    const dir = tempDir();
    const path = join(dir, OFFICE_KEYS_FILE);
    const { keys } = ensureOfficeKeys(fileKeyStore(path), OFFICE);
    const privateText = JSON.parse(readFileSync(path, 'utf8')).privateKeys as string;
    expect(Buffer.from(privateText, 'base64').toString('utf8')).toContain('signing');
    const protection = osProtection();
    const loaded = fileKeyStore(path, protection).load();
    expect(loaded?.publicKeys).toEqual(keys.publicKeys);
    const file = JSON.parse(readFileSync(path, 'utf8'));
    expect(file.protection).toBe('safeStorage');
    expect(Buffer.from(file.privateKeys, 'base64').toString('latin1')).not.toContain('signing');
    expect(fileKeyStore(path, protection).load()?.publicKeys).toEqual(keys.publicKeys);
    // Without the OS's protection (another user account, another PC) the keys cannot be opened, and stay as they are.
    expect(reasonOf(() => fileKeyStore(path, plainKeyProtection).load())).toBe('KEY_PROTECTION_UNAVAILABLE');
    expect(reasonOf(() => fileKeyStore(path, osProtection()).load())).toBe('KEY_FILE_DAMAGED');
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(file);
  });

  it('refuses a damaged file, mixed-up keys and another office’s keys rather than replacing them', () => {
    const dir = tempDir();
    const path = join(dir, OFFICE_KEYS_FILE);
    ensureOfficeKeys(fileKeyStore(path), OFFICE);
    const good = readFileSync(path, 'utf8');
    expect(reasonOf(() => ensureOfficeKeys(fileKeyStore(path), OTHER_OFFICE))).toBe('KEY_FILE_OTHER_OFFICE');

    writeFileSync(path, good.slice(0, good.length / 2));
    expect(reasonOf(() => fileKeyStore(path).load())).toBe('KEY_FILE_DAMAGED');

    const mixed = JSON.parse(good);
    mixed.publicKeys.signing = generateOfficeKeys(OFFICE).publicKeys.signing;
    writeFileSync(path, JSON.stringify(mixed));
    expect(reasonOf(() => fileKeyStore(path).load())).toBe('KEY_FILE_DAMAGED');

    const swapped = JSON.parse(good);
    const texts = JSON.parse(Buffer.from(swapped.privateKeys, 'base64').toString('utf8'));
    swapped.privateKeys = Buffer.from(JSON.stringify({ signing: texts.receiving, receiving: texts.signing })).toString(
      'base64',
    );
    writeFileSync(path, JSON.stringify(swapped));
    expect(reasonOf(() => fileKeyStore(path).load())).toBe('KEY_FILE_DAMAGED');
    expect(reasonOf(() => ensureOfficeKeys(fileKeyStore(path), OFFICE))).toBe('KEY_FILE_DAMAGED');
  });
});
