import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import { publicKeyFromRaw, rawPublicKey } from './keys';

/**
 * HPKE (RFC 9180) in base mode with one cipher suite: DHKEM(X25519, HKDF-SHA256), HKDF-SHA256,
 * ChaCha20-Poly1305; every primitive comes from node:crypto (X25519, HMAC-SHA256, the AEAD), and
 * only the RFC's key schedule is written out here, checked against the RFC's test vectors
 * (Appendix A.2.1) in tests/node/exchange/exchange-hpke.test.ts. ChaCha20-Poly1305 rather than AES-GCM: it
 * is constant-time and fast on PCs without AES instructions, which a modest office PC may lack.
 */

const KEM_ID = 0x0020;
const KDF_ID = 0x0001;
const AEAD_ID = 0x0003;
const N_SECRET = 32;
const N_KEY = 32;
const N_NONCE = 12;
export const TAG_LENGTH = 16;
const MODE_BASE = 0x00;

function i2osp(value: number, length: number): Buffer {
  const out = Buffer.alloc(length);
  let rest = value;
  for (let i = length - 1; i >= 0 && rest > 0; i--) {
    out[i] = rest % 256;
    rest = Math.floor(rest / 256);
  }
  return out;
}

const ascii = (text: string) => Buffer.from(text, 'ascii');
const KEM_SUITE = Buffer.concat([ascii('KEM'), i2osp(KEM_ID, 2)]);
const HPKE_SUITE = Buffer.concat([ascii('HPKE'), i2osp(KEM_ID, 2), i2osp(KDF_ID, 2), i2osp(AEAD_ID, 2)]);
const VERSION_LABEL = ascii('HPKE-v1');

/** HKDF-Extract (RFC 5869); an empty salt is HMAC's all-zero key. */
function extract(salt: Uint8Array, ikm: Uint8Array): Buffer {
  return createHmac('sha256', salt).update(ikm).digest();
}

/** HKDF-Expand (RFC 5869). */
function expand(prk: Uint8Array, info: Uint8Array, length: number): Buffer {
  const blocks: Buffer[] = [];
  let previous = Buffer.alloc(0);
  for (let i = 1; blocks.length * 32 < length; i++) {
    previous = createHmac('sha256', prk)
      .update(previous)
      .update(info)
      .update(Buffer.from([i]))
      .digest();
    blocks.push(previous);
  }
  return Buffer.concat(blocks).subarray(0, length);
}

function labeledExtract(suite: Buffer, salt: Uint8Array, label: string, ikm: Uint8Array): Buffer {
  return extract(salt, Buffer.concat([VERSION_LABEL, suite, ascii(label), ikm]));
}

function labeledExpand(suite: Buffer, prk: Uint8Array, label: string, info: Uint8Array, length: number): Buffer {
  return expand(prk, Buffer.concat([i2osp(length, 2), VERSION_LABEL, suite, ascii(label), info]), length);
}

function dh(privateKey: KeyObject, publicKey: KeyObject): Buffer {
  const secret = diffieHellman({ privateKey, publicKey });
  // RFC 9180 §7.1.4: an all-zero X25519 result (a low-order public key) must be refused.
  if (secret.every((byte) => byte === 0)) throw new Error('X25519 produced the all-zero value');
  return secret;
}

function extractAndExpand(dhResult: Buffer, kemContext: Buffer): Buffer {
  const eaePrk = labeledExtract(KEM_SUITE, Buffer.alloc(0), 'eae_prk', dhResult);
  return labeledExpand(KEM_SUITE, eaePrk, 'shared_secret', kemContext, N_SECRET);
}

/** DHKEM Encap: a fresh ephemeral key pair (or the one given, for test vectors). */
export function encap(recipient: KeyObject, ephemeral?: KeyObject): { sharedSecret: Buffer; enc: Buffer } {
  const ephemeralKey = ephemeral ?? generateKeyPairSync('x25519').privateKey;
  const enc = rawPublicKey(ephemeralKey);
  const kemContext = Buffer.concat([enc, rawPublicKey(recipient)]);
  return { sharedSecret: extractAndExpand(dh(ephemeralKey, recipient), kemContext), enc };
}

