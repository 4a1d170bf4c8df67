import { useCallback, useEffect, useRef, useState } from 'react';

const DRAFT_PREFIX = 'sirakor.draft.';

export function readDraft(key: string): string | null {
  try {
    return localStorage.getItem(DRAFT_PREFIX + key);
  } catch {
    return null;
  }
}

export function writeDraft(key: string, text: string | null): void {
  try {
    if (text === null) localStorage.removeItem(DRAFT_PREFIX + key);
    else localStorage.setItem(DRAFT_PREFIX + key, text);
  } catch {
    // Storage full or disabled: the debounced save still runs.
  }
}

export type SaveState = 'saved' | 'pending' | 'saving' | 'failed';

/**
 * Text saved as it is typed. Every keystroke is kept at once in local storage and sent to the
 * host after a short pause, when the field is left, and when the window closes; a draft left by a
 * window that closed mid-sentence is restored and saved the next time the field is shown. What
 * was typed stays shown until the host's copy (`serverText`) says the same.
 * `save` resolves to true once the host has stored the text.
 */
export function useAutosavedText(
  draftKey: string,
  serverText: string,
  save: (text: string) => Promise<boolean>,
  delayMs = 600,
) {
  const [edited, setEdited] = useState<string | null>(() => {
    const draft = readDraft(draftKey);
    return draft !== null && draft !== serverText ? draft : null;
  });
  const [state, setState] = useState<SaveState>(edited === null ? 'saved' : 'pending');
  const latest = useRef<string | null>(edited);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveRef = useRef(save);

  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const flush = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const text = latest.current;
    if (text === null) return;
    setState('saving');
    const stored = await saveRef.current(text);
    if (!stored) {
      setState('failed');
      return;
    }
    // Only forget the local copy if nothing was typed while the save was on its way. The text
    // stays shown as typed: the workspace reloads a moment later, and until then `serverText` is
    // the old text, which a field filled in that moment would otherwise send back (issue 13).
    if (latest.current === text) {
      latest.current = null;
      writeDraft(draftKey, null);
      setState('saved');
    }
  }, [draftKey]);

  const change = useCallback(
    (text: string) => {
      latest.current = text;
      writeDraft(draftKey, text);
      setEdited(text);
      setState('pending');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [draftKey, delayMs, flush],
  );

  useEffect(() => {
    // A restored draft is sent as soon as the field is shown again.
    if (latest.current !== null) void flush();
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      void flush();
    };
  }, [flush]);

  // Once the host's copy has caught up, later changes from the host show again.
  if (edited !== null && state === 'saved' && edited === serverText) setEdited(null);

  return { text: edited ?? serverText, change, flush, state };
}
