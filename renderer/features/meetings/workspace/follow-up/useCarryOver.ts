import { useEffect, useState } from 'react';
import type { CarryOver } from '../../../../../shared/domain/follow-up';
import type { Message } from '../../../../../shared/api/result';
import { call, onChange } from '../../../../api/client';

export interface CarryOverState {
  carryOver: CarryOver | null;
  error: Message | null;
}

/** Open commitments of earlier meetings of the same areas, kept current as they are reported on. */
export function useCarryOver(meetingId: string): CarryOverState | null {
  const [state, setState] = useState<(CarryOverState & { meetingId: string }) | null>(null);
  useEffect(() => {
    let active = true;
    const load = () =>
      void call('commitments.carryOver', { meetingId }).then((result) => {
        if (!active) return;
        setState(
          result.ok
            ? { meetingId, carryOver: result.value, error: null }
            : { meetingId, carryOver: null, error: result.error.message },
        );
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
  return state?.meetingId === meetingId ? state : null;
}
