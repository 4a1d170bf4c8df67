import { useState } from 'react';
import type { BackupInfo } from '../../../shared/domain/backups';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { notifyFailure, notifySuccess } from '../../hooks/notify';
import { percentOf } from './format';
import { downloadBackup } from './transfer';

export interface DownloadState {
  /** The backup being saved, and how much of it has arrived (null: the desktop app copies it itself). */
  downloadingId: string | null;
  percent: number | null;
  save(backup: BackupInfo): Promise<boolean>;
}

/**
 * "Simpan salinan": the desktop app asks where and copies the file itself; the browser preview
 * fetches it in parts and hands it to the browser's download.
 */
export function useDownload(): DownloadState {
  const { t } = useTranslation();
  const [downloadingId, setDownloadingId] = useState<string | null>(null);
  const [percent, setPercent] = useState<number | null>(null);
  return {
    downloadingId,
    percent,
    async save(backup) {
      if (downloadingId) return false;
      setDownloadingId(backup.id);
      setPercent(null);
      try {
        const copied = await call('backups.saveCopy', { id: backup.id });
        if (!copied.ok) return notifyFailure(copied).ok;
        if (copied.value.outcome === 'cancelled') return false;
        if (copied.value.outcome === 'saved') {
          notifySuccess(t('backups.copySaved', { fileName: copied.value.fileName ?? '' }));
          return true;
        }
        setPercent(0);
        const result = await downloadBackup(backup.id, (done, total) => setPercent(percentOf(done, total)));
        return notifyFailure(result).ok;
      } finally {
        setDownloadingId(null);
      }
    },
  };
}
