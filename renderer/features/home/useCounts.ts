import { useApiQuery } from '../../api/queries';
import { retryFailed } from '../../components/LoadError';

export interface Counts {
  meetings: number;
  institutions: number;
  people: number;
  commitments: number;
}

/** Totals shown on Beranda (a page of one row each), kept current as records are added elsewhere. */
export function useCounts(): { counts: Counts | null; error: unknown; retry: () => void } {
  const meetings = useApiQuery('meetings.list', { limit: 1 });
  const institutions = useApiQuery('institutions.list', { limit: 1 });
  const people = useApiQuery('people.list', { limit: 1 });
  const commitments = useApiQuery('commitments.ledger', { limit: 1 });
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
