import { useEffect } from 'react';
import { useMeetingWorkspace } from '../../../stores/meeting-workspace';

/**
 * Scrolls to the element a search result pointed at (`data-target-id`), highlights it for a
 * moment and puts the cursor in it, once the workspace has rendered it.
 */
export function useScrollToTarget(ready: boolean, tab: string): void {
  const target = useMeetingWorkspace((s) => s.target);
  const setTarget = useMeetingWorkspace((s) => s.setTarget);
  useEffect(() => {
    if (!ready || !target) return;
    // A large meeting's tab is drawn in parts (ConductTab): the element may come a few frames later.
    let frame = 0;
    let tries = 0;
    const find = () => {
      const element = document.querySelector<HTMLElement>(`[data-target-id="${CSS.escape(target)}"]`);
      if (!element) {
        if (++tries < 60) frame = requestAnimationFrame(find);
        return;
      }
      element.scrollIntoView({ block: 'center' });
      element.classList.add('sirakor-target');
      element.querySelector<HTMLElement>('textarea')?.focus({ preventScroll: true });
      setTimeout(() => element.classList.remove('sirakor-target'), 2500);
      setTarget(null);
    };
    frame = requestAnimationFrame(find);
    return () => cancelAnimationFrame(frame);
  }, [ready, target, tab, setTarget]);
}
