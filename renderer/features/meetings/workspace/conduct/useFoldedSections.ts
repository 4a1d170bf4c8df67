import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * From this many minutes entries the minutes open with their agenda items closed: every entry is
 * a row of fields (kind, speaker, text that sizes itself), and a Rembuk Stunting of 26 items and
 * 88 entries drawn at once held the window for seconds and made a page of 27,000 px.
 */
export const FOLD_FROM_ENTRIES = 40;
/** Items opened per step by "open all": each step is one short task, however long the meeting. */
const OPEN_ALL_STEP = 1;
/** Entries of an opened item drawn per task in a folded meeting (about 15–20 ms each on a slow PC). */
const ENTRIES_PER_TASK = 5;

/**
 * How many of a list's `count` rows to draw (an opened item's entries, a large meeting's
 * attendance): all at once in a small meeting; in a large one, ENTRIES_PER_TASK more per task
 * until all are drawn, after which new rows (Enter in the last entry, a walk-in) are drawn at
 * once. Mounted with its list, so reopening starts again.
 */
export function useDrawnEntries(count: number, progressive: boolean): number {
  const [limit, setLimit] = useState(ENTRIES_PER_TASK);
  const [full, setFull] = useState(!progressive);
  if (!full && limit >= count) setFull(true);
  useEffect(() => {
    if (full || limit >= count) return;
    const timer = setTimeout(() => setLimit((previous) => previous + ENTRIES_PER_TASK), 0);
    return () => clearTimeout(timer);
  }, [full, limit, count]);
  return full ? count : Math.min(count, limit);
}

/**
 * Which sections of the minutes are open. Decided once when the minutes are first shown (a small
 * meeting is all open, a large one all closed); items added later come open. "Open all" opens a
 * few items per task, so the window keeps answering while a long meeting unfolds.
 */
export function useFoldedSections(keys: readonly string[], entryCount: number) {
  const [closed, setClosed] = useState<ReadonlySet<string>>(() =>
    entryCount >= FOLD_FROM_ENTRIES ? new Set(keys) : new Set(),
  );
  const [folded] = useState(() => entryCount >= FOLD_FROM_ENTRIES);
  const openingAll = useRef(false);
  const keysRef = useRef(keys);
  useEffect(() => {
    keysRef.current = keys;
  });
  const anyClosed = keys.some((key) => closed.has(key));

  useEffect(() => {
    if (!openingAll.current) return;
    if (!keysRef.current.some((key) => closed.has(key))) {
      openingAll.current = false;
      return;
    }
    // One step per task: the next items open after this step is on screen.
    const timer = setTimeout(() => {
      setClosed((previous) => {
        const next = new Set(previous);
        keysRef.current
          .filter((key) => next.has(key))
          .slice(0, OPEN_ALL_STEP)
          .forEach((key) => next.delete(key));
        return next;
      });
    }, 0);
    return () => clearTimeout(timer);
  }, [closed]);

  /** Opens one section (a click on its title, the cursor arriving in it, a search result in it). */
  const open = useCallback((key: string) => {
    setClosed((previous) => (previous.has(key) ? new Set([...previous].filter((k) => k !== key)) : previous));
  }, []);
  // Stable, so that a section whose state did not change is not drawn again (MinutesSection is memoised).
  const toggle = useCallback((key: string) => {
    openingAll.current = false;
    setClosed((previous) => {
      const next = new Set(previous);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  }, []);

  return {
    /** True when the meeting was large enough to open folded. */
    folded,
    anyClosed,
    isOpen: (key: string) => !closed.has(key),
    open,
    toggle,
    openAll() {
      openingAll.current = true;
      // A new set, so that the step effect runs even when nothing changed since the last step.
      setClosed((previous) => new Set(previous));
    },
    closeAll() {
      openingAll.current = false;
      setClosed(new Set(keysRef.current));
    },
  };
}
