import { create } from 'zustand';
import type { InputOf } from '../../shared/api/contract';
import { apiQuery, queryClient } from '../api/queries';

export const LEDGER_PAGE = 100;

export type LedgerFilters = Omit<InputOf<'commitments.ledger'>, 'limit' | 'offset'>;

interface LedgerState {
  filters: LedgerFilters;
  /** The commitment open in the detail drawer. */
  selectedId: string | null;
  /** Counts "clear all filters": the search box starts afresh, its pending search forgotten. */
  resets: number;
  setFilters(filters: LedgerFilters): void;
  /** Every filter back to its default, the search text included. */
  resetFilters(): void;
  patchFilters(patch: Partial<LedgerFilters>): void;
  select(id: string | null): void;
}

const DEFAULT_FILTERS: LedgerFilters = { query: '', sort: 'due_asc', overdueOnly: false };

/**
 * The commitment ledger's filters and the commitment open in its drawer; set from other screens
 * too (a dashboard figure, a search hit). The rows come a page at a time (`ledgerPage`) as the
 * virtualised list scrolls, so 50,000 commitments never travel at once.
 */
export const useLedger = create<LedgerState>((set, get) => ({
  filters: DEFAULT_FILTERS,
  selectedId: null,
  resets: 0,
  setFilters(filters) {
    set({ filters });
  },
  resetFilters() {
    set({ filters: { ...DEFAULT_FILTERS }, resets: get().resets + 1 });
  },
  patchFilters(patch) {
    get().setFilters({ ...get().filters, ...patch });
  },
  select(selectedId) {
    set({ selectedId });
  },
}));

/** One page of the ledger's rows under these filters; every page carries the total. */
export function ledgerPage(filters: LedgerFilters, index: number) {
  return apiQuery('commitments.ledger', { ...filters, limit: LEDGER_PAGE, offset: index * LEDGER_PAGE });
}

/**
 * Starts fetching the first page before the ledger is drawn (the app opened on the ledger's
 * address: its code and the settings are still loading); the page then finds it in the cache.
 */
export function prefetchLedger(): void {
  void queryClient.prefetchQuery(ledgerPage(useLedger.getState().filters, 0));
}

export function defaultLedgerFilters(): LedgerFilters {
  return { ...DEFAULT_FILTERS };
}
