import type { PackageInspection } from '../../../shared/domain/exchange';
import { sameKode } from '../../../shared/exchange/kode';
import { refused } from '../../api/errors';
import type { Db } from '../../db/connection';
import type { LocalOffice } from '../package-reader';
import { dropPackage, type InboxPackage } from './inbox';
import { inspectPackage } from './inspect';
import { declineOffice, trustOffice } from './repositories/offices';

/**
 * "Kode sama, percayai": the package is checked again (it may have been replaced), the code the
 * user compared must be its sender's, and the sender is trusted with the keys inside it (a first
 * contact, or new keys of an office trusted before).
 */
export function trustSender(
  db: Db,
  local: LocalOffice,
  kept: InboxPackage,
  kode: string,
  now: Date,
): PackageInspection {
  const { inspection, verdict } = inspectPackage(db, local, kept);
  if (inspection.status !== 'needs-trust' && inspection.status !== 'key-changed')
    throw refused('exchangeNothingToTrust');
  if (!sameKode(kode, verdict.sender.kode)) throw refused('exchangeKodeMismatch');
  trustOffice(db, verdict.sender, now);
  return { ...inspection, status: 'ready', previousKode: null };
}

/** "Batal" on the trust step: the decision is logged and the package is not kept. */
export function declineSender(db: Db, dataDir: string, local: LocalOffice, kept: InboxPackage, now: Date): void {
  try {
    const { inspection, verdict } = inspectPackage(db, local, kept);
    if (inspection.status === 'needs-trust' || inspection.status === 'key-changed')
      declineOffice(db, verdict.sender, now);
  } finally {
    dropPackage(dataDir, kept.ref);
  }
}
