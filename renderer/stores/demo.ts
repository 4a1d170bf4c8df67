import { useEffect } from 'react';
import { create } from 'zustand';
import type { DemoStatus } from '../../shared/domain/demo';
import { call, onChange } from '../api/client';

type SampleKind = keyof DemoStatus['ids'];

interface DemoState {
  status: DemoStatus | null;
  refresh(): Promise<void>;
}

/** Whether the sample data is loaded and which records are samples, for banners, marks and warnings. */
export const useDemo = create<DemoState>((set) => ({
  status: null,
  async refresh() {
    const result = await call('demo.status', {});
    if (result.ok) set({ status: result.value });
  },
}));

function sampleIn(ids: DemoStatus['ids'] | undefined, id: string | null | undefined): boolean {
  if (!id || !ids) return false;
  return (Object.keys(ids) as SampleKind[]).some((kind) => ids[kind].includes(id));
}

/**
 * Whether a record (person, institution, meeting or plan: their ids never collide) is part of the
 * sample data; as a hook, so a list or picker re-renders its marks when the sample comes or goes.
 */
export function useIsSample(): (id: string | null | undefined) => boolean {
  const ids = useDemo((s) => s.status?.ids);
  return (id) => sampleIn(ids, id);
}

/** Keeps the demo status current while the shell is shown: loading or removing it changes meetings. */
export function useDemoWatch(): void {
  useEffect(() => {
    void useDemo.getState().refresh();
    return onChange((event) => {
      if (event.entities.includes('meetings') || event.entities.includes('settings')) void useDemo.getState().refresh();
    });
  }, []);
}
