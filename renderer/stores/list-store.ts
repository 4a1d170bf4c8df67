import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { Entity, InputOf, OutputOf } from '../../shared/api/contract';
import type { Message } from '../../shared/api/result';
import { call, onChange } from '../api/client';

type PagedMethod = 'institutions.list' | 'people.list' | 'meetings.list';

export interface ListState<M extends PagedMethod> {
  filters: InputOf<M>;
  page: OutputOf<M> | null;
  loading: boolean;
  error: Message | null;
  /** Replaces some filters; the offset goes back to the first page unless given. */
  setFilters(patch: Partial<InputOf<M>>): void;
  reload(): Promise<void>;
}

/**
 * A store for one paged list (filters → page of rows). It reloads itself when the host announces
 * a change to one of `entities`, so every open screen shows what is in the database.
 */
export function createListStore<M extends PagedMethod>(
  method: M,
  initial: InputOf<M>,
  entities: readonly Entity[],
): UseBoundStore<StoreApi<ListState<M>>> {
  let requestSeq = 0;
  const store = create<ListState<M>>((set, get) => ({
    filters: initial,
    page: null,
    loading: false,
    error: null,
    setFilters(patch) {
      set({ filters: { ...get().filters, offset: 0, ...patch } });
      void get().reload();
    },
    async reload() {
      const seq = ++requestSeq;
      set({ loading: true });
      const result = await call(method, get().filters);
      // An older answer arriving after a newer request must not overwrite it.
      if (seq !== requestSeq) return;
      if (result.ok) set({ page: result.value, loading: false, error: null });
      else set({ loading: false, error: result.error.message });
    },
  }));
  onChange((event) => {
    if (store.getState().page && event.entities.some((entity) => entities.includes(entity))) {
      void store.getState().reload();
    }
  });
  return store;
}
