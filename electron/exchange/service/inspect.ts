import type { PackageInspection } from '../../../shared/domain/exchange';
import type { Db } from '../../db/connection';
import { verifyPackage, type LocalOffice, type PackageVerdict } from '../package-reader';
import { importedPackage } from './repositories/history';
import type { InboxPackage } from './inbox';
import { officeSummary, trustedOffice, findOffice } from './repositories/offices';

/**
 * Checks a picked package from its first byte to its last (`verifyPackage`, which throws
 * ExchangeError with its Indonesian message for anything wrong), then says what the user has to do:
 * nothing (`ready`), compare the sender's kode verifikasi by phone (`needs-trust`: a new office;
 * `key-changed`: a trusted office with other keys), or nothing at all (`already-imported`).
 */
export interface Inspected {
  inspection: PackageInspection;
  /** What the reader found: the manifest, the sender's card with its keys, the file's digest. */
  verdict: PackageVerdict;
}

export function inspectPackage(db: Db, local: LocalOffice, kept: InboxPackage): Inspected {
  // Read as if no office were trusted: the trust is decided here, against the keys on record, so
  // that a changed key is a question to the user and not only a refusal.
  const verdict: PackageVerdict = verifyPackage(kept.path, { local, trusted: () => null });
  const { manifest, sender } = verdict;
  const trusted = trustedOffice(db, sender.officeId);
  const imported = importedPackage(db, verdict.packageSha256);
  const keysDiffer =
    trusted !== null &&
    (trusted.publicKeys.signing !== sender.keys.signing || trusted.publicKeys.receiving !== sender.keys.receiving);
  const status: PackageInspection['status'] = imported
    ? 'already-imported'
    : !trusted
      ? 'needs-trust'
      : keysDiffer
        ? 'key-changed'
        : 'ready';
  const inspection: PackageInspection = {
    ref: kept.ref,
    fileName: kept.fileName,
    sizeBytes: kept.sizeBytes,
    status,
    sender: officeSummary(db, sender),
    previousKode: keysDiffer ? (findOffice(db, sender.officeId)?.kode ?? null) : null,
    encrypted: verdict.encrypted,
    packageId: manifest.packageId,
    packageSha256: verdict.packageSha256,
    createdAt: manifest.createdAt,
    counts: manifest.counts,
    firstAt: manifest.changes.firstAt,
    lastAt: manifest.changes.lastAt,
    importedAt: imported?.recordedAt ?? null,
  };
  return { inspection, verdict };
}
