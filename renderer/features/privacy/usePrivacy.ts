import { useCallback, useEffect, useRef, useState } from 'react';
import type { Message } from '../../../shared/api/result';
import type { Page } from '../../../shared/domain/directory';
import type { PrivacyPerson, PrivacySummary } from '../../../shared/domain/privacy';
import { call, onChange } from '../../api/client';

export type PrivacyScope = 'all' | 'active' | 'deleted';

export interface PrivacyFilters {
  query: string;
  scope: PrivacyScope;
  limit: number;
  offset: number;
}

export interface PrivacyData {
  summary: PrivacySummary | null;
  page: Page<PrivacyPerson> | null;
  error: Message | null;
  loading: boolean;
  filters: PrivacyFilters;
  setFilters(patch: Partial<PrivacyFilters>): void;
}

const INITIAL: PrivacyFilters = { query: '', scope: 'all', limit: 50, offset: 0 };

/**
 * The summary and one page of people still holding personal data; both reload when people or
 * meetings change (an erase here, an edit in the directory).
 */
export function usePrivacy(): PrivacyData {
  const [filters, setFiltersState] = useState<PrivacyFilters>(INITIAL);
  const [summary, setSummary] = useState<PrivacySummary | null>(null);
  const [page, setPage] = useState<Page<PrivacyPerson> | null>(null);
  const [error, setError] = useState<Message | null>(null);
  const seq = useRef(0);

  useEffect(() => {
    const load = () => {
      const request = ++seq.current;
      void Promise.all([call('privacy.summary', {}), call('privacy.people', filters)]).then(
        ([summaryResult, pageResult]) => {
          // An older answer arriving after a newer request must not overwrite it.
          if (request !== seq.current) return;
          if (summaryResult.ok) setSummary(summaryResult.value);
          if (pageResult.ok) setPage(pageResult.value);
          setError(!summaryResult.ok ? summaryResult.error.message : !pageResult.ok ? pageResult.error.message : null);
        },
      );
    };
    load();
    return onChange((event) => {
      if (event.entities.includes('people') || event.entities.includes('meetings')) load();
    });
  }, [filters]);

  const setFilters = useCallback((patch: Partial<PrivacyFilters>) => {
    setFiltersState((current) => ({ ...current, offset: 0, ...patch }));
  }, []);

  return { summary, page, error, loading: page === null && error === null, filters, setFilters };
}
