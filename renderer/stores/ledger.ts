import { create } from 'zustand';
import type { InputOf } from '../../shared/api/contract';
import type { Message } from '../../shared/api/result';
import type { LedgerItem } from '../../shared/domain/follow-up';
import { call, onChange } from '../api/client';

export const LEDGER_PAGE = 100;

export type LedgerFilters = Omit<InputOf<'commitments.ledger'>, 'limit' | 'offset'>;

interface LedgerState {
  filters: LedgerFilters;
  total: number | null;
  /** Pages of rows already fetched, by page index; the list asks for the ones it shows. */
  pages: Record<number, LedgerItem[]>;
  generation: number;
  error: Message | null;
  /** The commitment open in the detail drawer. */
  selectedId: string | null;
  setFilters(filters: LedgerFilters): void;
  patchFilters(patch: Partial<LedgerFilters>): void;
  ensurePage(index: number): void;
  refresh(): void;
  /**
   * Starts fetching the first page before the ledger is drawn (the app opened on the ledger's
   * address: its code and the settings are still loading); `open` then keeps that fetch.
   */
  prefetch(): void;
  /** The ledger page was mounted: fresh rows, unless a prefetch of the current filters is under way. */
  open(): void;
  select(id: string | null): void;
}

const DEFAULT_FILTERS: LedgerFilters = { query: '', sort: 'due_asc', overdueOnly: false };
const inFlight = new Set<string>();
/** The generation a prefetch started, until the page opens. */
let prefetched: number | null = null;

/**
 * The commitment ledger: filters and the pages of rows fetched so far. Rows are fetched a page at
 * a time as the virtualised list scrolls, so 50,000 commitments never travel at once.
 */
export const useLedger = create<LedgerState>((set, get) => ({
  filters: DEFAULT_FILTERS,
  total: null,
  pages: {},
  generation: 0,
  error: null,
  selectedId: null,
  setFilters(filters) {
    set((s) => ({ filters, total: null, pages: {}, generation: s.generation + 1, error: null }));
    get().ensurePage(0);
  },
  patchFilters(patch) {
    get().setFilters({ ...get().filters, ...patch });
  },
  ensurePage(index) {
    const { pages, generation, filters } = get();
    const key = `${generation}:${index}`;
    if (pages[index] || inFlight.has(key)) return;
    inFlight.add(key);
    void call('commitments.ledger', { ...filters, limit: LEDGER_PAGE, offset: index * LEDGER_PAGE }).then((result) => {
      inFlight.delete(key);
      if (get().generation !== generation) return;
      if (result.ok) set((s) => ({ total: result.value.total, pages: { ...s.pages, [index]: result.value.items } }));
      else set({ error: result.error.message });
    });
  },
  refresh() {
    get().setFilters(get().filters);
  },
  prefetch() {
    get().refresh();
    prefetched = get().generation;
  },
  open() {
    const { generation, error } = get();
    const keep = prefetched === generation && !error;
    prefetched = null;
    if (!keep) get().refresh();
  },
  select(selectedId) {
    set({ selectedId });
  },
}));

export function defaultLedgerFilters(): LedgerFilters {
  return { ...DEFAULT_FILTERS };
}

onChange((event) => {
  const ledger = useLedger.getState();
  if (ledger.total === null) return;
  if (event.entities.some((e) => e === 'commitments' || e === 'meetings' || e === 'institutions')) ledger.refresh();
});
