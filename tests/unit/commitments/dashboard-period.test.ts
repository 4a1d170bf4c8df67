import { describe, expect, it } from 'vitest';
import { dashboardPeriod } from '../../../shared/api/schemas/follow-up';
import {
  dashboardPeriodRange,
  defaultDashboardYear,
  latestPeriodWithData,
  periodContaining,
  periodMonths,
  selectableYears,
  switchPeriodKind,
} from '../../../shared/domain/dashboard-period';

describe('dashboard periods', () => {
  it.each([
    [{ kind: 'year', year: 2024, index: 1 }, '2024-01-01', '2024-12-31', 12],
    [{ kind: 'semester', year: 2024, index: 1 }, '2024-01-01', '2024-06-30', 6],
    [{ kind: 'semester', year: 2025, index: 2 }, '2025-07-01', '2025-12-31', 6],
    [{ kind: 'quarter', year: 2024, index: 1 }, '2024-01-01', '2024-03-31', 3],
    [{ kind: 'quarter', year: 2023, index: 1 }, '2023-01-01', '2023-03-31', 3],
    [{ kind: 'quarter', year: 2025, index: 2 }, '2025-04-01', '2025-06-30', 3],
    [{ kind: 'quarter', year: 2025, index: 3 }, '2025-07-01', '2025-09-30', 3],
    [{ kind: 'quarter', year: 2025, index: 4 }, '2025-10-01', '2025-12-31', 3],
  ] as const)('%o runs from %s to %s over %i months', (period, from, to, months) => {
    expect(dashboardPeriodRange(period)).toEqual({ from, to });
    const listed = periodMonths(period);
    expect(listed).toHaveLength(months);
    expect(listed[0]).toBe(from.slice(0, 7));
    expect(listed[listed.length - 1]).toBe(to.slice(0, 7));
  });

  it('finds the period of each kind that holds a date, edges included', () => {
    expect(periodContaining('quarter', '2025-03-31')).toEqual({ kind: 'quarter', year: 2025, index: 1 });
    expect(periodContaining('quarter', '2025-04-01')).toEqual({ kind: 'quarter', year: 2025, index: 2 });
    expect(periodContaining('quarter', '2025-12-31')).toEqual({ kind: 'quarter', year: 2025, index: 4 });
    expect(periodContaining('semester', '2025-06-30')).toEqual({ kind: 'semester', year: 2025, index: 1 });
    expect(periodContaining('semester', '2025-07-01')).toEqual({ kind: 'semester', year: 2025, index: 2 });
    expect(periodContaining('year', '2025-07-01')).toEqual({ kind: 'year', year: 2025, index: 1 });
  });

  it('defaults to the current year with data, else the latest earlier one, else the first later one', () => {
    expect(defaultDashboardYear('2026-12-07', '2026-06-02', null)).toEqual({ kind: 'year', year: 2026, index: 1 });
    // The data ends in 2025: 2025, not an empty 2026.
    expect(defaultDashboardYear('2026-12-07', '2025-12-31', null).year).toBe(2025);
    // Everything is due next year (commitments made in December).
    expect(defaultDashboardYear('2026-12-07', null, '2027-02-01').year).toBe(2027);
    expect(defaultDashboardYear('2026-12-07', null, null).year).toBe(2026);
  });

  it('switches kind to the part of the shown period that holds its latest data up to today', () => {
    const year2026 = { kind: 'year', year: 2026, index: 1 } as const;
    // Data until June, looked at in December: the second quarter, not an empty fourth.
    expect(switchPeriodKind('quarter', year2026, '2026-12-07', '2026-06-02')).toEqual({
      kind: 'quarter',
      year: 2026,
      index: 2,
    });
    expect(switchPeriodKind('semester', year2026, '2026-12-07', '2026-06-02').index).toBe(1);
    // A past year: its last part.
    expect(switchPeriodKind('quarter', { kind: 'year', year: 2024, index: 1 }, '2026-12-07', '2026-06-02')).toEqual({
      kind: 'quarter',
      year: 2024,
      index: 4,
    });
    // The current year with data ahead: the part holding today.
    expect(switchPeriodKind('quarter', { kind: 'year', year: 2025, index: 1 }, '2025-05-10', '2026-06-02').index).toBe(
      2,
    );
    // Back to a year from a quarter: that quarter's year.
    expect(switchPeriodKind('year', { kind: 'quarter', year: 2019, index: 3 }, '2026-12-07', '2026-06-02')).toEqual({
      kind: 'year',
      year: 2019,
      index: 1,
    });
    // A later year than the data: its first part, not one of another year.
    expect(switchPeriodKind('quarter', { kind: 'year', year: 2027, index: 1 }, '2026-12-07', '2026-06-02')).toEqual({
      kind: 'quarter',
      year: 2027,
      index: 1,
    });
  });

  it('points an empty period at the latest data up to today, or at the first when all is later', () => {
    const data = { from: '2016-01-18', to: '2026-06-02' };
    expect(latestPeriodWithData('quarter', '2026-12-07', data)).toEqual({ kind: 'quarter', year: 2026, index: 2 });
    expect(latestPeriodWithData('year', '2030-01-01', data)).toEqual({ kind: 'year', year: 2026, index: 1 });
    expect(latestPeriodWithData('quarter', '2020-02-10', data)).toEqual({ kind: 'quarter', year: 2020, index: 1 });
    expect(latestPeriodWithData('semester', '2015-05-05', data)).toEqual({ kind: 'semester', year: 2016, index: 1 });
  });

  it('offers the years from the first with data to the last, this one included, latest first', () => {
    expect(selectableYears('2026-12-07', { from: '2023-01-18', to: '2026-06-02' })).toEqual([2026, 2025, 2024, 2023]);
    expect(selectableYears('2026-12-07', { from: '2026-01-18', to: '2027-06-02' })).toEqual([2027, 2026]);
    expect(selectableYears('2026-12-07', null)).toEqual([2026]);
  });

  it('accepts only whole periods', () => {
    expect(dashboardPeriod.safeParse({ kind: 'quarter', year: 2025, index: 4 }).success).toBe(true);
    const refused = [
      { kind: 'semester', year: 2025, index: 3 },
      { kind: 'year', year: 2025, index: 2 },
      { kind: 'quarter', year: 2025, index: 0 },
      { kind: 'quarter', year: 2025.5, index: 1 },
      { kind: 'month', year: 2025, index: 1 },
      { kind: 'year', year: 2025 },
    ];
    for (const period of refused) expect(dashboardPeriod.safeParse(period).success, JSON.stringify(period)).toBe(false);
  });
});
