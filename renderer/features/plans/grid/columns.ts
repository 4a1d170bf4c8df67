import { isMonthKey, PLAN_COLUMN_KEYS, type PlanColumnKey } from '../../../../shared/plans/columns';

/** Width in pixels of each grid column; months are narrow tick boxes. */
const WIDTHS: Partial<Record<PlanColumnKey, number>> = {
  activity: 280,
  budgetCode: 130,
  intervention: 230,
  interventionKind: 90,
  targetGroup: 130,
  indicator: 230,
  targetVolume: 80,
  targetUnit: 90,
  locations: 210,
  responsible: 210,
  supporters: 180,
  fundingSource: 150,
  amount: 130,
  status: 115,
  realisationPercent: 100,
  realisationAmount: 125,
  notes: 220,
};

export const ROW_NUMBER_WIDTH = 52;
export const ROW_HEIGHT = 34;

export function columnWidth(key: PlanColumnKey): number {
  return isMonthKey(key) ? 34 : (WIDTHS[key] ?? 120);
}

export const NUMERIC_COLUMNS = new Set<PlanColumnKey>([
  'targetVolume',
  'amount',
  'realisationPercent',
  'realisationAmount',
]);

/** Left edge of each column, after the row-number column. */
export const COLUMN_LEFT: number[] = PLAN_COLUMN_KEYS.reduce<number[]>((lefts, key, i) => {
  lefts.push(
    i === 0 ? ROW_NUMBER_WIDTH : (lefts[i - 1] as number) + columnWidth(PLAN_COLUMN_KEYS[i - 1] as PlanColumnKey),
  );
  return lefts;
}, []);

export const GRID_WIDTH = ROW_NUMBER_WIDTH + PLAN_COLUMN_KEYS.reduce((sum, key) => sum + columnWidth(key), 0);
