import { create } from 'zustand';
import type { InputOf } from '../../shared/api/contract';
import { useApiQuery } from '../api/queries';

type PagedMethod = 'institutions.list' | 'people.list' | 'meetings.list';

interface Filters<M extends PagedMethod> {
  filters: InputOf<M>;
  /** Replaces some filters; the offset goes back to the first page unless given. */
  setFilters(patch: Partial<InputOf<M>>): void;
}

/**
 * One paged list (filters → a page of rows): the filters live here, so that another screen can
 * set them before opening the list (a search hit, a sample record to fix); the rows come from the
 * query layer, which reads them again when the host announces a change to what they read.
 */
export function createListStore<M extends PagedMethod>(method: M, initial: InputOf<M>) {
  const filters = create<Filters<M>>((set) => ({
    filters: initial,
    setFilters(patch) {
      set((s) => ({ filters: { ...s.filters, offset: 0, ...patch } }));
    },
  }));
  function useList() {
    const current = filters((s) => s.filters);
    const setFilters = filters((s) => s.setFilters);
    // The previous page stays shown while the next page or another search loads.
    const page = useApiQuery(method, current, { keepPrevious: true });
    return { filters: current, setFilters, page };
  }
  return Object.assign(useList, { getState: filters.getState });
}
