import { useEffect, useState } from 'react';
import { call, onChange } from '../../api/client';

export interface Counts {
  meetings: number;
  institutions: number;
  people: number;
  commitments: number;
}

async function loadCounts(): Promise<Counts | null> {
  const [meetings, institutions, people, commitments] = await Promise.all([
    call('meetings.list', { limit: 1 }),
    call('institutions.list', { limit: 1 }),
    call('people.list', { limit: 1 }),
    call('commitments.ledger', { limit: 1 }),
  ]);
  if (!meetings.ok || !institutions.ok || !people.ok || !commitments.ok) return null;
  return {
    meetings: meetings.value.total,
    institutions: institutions.value.total,
    people: people.value.total,
    commitments: commitments.value.total,
  };
}

/** Totals shown on Beranda, kept current as records are added elsewhere. */
export function useCounts(): Counts | null {
  const [counts, setCounts] = useState<Counts | null>(null);
  useEffect(() => {
    let active = true;
    const refresh = () => void loadCounts().then((c) => active && setCounts(c));
    refresh();
    const unsubscribe = onChange(refresh);
    return () => {
      active = false;
      unsubscribe();
    };
  }, []);
  return counts;
}
