import { useState } from 'react';
import type { BackupInfo } from '../../../shared/domain/backups';
import { notifyFailure } from '../../hooks/notify';
import { percentOf } from './format';
import { downloadBackup } from './transfer';

export interface DownloadState {
  /** The backup being fetched, and how much of it has arrived. */
  downloadingId: string | null;
  percent: number;
  save(backup: BackupInfo): Promise<boolean>;
}

/** "Simpan salinan": fetches a backup in parts and hands it to the browser or the save dialog. */
export function useDownload(): DownloadState {
  const [downloadingId, setDownloadingId] = useState<string | null>(null);
  const [percent, setPercent] = useState(0);
  return {
    downloadingId,
    percent,
    async save(backup) {
      if (downloadingId) return false;
      setDownloadingId(backup.id);
      setPercent(0);
      const result = await downloadBackup(backup.id, (done, total) => setPercent(percentOf(done, total)));
      setDownloadingId(null);
      return notifyFailure(result).ok;
    },
  };
}
