import { useState } from 'react';

const KEY = 'sirakor.dashboard.scope';

/** Which commitments the dashboard looks at, besides the period: one office's, one kecamatan's (issue 11). */
export interface DashboardScope {
  officeId?: string;
  areaCode?: string;
}

const ID = /^[0-9a-f-]{36}$/;
const AREA = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

/** The stored scope, keeping only values that still look like an id and an area code. */
export function storedScope(): DashboardScope {
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Record<string, unknown> | null;
    const scope: DashboardScope = {};
    if (typeof stored?.officeId === 'string' && ID.test(stored.officeId)) scope.officeId = stored.officeId;
    if (typeof stored?.areaCode === 'string' && AREA.test(stored.areaCode)) scope.areaCode = stored.areaCode;
    return scope;
  } catch {
    return {};
  }
}

/** The dashboard's office and kecamatan filters, remembered on this computer like its period. */
export function useScopeChoice(): [DashboardScope, (patch: DashboardScope) => void] {
  const [scope, setScope] = useState(storedScope);
  const change = (patch: DashboardScope) => {
    const merged = { ...scope, ...patch };
    // A cleared filter leaves the stored scope rather than staying as undefined.
    const next: DashboardScope = {
      ...(merged.officeId ? { officeId: merged.officeId } : {}),
      ...(merged.areaCode ? { areaCode: merged.areaCode } : {}),
    };
    localStorage.setItem(KEY, JSON.stringify(next));
    setScope(next);
  };
  return [scope, change];
}