/** DHKEM Decap with the recipient's private key. */
export function decap(enc: Uint8Array, recipientPrivate: KeyObject): Buffer {
  const ephemeral = publicKeyFromRaw(enc, 'x25519');
  const kemContext = Buffer.concat([Buffer.from(enc), rawPublicKey(createPublicKey(recipientPrivate))]);
  return extractAndExpand(dh(recipientPrivate, ephemeral), kemContext);
}

/**
 * An HPKE context: seals (or opens) a sequence of messages, each with its own nonce
 * (`base_nonce XOR sequence number`), so that messages cannot be reordered, repeated or dropped
 * without the next `open` failing.
 */
export class HpkeContext {
  private sequence = 0;

  constructor(
    readonly key: Buffer,
    readonly baseNonce: Buffer,
    readonly exporterSecret: Buffer,
  ) {}

  private nonce(): Buffer {
    if (this.sequence >= Number.MAX_SAFE_INTEGER) throw new Error('HPKE sequence number overflow');
    const nonce = Buffer.from(this.baseNonce);
    const counter = i2osp(this.sequence, N_NONCE);
    for (let i = 0; i < N_NONCE; i++) nonce[i] = (nonce[i] as number) ^ (counter[i] as number);
    return nonce;
  }

  seal(aad: Uint8Array, plaintext: Uint8Array): Buffer {
    const cipher = createCipheriv('chacha20-poly1305', this.key, this.nonce(), { authTagLength: TAG_LENGTH });
    cipher.setAAD(aad, { plaintextLength: plaintext.length });
    const sealed = Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
    this.sequence++;
    return sealed;
  }

  /**
   * The plaintext; throws when the ciphertext, its place in the sequence or the aad was changed.
   * As in the RFC, the sequence number moves on only after a successful open, so a caller may try
   * the same ciphertext again with another aad.
   */
  open(aad: Uint8Array, ciphertext: Uint8Array): Buffer {
    if (ciphertext.length < TAG_LENGTH) throw new Error('ciphertext shorter than its tag');
    const body = ciphertext.subarray(0, ciphertext.length - TAG_LENGTH);
    const decipher = createDecipheriv('chacha20-poly1305', this.key, this.nonce(), { authTagLength: TAG_LENGTH });
    decipher.setAAD(aad, { plaintextLength: body.length });
    decipher.setAuthTag(ciphertext.subarray(ciphertext.length - TAG_LENGTH));
    const plaintext = Buffer.concat([decipher.update(body), decipher.final()]);
    this.sequence++;
    return plaintext;
  }
}

/** KeySchedule in base mode (no PSK). */
export function keySchedule(sharedSecret: Uint8Array, info: Uint8Array): HpkeContext {
  const empty = Buffer.alloc(0);
  const context = Buffer.concat([
    Buffer.from([MODE_BASE]),
    labeledExtract(HPKE_SUITE, empty, 'psk_id_hash', empty),
    labeledExtract(HPKE_SUITE, empty, 'info_hash', info),
  ]);
  const secret = labeledExtract(HPKE_SUITE, sharedSecret, 'secret', empty);
  return new HpkeContext(
    labeledExpand(HPKE_SUITE, secret, 'key', context, N_KEY),
    labeledExpand(HPKE_SUITE, secret, 'base_nonce', context, N_NONCE),
    labeledExpand(HPKE_SUITE, secret, 'exp', context, 32),
  );
}

export function setupBaseSender(
  recipient: KeyObject,
  info: Uint8Array,
  ephemeral?: KeyObject,
): { enc: Buffer; context: HpkeContext } {
  const { sharedSecret, enc } = encap(recipient, ephemeral);
  return { enc, context: keySchedule(sharedSecret, info) };
}

export function setupBaseReceiver(enc: Uint8Array, recipientPrivate: KeyObject, info: Uint8Array): HpkeContext {
  return keySchedule(decap(enc, recipientPrivate), info);
}
