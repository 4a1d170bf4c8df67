import { useMemo } from 'react';
import type { PlanColumnKey } from '../../../../shared/plans/columns';
import { INTERVENTION_KIND_LABELS_ID, PLAN_ROW_STATUS_LABELS_ID } from '../../../../shared/plans/labels';
import { usePlanGrid } from './store';

/** What the editor of a reference column offers as the user types (a native datalist). */
export function useSuggestions(key: PlanColumnKey): string[] | null {
  const lookups = usePlanGrid((s) => s.lookups);
  return useMemo(() => {
    if (!lookups) return null;
    switch (key) {
      case 'intervention':
        return lookups.interventions.map((i) => [i.code, i.name].filter(Boolean).join(' '));
      case 'interventionKind':
        return Object.values(INTERVENTION_KIND_LABELS_ID);
      case 'responsible':
      case 'supporters':
        return lookups.institutions.map((i) => i.name);
      case 'locations':
        return lookups.villages.map((v) => v.name);
      case 'fundingSource':
        return lookups.fundingSources.map((s) => s.name);
      case 'status':
        return Object.values(PLAN_ROW_STATUS_LABELS_ID);
      default:
        return null;
    }
  }, [lookups, key]);
}
