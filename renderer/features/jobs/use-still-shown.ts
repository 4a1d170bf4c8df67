import { useEffect, useRef, type RefObject } from 'react';

/**
 * Whether the screen that started a job is still shown when the job ends. A screen that shows the
 * result itself (and dismisses the job's notice) must leave it to the notice once the user went
 * to another page: the notice then says the job ended, with the way to its result.
 */
export function useStillShown(): RefObject<boolean> {
  const shown = useRef(true);
  useEffect(() => {
    shown.current = true;
    return () => {
      shown.current = false;
    };
  }, []);
  return shown;
}
