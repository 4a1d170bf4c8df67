import { mkdirSync } from 'node:fs';
import { basename } from 'node:path';
import type { ParsedJobInputOf } from '../../../shared/api/schemas/jobs';
import type { OfficePublicKeys } from '../../../shared/exchange/manifest';
import type { Db } from '../../db/connection';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';
import { exportPrivateKeys, importOfficeKeys, type PrivateKeyTexts } from '../keys';
import type { LocalOffice } from '../package-reader';
import { copyToFolder } from './folder';
import { keptPackage } from './inbox';
import { inspectPackage } from './inspect';
import { importPackage, refuseIfImported } from './receive';
import { recordsIn, writeExport } from './send';

/**
 * The work of the exchange jobs (Kirim data, Terima data), done in a job's worker thread on a
 * connection of its own (`electron/jobs/tasks.ts`), so the host keeps answering the screens. The
 * office's keys travel as their texts (the host holds them) and are rebuilt here.
 */

export interface OfficeKeyTexts {
  officeId: string;
  publicKeys: OfficePublicKeys;
  privateKeys: PrivateKeyTexts;
}

export function officeKeyTexts(local: LocalOffice): OfficeKeyTexts {
  const { officeId, publicKeys } = local.keys;
  return { officeId, publicKeys, privateKeys: exportPrivateKeys(local.keys) };
}

function localOfficeOf(texts: OfficeKeyTexts): LocalOffice {
  return {
    officeId: texts.officeId,
    keys: importOfficeKeys(texts.officeId, texts.publicKeys, texts.privateKeys),
    schemaVersion: LATEST_SCHEMA_VERSION,
  };
}

export interface ExchangeWork {
  db: Db;
  dataDir: string;
  now: () => Date;
  office: OfficeKeyTexts;
  progress: (done: number, total: number) => void;
  /** Waits for the host's word before the transaction commits; throws if the job was cancelled. */
  goAhead: () => void;
}

/**
 * Kirim data: the package written into `folder` (a folder of the job's own, which also holds the
 * compressed records meanwhile, so a cancelled job leaves nothing behind), recorded once complete;
 * progress in records collected. With the folder pertukaran, copied there once recorded.
 */
export function exportPackageWork(
  work: ExchangeWork,
  input: ParsedJobInputOf<'exchangeExport'> & { appVersion: string },
  folder: string,
): { path: string; fileName: string; sizeBytes: number } {
  mkdirSync(folder, { recursive: true });
  const written = writeExport(work.db, {
    dataDir: work.dataDir,
    local: localOfficeOf(work.office),
    request: input,
    folder,
    workDir: folder,
    now: work.now,
    appVersion: input.appVersion,
    progress: work.progress,
    beforeCommit: work.goAhead,
  });
  if (input.toFolder) copyToFolder(work.db, written.path, basename(written.path));
  return { path: written.path, fileName: basename(written.path), sizeBytes: written.entry.sizeBytes };
}

/**
 * Terima data: the kept package checked again (a trusted sender with the keys on record, not
 * applied before), then applied with its history entry in one transaction; progress in records
 * applied out of the manifest's count. The kept copy is the host's to drop once the job is done.
 */
export function importPackageWork(work: ExchangeWork, ref: string): { historyId: string } {
  const local = localOfficeOf(work.office);
  const kept = keptPackage(work.dataDir, ref);
  const { verdict } = inspectPackage(work.db, local, kept);
  refuseIfImported(work.db, verdict.packageSha256);
  const total = recordsIn(verdict.manifest.counts);
  work.progress(0, total);
  let reported = 0;
  const entry = importPackage(work.db, {
    dataDir: work.dataDir,
    local,
    kept,
    verdict,
    now: work.now,
    onRecord: (applied) => {
      if (applied - reported < 500 && applied !== total) return;
      reported = applied;
      work.progress(applied, total);
    },
    beforeCommit: work.goAhead,
  });
  return { historyId: entry.id };
}
