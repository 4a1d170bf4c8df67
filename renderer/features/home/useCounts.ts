import { apiQuery, queryClient, useApiQuery } from '../../api/queries';
import { retryFailed } from '../../components/LoadError';

export interface Counts {
  meetings: number;
  institutions: number;
  people: number;
  commitments: number;
}

/** The reads behind the counts: a page of one row each, for its total. */
const COUNT_READS = {
  meetings: ['meetings.list', { limit: 1 }],
  institutions: ['institutions.list', { limit: 1 }],
  people: ['people.list', { limit: 1 }],
  commitments: ['commitments.ledger', { limit: 1 }],
} as const;

/** Starts the counts' reads before Beranda is drawn (see HomePage's `prefetch`). */
export function prefetchCounts(): void {
  void queryClient.prefetchQuery(apiQuery(...COUNT_READS.meetings));
  void queryClient.prefetchQuery(apiQuery(...COUNT_READS.institutions));
  void queryClient.prefetchQuery(apiQuery(...COUNT_READS.people));
  void queryClient.prefetchQuery(apiQuery(...COUNT_READS.commitments));
}

/** Totals shown on Beranda (a page of one row each), kept current as records are added elsewhere. */
export function useCounts(): { counts: Counts | null; error: unknown; retry: () => void } {
  const meetings = useApiQuery(...COUNT_READS.meetings);
  const institutions = useApiQuery(...COUNT_READS.institutions);
  const people = useApiQuery(...COUNT_READS.people);
  const commitments = useApiQuery(...COUNT_READS.commitments);
  const queries = [meetings, institutions, people, commitments];
  const counts =
    meetings.data && institutions.data && people.data && commitments.data
      ? {
          meetings: meetings.data.total,
          institutions: institutions.data.total,
          people: people.data.total,
          commitments: commitments.data.total,
        }
      : null;
  return { counts, error: queries.find((query) => query.isError)?.error ?? null, retry: retryFailed(queries) };
}
