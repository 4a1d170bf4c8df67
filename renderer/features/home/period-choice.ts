import { useState } from 'react';
import { DASHBOARD_PERIOD_KINDS, periodsInYear, type DashboardPeriod } from '../../../shared/domain/dashboard-period';

const KEY = 'sirakor.dashboard.period';

/** The stored choice, if it is still a period (a hand-edited or older value is forgotten). */
export function storedPeriod(): DashboardPeriod | null {
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<DashboardPeriod> | null;
    if (!stored || !DASHBOARD_PERIOD_KINDS.includes(stored.kind as DashboardPeriod['kind'])) return null;
    const { kind, year, index } = stored as DashboardPeriod;
    if (!Number.isInteger(year) || year < 1900 || year > 2200) return null;
    if (!Number.isInteger(index) || index < 1 || index > periodsInYear(kind)) return null;
    return { kind, year, index };
  } catch {
    return null;
  }
}

/**
 * The dashboard's period as the user chose it, remembered on this computer like the sidebar;
 * null until a choice is made (the host then shows its default year).
 */
export function usePeriodChoice(): [DashboardPeriod | null, (period: DashboardPeriod) => void] {
  const [period, setPeriod] = useState(storedPeriod);
  const choose = (next: DashboardPeriod) => {
    localStorage.setItem(KEY, JSON.stringify(next));
    setPeriod(next);
  };
  return [period, choose];
}
