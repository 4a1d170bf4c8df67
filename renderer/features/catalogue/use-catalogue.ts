import { useEffect, useState } from 'react';
import type { Message, Result } from '../../../shared/api/result';
import { onChange } from '../../api/client';

export interface CatalogueList<T> {
  items: T[] | null;
  error: Message | null;
}

/**
 * A catalogue list, loaded when `load` changes (memoise it with its filters) and again after any
 * write to plans: the catalogue's writes report the `plans` entity. Late answers of an older
 * filter are dropped.
 */
export function useCatalogueList<T>(load: () => Promise<Result<T[]>>): CatalogueList<T> {
  const [state, setState] = useState<CatalogueList<T>>({ items: null, error: null });
  useEffect(() => {
    let latest = 0;
    let active = true;
    const run = (): void => {
      const ticket = ++latest;
      void load().then((result) => {
        if (!active || ticket !== latest) return;
        setState(result.ok ? { items: result.value, error: null } : { items: null, error: result.error.message });
      });
    };
    run();
    const off = onChange((event) => {
      if (event.entities.includes('plans')) run();
    });
    return () => {
      active = false;
      off();
    };
  }, [load]);
  return state;
}
