import { useEffect, useState } from 'react';
import type { CarryOverItem } from '../../../../../shared/domain/follow-up';
import { call, onChange } from '../../../../api/client';

/** Open commitments of earlier meetings of the same areas, kept current as they are reported on. */
export function useCarryOver(meetingId: string): CarryOverItem[] | null {
  const [state, setState] = useState<{ meetingId: string; items: CarryOverItem[] } | null>(null);
  useEffect(() => {
    let active = true;
    const load = () =>
      void call('commitments.carryOver', { meetingId }).then((result) => {
        if (active) setState({ meetingId, items: result.ok ? result.value : [] });
      });
    load();
    const off = onChange((event) => {
      if (event.entities.includes('commitments') || event.entities.includes('meetings')) load();
    });
    return () => {
      active = false;
      off();
    };
  }, [meetingId]);
  return state?.meetingId === meetingId ? state.items : null;
}
