import type { DashboardSummary, RateRow } from '../../../shared/domain/follow-up';
import type { Sector } from '../../../shared/domain/directory';
import { levelOfCode } from '../../../shared/domain/areas';
import { localDateIn } from '../../../shared/domain/overdue';
import { repositoriesOf } from '../../db/repositories';
import { toLedgerItem } from '../../db/repositories/ledger';
import type { GroupCounts } from '../../db/repositories/dashboard';
import { SECTOR_LABELS_ID } from '../../../shared/domain/indonesian-labels';
import type { HandlerGroup } from '../handler-types';
import { clockOf } from './follow-up-support';

const pad = (n: number) => String(n).padStart(2, '0');

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

/** The twelve months `YYYY-MM` ending with `today`'s. */
function lastTwelveMonths(today: string): string[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return Array.from({ length: 12 }, (_, i) => {
    const index = year * 12 + (month - 1) - (11 - i);
    return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
  });
}

function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
}

/**
 * The TPPS chair's dashboard. "Today" and the quarter are the office's; each commitment is
 * overdue by its own meeting's zone. `limit` caps the overdue list and the institutions, which
 * come most overdue first (the chair's question is who is behind); sectors and areas are all
 * listed. Completion rate = done / (total − cancelled).
 */
export const dashboardHandlers: HandlerGroup<'dashboard.summary'> = {
  'dashboard.summary': (input, ctx) => {
    const repos = repositoriesOf(ctx.db);
    const clock = clockOf(ctx, repos);
    const today = localDateIn(clock.officeZone, clock.now);
    const year = Number(today.slice(0, 4));
    const quarter = (Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1) as 1 | 2 | 3 | 4;
    const quarterStart = `${year}-${pad((quarter - 1) * 3 + 1)}-01`;
    const quarterEnd = lastDayOf(`${year}-${pad(quarter * 3)}`);

    const institutions = repos.dashboard.perInstitution(input.areaCode, clock);
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
      .perArea(input.areaCode, areaKeyLength(input.areaCode), clock)
      .map((row) => rateRow(row.code, row.name, row));

    const months = lastTwelveMonths(today);
    const counted = new Map(
      repos.dashboard
        .monthly(input.areaCode, `${months[0]}-01`, lastDayOf(months[11] as string))
        .map((row) => [row.month, row]),
    );
    const trend = months.map((month) => ({
      month,
      due: counted.get(month)?.due ?? 0,
      done: counted.get(month)?.done ?? 0,
    }));

    const topKeys = repos.dashboard.topOverdueKeys(input.areaCode, input.limit, clock);
    const summary: DashboardSummary = {
      today,
      open: totals.open,
      overdue: totals.overdue,
      doneThisQuarter: repos.dashboard.doneBetween(input.areaCode, quarterStart, quarterEnd),
      quarter: { year, quarter },
      byInstitution,
      bySector,
      byArea,
      topOverdue: repos.ledger.rows(topKeys, clock).map(toLedgerItem),
      trend,
    };
    return summary;
  },
};
