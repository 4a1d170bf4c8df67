import {
  keepPreviousData,
  QueryClient,
  queryOptions,
  useQuery,
  type QueryKey,
  type UseQueryResult,
} from '@tanstack/react-query';
import type * as ContractModule from '../../shared/api/contract';
import type { InputOf, OutputOf, ReadMethod } from '../../shared/api/contract';
import { isAffected, type ChangeEvent, type EntityIds } from '../../shared/api/changes';
import type { AppError } from '../../shared/api/result';
import { callOrThrow, onChange } from './client';

declare module '@tanstack/react-query' {
  interface Register {
    /** A failed read throws the host's answer as an AppError (callOrThrow); LoadError shows it. */
    defaultError: AppError;
    queryMeta: Freshness;
  }
}

/**
 * What a cached answer was read from: the contract's reads of these methods (and, for one method,
 * the records its input names); the host's changes to them make it stale.
 */
export interface Freshness extends Record<string, unknown> {
  methods: readonly ReadMethod[];
  /** The input of a single read, from which the contract tells the records it holds. */
  input?: unknown;
}

type Contract = typeof ContractModule;

// The contract carries every method's zod schema, which drawing the first screen does not need
// (about 50 KB of compressed script): it is loaded with the first change event, which needs it.
let contract: Promise<Contract> | null = null;
const loadContract = (): Promise<Contract> => (contract ??= import('../../shared/api/contract'));

/**
 * The one cache of what the host answered. An answer stays fresh until a change event says what
 * it read has changed (no timers, no refetch on focus); then the screens showing it refetch at
 * once and answers no screen shows are only marked stale, fetched again when shown. The host is
 * local, so a query runs whatever the browser thinks of the network, and a failure is shown with
 * a Retry at once rather than retried behind the user's back.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false, networkMode: 'always' },
    mutations: { networkMode: 'always' },
  },
});

function readIdsOf(api: Contract['api'], method: ReadMethod, input: unknown): EntityIds | null {
  const readIds = api[method].readIds as ((input: unknown) => EntityIds) | null;
  if (!readIds) return null;
  try {
    return readIds(input);
  } catch {
    return null; // an input the host will refuse: the answer is an error, refreshed on any change
  }
}

/** One read of the contract as a query: its key is the method and its input. */
export function apiQuery<M extends ReadMethod>(method: M, input: InputOf<M>) {
  return queryOptions<OutputOf<M>, AppError, OutputOf<M>, readonly [M, InputOf<M>]>({
    queryKey: [method, input] as const,
    queryFn: () => callOrThrow(method, input),
    meta: { methods: [method], input },
  });
}

/**
 * A query made of several reads (every village of a plan's area, all institutions page by page):
 * it reads what the methods it calls read, as the contract says.
 */
export function composedQuery<T>(key: QueryKey, methods: readonly ReadMethod[], read: () => Promise<T>) {
  return queryOptions<T, AppError>({ queryKey: key, queryFn: read, meta: { methods } });
}

export interface ApiQueryOptions {
  /** False while the input is not known yet (no row chosen). */
  enabled?: boolean;
  /** Keeps showing the previous answer while another input loads (a list's next page or filter). */
  keepPrevious?: boolean;
  /** Reads again each time the screen opens, even when nothing announced a change (a check before an action). */
  readOnOpen?: boolean;
}

/** Reads `method(input)` through the cache: loading, data, error and refetch for one screen. */
export function useApiQuery<M extends ReadMethod>(
  method: M,
  input: InputOf<M>,
  options: ApiQueryOptions = {},
): UseQueryResult<OutputOf<M>, AppError> {
  return useQuery({
    ...apiQuery(method, input),
    enabled: options.enabled ?? true,
    ...(options.keepPrevious ? { placeholderData: keepPreviousData } : {}),
    ...(options.readOnOpen ? { refetchOnMount: 'always' as const } : {}),
  });
}

/**
 * One read through the cache, outside a component (a picker's options, the label of a chosen
 * value): answered from the cache while fresh, read again after a change to what it read.
 */
export function fetchApi<M extends ReadMethod>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  return queryClient.fetchQuery(apiQuery(method, input));
}

/** Whether a change makes an answer read with `meta` stale. */
function isStale(api: Contract['api'], event: ChangeEvent, meta: Freshness): boolean {
  const [single, ...more] = meta.methods;
  const readIds = single && more.length === 0 && 'input' in meta ? readIdsOf(api, single, meta.input) : null;
  const reads = [...new Set(meta.methods.flatMap((method) => api[method].reads))];
  return isAffected(event, reads, readIds);
}

/**
 * Marks stale every answer that read what a change event says changed; the shown ones refetch.
 * Events are handled in their order, each once the contract is loaded.
 */
export function followChanges(client: QueryClient): () => void {
  let handled: Promise<unknown> = Promise.resolve();
  return onChange((event) => {
    handled = handled.then(loadContract).then(
      ({ api }) =>
        void client.invalidateQueries({ predicate: (query) => (query.meta ? isStale(api, event, query.meta) : false) }),
      // The contract could not be loaded: every answer may be stale.
      () => void client.invalidateQueries(),
    );
  });
}
