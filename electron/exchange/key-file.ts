import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { officePublicKeysSchema, type OfficePublicKeys } from '../../shared/exchange/manifest';
import { OFFICE_ID_PATTERN } from '../../shared/exchange/stamp';
import { kodeVerifikasi } from './kode-verifikasi';

/**
 * What a key file says about whose keys it holds, read without opening the private keys: enough
 * to show a code (the office's, or the one a restored backup carried) even when the keys are
 * sealed for another Windows account or the file is partly damaged.
 */
export interface KeyFileOwner {
  officeId: string;
  publicKeys: OfficePublicKeys;
  kode: string;
}

const ownerSchema = z.object({ officeId: z.string().regex(OFFICE_ID_PATTERN), publicKeys: officePublicKeysSchema });

export function keyFileOwnerOf(text: string): KeyFileOwner | null {
  try {
    const { officeId, publicKeys } = ownerSchema.parse(JSON.parse(text));
    return { officeId, publicKeys, kode: kodeVerifikasi(officeId, publicKeys) };
  } catch {
    return null;
  }
}

export function readKeyFileOwner(path: string): KeyFileOwner | null {
  if (!existsSync(path)) return null;
  try {
    return keyFileOwnerOf(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}
