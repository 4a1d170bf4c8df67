import { useCallback, useEffect, useState } from 'react';

export interface RemoteOption {
  value: string;
  label: string;
  /** Second line in the dropdown: where an area lies, which institution a person works at. */
  description?: string;
}

/** Must be stable (module-level or memoised): a new function per render would search again. */
export type RemoteSearch = (query: string) => Promise<RemoteOption[]>;

interface Found {
  query: string;
  options: RemoteOption[];
}

/**
 * Options fetched as the user types (debounced), plus a memory of every option seen, so selected
 * values keep their labels when the next search no longer returns them.
 */
export function useRemoteOptions(search: RemoteSearch, query: string, enabled: boolean) {
  const [found, setFound] = useState<Found | null>(null);
  const [known, setKnown] = useState<ReadonlyMap<string, RemoteOption>>(new Map());

  const remember = useCallback((options: RemoteOption[]) => {
    setKnown((previous) => {
      const next = new Map(previous);
      options.forEach((option) => next.set(option.value, option));
      return next;
    });
  }, []);

  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      void search(query).then((options) => {
        if (cancelled) return;
        remember(options);
        setFound({ query, options });
      });
    }, 150);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [search, query, enabled, remember]);

  return {
    options: found?.options ?? [],
    loading: enabled && found?.query !== query,
    known,
    remember,
  };
}

/** Mantine filters options locally by default; the host already filtered them. */
export const keepAllOptions = ({ options }: { options: unknown[] }) => options as never;
