import { create } from 'zustand';
import type { AppStatus } from '../../../shared/domain/backups';
import { call } from '../../api/client';

interface AppStatusState {
  /** Null until asked, or when the host could not answer (the app then starts as usual). */
  status: AppStatus | null;
  checked: boolean;
  load(): Promise<void>;
}

/** Whether the database passed its check at start (`ok`) or the app runs in recovery. */
export const useAppStatus = create<AppStatusState>((set) => ({
  status: null,
  checked: false,
  async load() {
    const result = await call('app.status', {});
    set({ status: result.ok ? result.value : null, checked: true });
  },
}));
