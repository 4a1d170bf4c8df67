import { sign, type KeyObject } from 'node:crypto';
import { PACKAGE_FORMAT } from '../../shared/exchange/manifest';
import type { ByteSink } from './byte-io';
import { openEnvelope, type EnvelopeRecipient } from './envelope';
import { rawPublicKey, type OfficeKeys } from './keys';

/**
 * The body of a package: the sender's Ed25519 public key (32 bytes), the manifest's length
 * (4 bytes, big-endian) and its JSON, the Ed25519 signature (64 bytes) over a context string,
 * the header and the manifest, then every entry's bytes in the manifest's order. The manifest
 * holds each entry's size and SHA-256, so the one signature covers the whole package.
 */

const SIGNATURE_CONTEXT = Buffer.from('sirakor package signature v1\u0000', 'latin1');
export const SIGNATURE_LENGTH = 64;
export const PUBLIC_KEY_LENGTH = 32;

export interface PackageSigner {
  /** The raw Ed25519 public key written before the manifest. */
  publicKey: Buffer;
  privateKey: KeyObject;
}

export function signerOf(keys: OfficeKeys): PackageSigner {
  return { publicKey: rawPublicKey(keys.signingKey), privateKey: keys.signingKey };
}

export function signedMessage(header: Uint8Array, manifest: Uint8Array): Buffer {
  return Buffer.concat([SIGNATURE_CONTEXT, header, manifest]);
}

function u32(value: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32BE(value);
  return bytes;
}

export interface EmitOptions {
  out: ByteSink;
  signer: PackageSigner;
  /** Null: a package for any office, signed but not encrypted. */
  recipient: EnvelopeRecipient | null;
  manifest: Uint8Array;
  /** Each entry's bytes, in pieces, in the manifest's order. */
  entries: Iterable<Iterable<Uint8Array>>;
  format?: number;
}

/** Writes a whole package. It checks nothing: `writePackage` checks what goes in; tests forge what they need. */
export function emitPackage(options: EmitOptions): void {
  const { header, body } = openEnvelope(options.out, options.recipient, options.format ?? PACKAGE_FORMAT);
  body.write(options.signer.publicKey);
  body.write(u32(options.manifest.length));
  body.write(options.manifest);
  body.write(sign(null, signedMessage(header, options.manifest), options.signer.privateKey));
  for (const entry of options.entries) for (const piece of entry) body.write(piece);
  body.end();
}
