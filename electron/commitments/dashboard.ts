import type { DashboardSummary, RateRow } from '../../shared/domain/follow-up';
import { SECTOR_LABELS_ID, type Sector } from '../../shared/domain/directory';
import { levelOfCode } from '../../shared/domain/areas';
import { localDateIn } from '../../shared/domain/overdue';
import {
  dashboardPeriodRange,
  defaultDashboardYear,
  periodMonths,
  type DashboardPeriod,
} from '../../shared/domain/dashboard-period';
import type { ParsedInputOf } from '../../shared/api/contract';
import type { Repositories } from '../db/repositories';
import { toLedgerItem, type LedgerClock } from './repositories/ledger';
import type { GroupCounts } from './repositories/dashboard';

function rateRow(key: string, label: string, counts: GroupCounts): RateRow {
  const counted = counts.total - counts.cancelled;
  return {
    key,
    label,
    total: counts.total,
    done: counts.done,
    open: counts.open,
    overdue: counts.overdue,
    completionRate: counted > 0 ? counts.done / counted : null,
  };
}

function add(into: GroupCounts, counts: GroupCounts): void {
  into.total += counts.total;
  into.done += counts.done;
  into.cancelled += counts.cancelled;
  into.open += counts.open;
  into.overdue += counts.overdue;
}

/** Areas are grouped one level below the filter: kecamatan without one or under a kabupaten. */
function areaKeyLength(areaCode: string | undefined): number {
  if (!areaCode) return 8;
  switch (levelOfCode(areaCode)) {
    case 'provinsi':
      return 5;
    case 'kabupaten':
      return 8;
    default:
      return 13;
  }
}

/** The period asked for, or the default year: the current one if it holds due dates, else the nearest with them. */
function periodOf(repos: Repositories, input: ParsedInputOf<'dashboard.summary'>, today: string): DashboardPeriod {
  if (input.period) return input.period;
  const around = repos.dashboard.dueAround(input, `${today.slice(0, 4)}-12-31`);
  return defaultDashboardYear(today, around.latestUpTo, around.firstAfter);
}

/**
 * The TPPS chair's dashboard for a period (a year, a semester or a quarter). Every figure is about
 * the commitments due in the period, so they add up: done, open, overdue (open and past due, each
 * by its own meeting's zone), rates per institution, sector and area, the trend per month of the
 * due dates, the most overdue. `limit` caps the overdue list and the institutions, which come
 * most overdue first (the chair's question is who is behind); sectors and areas are all listed.
 * Completion rate = done / (total − cancelled).
 */
export function dashboardSummary(
  clock: LedgerClock,
  repos: Repositories,
  input: ParsedInputOf<'dashboard.summary'>,
): DashboardSummary {
  const today = localDateIn(clock.officeZone, clock.now);
  const period = periodOf(repos, input, today);
  const range = dashboardPeriodRange(period);

  const institutions = repos.dashboard.perInstitution(input, range, clock);
  const totals: GroupCounts = { total: 0, done: 0, cancelled: 0, open: 0, overdue: 0 };
  const sectors = new Map<Sector, GroupCounts>();
  for (const row of institutions) {
    add(totals, row);
    let sector = sectors.get(row.sector);
    if (!sector) {
      sector = { total: 0, done: 0, cancelled: 0, open: 0, overdue: 0 };
      sectors.set(row.sector, sector);
    }
    add(sector, row);
  }
  const byInstitution = [...institutions]
    .sort((a, b) => b.overdue - a.overdue || b.open - a.open || b.total - a.total || a.name.localeCompare(b.name))
    .slice(0, input.limit)
    .map((row) => rateRow(row.institutionId, row.name, row));
  const bySector = [...sectors.entries()]
    .sort(([, a], [, b]) => b.total - a.total)
    .map(([sector, counts]) => rateRow(sector, SECTOR_LABELS_ID[sector] ?? sector, counts));
  const byArea = repos.dashboard
    .perArea(input, range, areaKeyLength(input.areaCode), clock)
    .map((row) => rateRow(row.code, row.name, row));

  const counted = new Map(repos.dashboard.monthly(input, range).map((row) => [row.month, row]));
  const trend = periodMonths(period).map((month) => ({
    month,
    due: counted.get(month)?.due ?? 0,
    done: counted.get(month)?.done ?? 0,
  }));

  const topKeys = repos.dashboard.topOverdueKeys(input, range, input.limit, clock);
  return {
    today,
    period,
    range,
    dataRange: repos.dashboard.dueExtent(input),
    total: totals.total,
    open: totals.open,
    overdue: totals.overdue,
    done: totals.done,
    byInstitution,
    bySector,
    byArea,
    byOffice: repos.dashboard.perOffice(input, range, clock).map((row) => rateRow(row.officeId, row.name, row)),
    topOverdue: repos.ledger.rows(topKeys, clock).map(toLedgerItem),
    trend,
  };
}
