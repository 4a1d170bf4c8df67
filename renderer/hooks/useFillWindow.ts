import { useLayoutEffect, type RefObject } from 'react';

/**
 * Sizes a scrolling box to reach the bottom of the window (less `gap`), never below `min`: the
 * plan grid and the ledger use the whole height whatever sits above them (banners, a header that
 * wraps on a narrow window). `maxHeight` lets a short list end where its rows end.
 */
export function useFillWindow(
  ref: RefObject<HTMLElement | null>,
  { min, gap = 12, property = 'height' }: { min: number; gap?: number; property?: 'height' | 'maxHeight' },
): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const fit = () => {
      const top = element.getBoundingClientRect().top + window.scrollY;
      const size = `${Math.max(min, Math.floor(window.innerHeight - top - gap))}px`;
      if (element.style[property] !== size) element.style[property] = size;
    };
    fit();
    // Whatever moves the box (a banner folded, a header wrapping) changes the page's height.
    const observer = new ResizeObserver(fit);
    observer.observe(document.body);
    window.addEventListener('resize', fit);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', fit);
    };
  }, [ref, min, gap, property]);
}
