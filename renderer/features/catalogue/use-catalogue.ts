import type { Message, Result } from '../../../shared/api/result';
import { useLive } from '../../hooks/useLive';

const CATALOGUE_ENTITIES = ['plans'] as const;

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
  const { value, error } = useLive(load, CATALOGUE_ENTITIES);
  return { items: value, error };
}
