import type { DemoStatus } from '../../../shared/domain/demo';
import { useApiQuery } from '../../api/queries';

type SampleKind = keyof DemoStatus['ids'];

/**
 * Whether the sample data is loaded and which records are samples, for banners, marks and
 * warnings; loading or removing it changes the settings that list them, which refreshes this.
 */
export function useDemoStatus() {
  return useApiQuery('demo.status', {});
}

function sampleIn(ids: DemoStatus['ids'] | undefined, id: string | null | undefined): boolean {
  if (!id || !ids) return false;
  return (Object.keys(ids) as SampleKind[]).some((kind) => ids[kind].includes(id));
}

/**
 * Whether a record (person, institution, meeting or plan: their ids never collide) is part of the
 * sample data; as a hook, so a list or picker re-renders its marks when the sample comes or goes.
 */
export function useIsSample(): (id: string | null | undefined) => boolean {
  const ids = useDemoStatus().data?.ids;
  return (id) => sampleIn(ids, id);
}
