import type { ExchangeHistoryEntry } from '../../../shared/domain/exchange';
import { refused } from '../../api/errors';
import type { Db } from '../../db/connection';
import { ExchangeError } from '../../../shared/exchange/errors';
import type { LocalOffice, PackageVerdict } from '../package-reader';
import { applyPackageIn, placeIncoming, withIncomingFiles } from '../records/apply';
import { importedPackage, recordExchange } from './repositories/history';
import type { InboxPackage } from './inbox';
import { readContextOf } from './local';

/** Refuses a package whose very file was applied here before: it would change nothing. */
export function refuseIfImported(db: Db, packageSha256: string): void {
  const before = importedPackage(db, packageSha256);
  if (before) throw refused('exchangeAlreadyImported', { at: before.recordedAt, office: before.officeName });
}

/**
 * Terima data: applies a package from a trusted office (readPackage refuses any other with
 * UNTRUSTED_SENDER or KEY_CHANGED) and records it in the history with its report, in one
 * transaction: the records, the sender's row and the history entry arrive together or not at all.
 */
export function importPackage(
  db: Db,
  options: {
    dataDir: string;
    local: LocalOffice;
    kept: InboxPackage;
    /** The package as inspectPackage checked it (its manifest goes into the history). */
    verdict: PackageVerdict;
    now: () => Date;
    /** Records applied so far (a job's progress). */
    onRecord?: (applied: number) => void;
    /** Called last inside the transaction: throwing there rolls everything back (a job cancelled). */
    beforeCommit?: () => void;
  },
): ExchangeHistoryEntry {
  const { kept, local, verdict } = options;
  refuseIfImported(db, verdict.packageSha256);
  return withIncomingFiles(options.dataDir, (files) => {
    // IMMEDIATE: the write lock is taken before the first read, so a write the host commits meanwhile
    // cannot leave this transaction holding an outdated snapshot it may not write on (SQLITE_BUSY).
    const { entry, applied } = db
      .transaction(() => {
        const applied = applyPackageIn(
          db,
          kept.path,
          readContextOf(db, local),
          {
            dataDir: options.dataDir,
            ...(options.onRecord ? { onRecord: options.onRecord } : {}),
          },
          files,
        );
        // The file was replaced since it was checked: nothing of it is kept.
        if (applied.packageSha256 !== verdict.packageSha256) throw new ExchangeError('DAMAGED');
        const entry = recordExchange(db, {
          direction: 'in',
          manifest: verdict.manifest,
          packageSha256: applied.packageSha256,
          office: { id: applied.sender.officeId, name: applied.sender.name },
          fileName: kept.fileName,
          sizeBytes: kept.sizeBytes,
          encrypted: verdict.encrypted,
          report: {
            officeName: applied.sender.name,
            kinds: applied.kinds,
            meetingIds: applied.meetingIds,
            commitmentIds: applied.commitmentIds,
          },
          at: options.now(),
        });
        options.beforeCommit?.();
        return { entry, applied };
      })
      .immediate();
    // Committed: only now do the package's files go to the places its records name.
    placeIncoming(db, files, applied, options.dataDir);
    return entry;
  });
}
