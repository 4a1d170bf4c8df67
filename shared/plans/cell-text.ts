import type { PlanRow, PlanVillage } from '../domain/plans';
import { isMonthKey, monthOfKey, type PlanColumnKey } from './columns';
import { INTERVENTION_KIND_LABELS_ID, PLAN_ROW_STATUS_LABELS_ID } from './labels';
import { formatDecimalId, formatRupiah } from './numbers';
import { hasMonth } from './schedule';

/** The tick written into a month cell (Liberation Sans has no ✓; the import reads both). */
export const MONTH_TICK = '√';

/**
 * A row's cell as text, the way the grid shows it and copies it to the clipboard. It reads back
 * through `readCell` (paste and import), so copying cells from one row to another round-trips.
 */
export function cellText(row: PlanRow, key: PlanColumnKey, villageLabel: (village: PlanVillage) => string): string {
  if (isMonthKey(key)) return hasMonth(row.scheduleMonths, monthOfKey(key)) ? MONTH_TICK : '';
  switch (key) {
    case 'activity':
      return row.activity;
    case 'budgetCode':
      return row.budgetCode ?? '';
    case 'intervention':
      return row.interventionName ? [row.interventionCode, row.interventionName].filter(Boolean).join(' ') : '';
    case 'interventionKind':
      return INTERVENTION_KIND_LABELS_ID[row.interventionKind];
    case 'targetGroup':
      return row.targetGroup ?? '';
    case 'indicator':
      return row.indicator ?? '';
    case 'targetVolume':
      return row.targetVolume === null ? '' : formatDecimalId(row.targetVolume);
    case 'targetUnit':
      return row.targetUnit ?? '';
    case 'locations':
      return row.locations.map(villageLabel).join('; ');
    case 'responsible':
      return row.responsibleInstitutionName ?? '';
    case 'supporters':
      return row.supporters.map((s) => s.name).join('; ');
    case 'fundingSource':
      return row.funding.map((line) => line.fundingSourceName).join('; ');
    case 'amount':
      return row.funding.map((line) => formatRupiah(line.amount)).join('; ');
    case 'status':
      return PLAN_ROW_STATUS_LABELS_ID[row.status];
    case 'realisationPercent':
      return row.realisationPercent === null ? '' : String(row.realisationPercent);
    case 'realisationAmount':
      return row.realisationAmount === null ? '' : formatRupiah(row.realisationAmount);
    case 'notes':
      return row.notes ?? '';
  }
}
