import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import type { OfficePublicKeys } from '../../shared/exchange/manifest';

/**
 * An office's identity keys, made at first run with node:crypto: Ed25519 signs the packages the
 * office sends, X25519 receives the packages sent to it (HPKE, `hpke.ts`). Public keys travel
 * as their raw 32 bytes in base64url; private keys are kept as PKCS#8 DER.
 */

export type KeyType = 'ed25519' | 'x25519';

export interface OfficeKeys {
  officeId: string;
  publicKeys: OfficePublicKeys;
  /** Ed25519 private key. */
  signingKey: KeyObject;
  /** X25519 private key. */
  receivingKey: KeyObject;
}

/** The private halves, PKCS#8 DER in base64, as the key store seals them. */
export interface PrivateKeyTexts {
  signing: string;
  receiving: string;
}

export function generateOfficeKeys(officeId: string): OfficeKeys {
  const signing = generateKeyPairSync('ed25519');
  const receiving = generateKeyPairSync('x25519');
  return {
    officeId,
    publicKeys: { signing: rawPublicKeyText(signing.publicKey), receiving: rawPublicKeyText(receiving.publicKey) },
    signingKey: signing.privateKey,
    receivingKey: receiving.privateKey,
  };
}

/** The raw 32 bytes of a public key (or of the public half of a private key), base64url. */
export function rawPublicKeyText(key: KeyObject): string {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  const jwk = publicKey.export({ format: 'jwk' });
  if (typeof jwk.x !== 'string') throw new TypeError('not an Ed25519 or X25519 key');
  return jwk.x;
}

export function rawPublicKey(key: KeyObject): Buffer {
  return Buffer.from(rawPublicKeyText(key), 'base64url');
}

/** A public key from its raw bytes or their base64url text; throws when they are not a key of that type. */
export function publicKeyFromRaw(raw: Uint8Array | string, type: KeyType): KeyObject {
  const x = typeof raw === 'string' ? raw : Buffer.from(raw).toString('base64url');
  if (Buffer.from(x, 'base64url').length !== 32) throw new RangeError('a raw public key has 32 bytes');
  return createPublicKey({ key: { kty: 'OKP', crv: type === 'ed25519' ? 'Ed25519' : 'X25519', x }, format: 'jwk' });
}

/** PKCS#8 prefixes (RFC 8410) of a raw 32-byte private key: the DER around it is fixed. */
const PKCS8_PREFIX: Record<KeyType, string> = {
  ed25519: '302e020100300506032b657004220420',
  x25519: '302e020100300506032b656e04220420',
};

/** A private key from its raw 32 bytes (test vectors give them so). */
export function privateKeyFromRaw(raw: Uint8Array, type: KeyType): KeyObject {
  if (raw.length !== 32) throw new RangeError('a raw private key has 32 bytes');
  const der = Buffer.concat([Buffer.from(PKCS8_PREFIX[type], 'hex'), raw]);
  return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
}

export function exportPrivateKeys(keys: OfficeKeys): PrivateKeyTexts {
  const der = (key: KeyObject) => key.export({ format: 'der', type: 'pkcs8' }).toString('base64');
  return { signing: der(keys.signingKey), receiving: der(keys.receivingKey) };
}

/**
 * Rebuilds an office's keys from stored texts. Throws when a private key is not of its type or
 * does not belong to the public key stored beside it (a damaged or mixed-up key file).
 */
export function importOfficeKeys(officeId: string, publicKeys: OfficePublicKeys, texts: PrivateKeyTexts): OfficeKeys {
  const load = (text: string, type: KeyType, expectedPublic: string) => {
    const key = createPrivateKey({ key: Buffer.from(text, 'base64'), format: 'der', type: 'pkcs8' });
    if (key.asymmetricKeyType !== type) throw new TypeError(`expected an ${type} key`);
    if (rawPublicKeyText(key) !== expectedPublic) throw new Error('the private key does not match its public key');
    return key;
  };
  return {
    officeId,
    publicKeys: { ...publicKeys },
    signingKey: load(texts.signing, 'ed25519', publicKeys.signing),
    receivingKey: load(texts.receiving, 'x25519', publicKeys.receiving),
  };
}
