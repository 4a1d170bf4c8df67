import { useCallback, useEffect, useRef, useState } from 'react';
import type { BackupInfo } from '../../../shared/domain/backups';
import type { Result } from '../../../shared/api/result';
import { call } from '../../api/client';
import { errorText } from './error-text';

export interface BackupList {
  backups: BackupInfo[] | null;
  error: string | null;
  reload(): Promise<void>;
}

/** The backups in the data folder, newest first (backups.list); reloaded after each action. */
export function useBackupList(): BackupList {
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const active = useRef(true);

  const apply = useCallback((result: Result<BackupInfo[]>) => {
    if (!active.current) return;
    if (result.ok) {
      setBackups(result.value);
      setError(null);
    } else setError(errorText(result.error));
  }, []);

  useEffect(() => {
    active.current = true;
    void call('backups.list', {}).then(apply);
    return () => {
      active.current = false;
    };
  }, [apply]);

  const reload = useCallback(() => call('backups.list', {}).then(apply), [apply]);
  return { backups, error, reload };
}
