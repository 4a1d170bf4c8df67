import { createHash } from 'node:crypto';
import { kodeFromDigest } from '../../shared/exchange/kode';
import type { OfficePublicKeys } from '../../shared/exchange/manifest';

/** Domain separation: these digests can never be mistaken for any other SHA-256 in Sirakor. */
const KODE_CONTEXT = 'sirakor kode verifikasi v1\u0000';

/**
 * The *kode verifikasi* of an office: SHA-256 over a context string, the office id and the raw
 * bytes of both public keys (signing, then receiving), shown as 24 digits (`shared/exchange/kode.ts`).
 * The office id is inside, so the code confirms who the keys belong to as well as the keys.
 */
export function kodeVerifikasi(officeId: string, keys: OfficePublicKeys): string {
  const digest = createHash('sha256')
    .update(KODE_CONTEXT, 'utf8')
    .update(`${officeId}\u0000`, 'utf8')
    .update(Buffer.from(keys.signing, 'base64url'))
    .update(Buffer.from(keys.receiving, 'base64url'))
    .digest();
  return kodeFromDigest(digest);
}
