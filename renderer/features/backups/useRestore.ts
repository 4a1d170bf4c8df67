import { useState } from 'react';
import type { BackupInfo, RestoreReport } from '../../../shared/domain/backups';
import { ok, type Result } from '../../../shared/api/result';
import { call } from '../../api/client';
import { isCancelled, runJob } from '../jobs/run-job';
import { errorText } from './error-text';
import { percentOf } from './format';
import { uploadFile } from './transfer';

export type RestoreSource = { backup: BackupInfo } | { file: File };

export interface RestoreFlow {
  /** What the user asked to restore; the confirmation is open while it is set. */
  source: RestoreSource | null;
  busy: boolean;
  /** Percent of the picked file sent to the host, while it is being sent. */
  uploadPercent: number | null;
  error: string | null;
  report: RestoreReport | null;
  ask(source: RestoreSource): void;
  cancel(): void;
  run(): Promise<void>;
  dismissReport(): void;
}

/**
 * A restore from a listed backup or from a picked file: confirmation, the file sent in parts with
 * its progress, the restore itself, then the report. `onRestored` runs after a success.
 */
export function useRestore(
  onRestored: (report: RestoreReport) => void,
  options: { asJob?: boolean } = {},
): RestoreFlow {
  const [source, setSource] = useState<RestoreSource | null>(null);
  const [busy, setBusy] = useState(false);
  const [uploadPercent, setUploadPercent] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<RestoreReport | null>(null);

  /**
   * A listed backup restored as a job (issue 17): once the host has it, the dialog closes and the
   * job's notice shows its progress, Batal and its end on whichever page the user is.
   */
  async function restoreAsJob(backupId: string): Promise<Result<RestoreReport> | null> {
    const ended = await runJob({ kind: 'restore', input: { id: backupId } }, { onStarted: () => setSource(null) });
    if (!ended.ok) return ended;
    const result = ended.value.result;
    return result?.kind === 'restore' ? ok(result.report) : null;
  }

  async function restore(from: RestoreSource): Promise<Result<RestoreReport> | null> {
    if ('backup' in from) {
      return options.asJob ? restoreAsJob(from.backup.id) : call('backups.restore', { id: from.backup.id });
    }
    const sent = await uploadFile(from.file, (done, total) => setUploadPercent(percentOf(done, total)));
    setUploadPercent(null);
    if (!sent.ok) return sent;
    return call('backups.restoreUpload', { name: from.file.name, uploadId: sent.value });
  }

  return {
    source,
    busy,
    uploadPercent,
    error,
    report,
    ask(next) {
      setError(null);
      setSource(next);
    },
    cancel() {
      if (busy) return;
      setSource(null);
      setError(null);
    },
    async run() {
      if (!source || busy) return;
      setBusy(true);
      setError(null);
      const result = await restore(source).catch(() => null);
      setBusy(false);
      setUploadPercent(null);
      // Only reading the picked file can throw (the calls answer with data).
      if (!result) {
        setError(errorText({ code: 'IO', message: { key: 'backups.readFailed' } }));
        return;
      }
      if (isCancelled(result)) return;
      if (!result.ok) {
        // The dialog of a job has closed: its notice says why it failed.
        if (source !== null && 'backup' in source && options.asJob) return;
        setError(errorText(result.error));
        return;
      }
      setSource(null);
      setReport(result.value);
      onRestored(result.value);
    },
    dismissReport() {
      setReport(null);
    },
  };
}
