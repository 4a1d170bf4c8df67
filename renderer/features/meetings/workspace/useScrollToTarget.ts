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
    const frame = requestAnimationFrame(() => {
      const element = document.querySelector<HTMLElement>(`[data-target-id="${CSS.escape(target)}"]`);
      if (!element) return;
      element.scrollIntoView({ block: 'center' });
      element.classList.add('sirakor-target');
      element.querySelector<HTMLElement>('textarea')?.focus({ preventScroll: true });
      setTimeout(() => element.classList.remove('sirakor-target'), 2500);
      setTarget(null);
    });
    return () => cancelAnimationFrame(frame);
  }, [ready, target, tab, setTarget]);
}
