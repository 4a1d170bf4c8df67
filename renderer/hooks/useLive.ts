import { useEffect, useState } from 'react';
import type { Entity } from '../../shared/api/contract';
import type { Message, Result } from '../../shared/api/result';
import { onChange } from '../api/client';

/**
 * What `load` answers, loaded when it changes (memoise it with its inputs) and again after a
 * write to any of `entities`; an answer of an older request is dropped.
 */
export function useLive<T>(
  load: () => Promise<Result<T>>,
  entities: readonly Entity[],
): { value: T | null; error: Message | null } {
  const [state, setState] = useState<{ value: T | null; error: Message | null }>({ value: null, error: null });
  const watched = entities.join(',');
  useEffect(() => {
    let latest = 0;
    let active = true;
    const run = (): void => {
      const ticket = ++latest;
      void load().then((result) => {
        if (!active || ticket !== latest) return;
        setState(result.ok ? { value: result.value, error: null } : { value: null, error: result.error.message });
      });
    };
    run();
    const off = onChange((event) => {
      if (event.entities.some((entity) => watched.split(',').includes(entity))) run();
    });
    return () => {
      active = false;
      off();
    };
  }, [load, watched]);
  return state;
}
