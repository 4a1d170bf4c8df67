import {
  keepPreviousData,
  QueryClient,
  queryOptions,
  useQuery,
  type QueryKey,
  type UseQueryResult,
} from '@tanstack/react-query';
import { api, type InputOf, type OutputOf, type ReadMethod } from '../../shared/api/contract';
import { isAffected, type Entity, type EntityIds } from '../../shared/api/changes';
import type { AppError } from '../../shared/api/result';
import { callOrThrow, onChange } from './client';

declare module '@tanstack/react-query' {
  interface Register {
    /** A failed read throws the host's answer as an AppError (callOrThrow); LoadError shows it. */
    defaultError: AppError;
    queryMeta: Freshness;
  }
}

/** What a cached answer was read from: the host's changes to these make it stale. */
export interface Freshness extends Record<string, unknown> {
  reads: readonly Entity[];
  readIds: EntityIds | null;
}

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

function readIdsOf<M extends ReadMethod>(method: M, input: InputOf<M>): EntityIds | null {
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
    meta: { reads: api[method].reads, readIds: readIdsOf(method, input) },
  });
}

/**
 * A query made of several reads (every village of a plan's area, all institutions page by page):
 * it reads what the methods it calls read, as the contract says.
 */
export function composedQuery<T>(key: QueryKey, methods: readonly ReadMethod[], read: () => Promise<T>) {
  const reads = [...new Set(methods.flatMap((method) => api[method].reads))];
  return queryOptions<T, AppError>({ queryKey: key, queryFn: read, meta: { reads, readIds: null } });
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

/** Marks stale every answer that read what a change event says changed; the shown ones refetch. */
export function followChanges(client: QueryClient): () => void {
  return onChange(
    (event) =>
      void client.invalidateQueries({
        predicate: (query) => {
          const meta = query.meta;
          return meta ? isAffected(event, meta.reads, meta.readIds) : false;
        },
      }),
  );
}
