import type { InterventionKind, PlanRow, PlanVillage } from '../../../../shared/domain/plans';
import { cellText } from '../../../../shared/plans/cell-text';
import type { PlanColumnKey } from '../../../../shared/plans/columns';
import { rowAmount } from '../../../../shared/plans/rows';
import { sumExact } from '../../../../shared/plans/totals';
import { i18next } from '../../../i18n';

export const GROUPINGS = ['none', 'kind', 'institution', 'location'] as const;
export type Grouping = (typeof GROUPINGS)[number];

export type DisplayItem =
  | { type: 'group'; key: string; label: string; rows: number; amount: number }
  | { type: 'row'; row: PlanRow; index: number };

const KIND_ORDER: InterventionKind[] = ['spesifik', 'sensitif', 'lainnya'];

function groupKeys(
  row: PlanRow,
  grouping: Grouping,
  villageLabel: (v: PlanVillage) => string,
): { key: string; label: string }[] {
  switch (grouping) {
    case 'kind':
      return [
        { key: row.interventionKind, label: i18next.t(`interventionKind.${row.interventionKind}`).toUpperCase() },
      ];
    case 'institution':
      return [{ key: row.responsibleInstitutionId ?? '', label: row.responsibleInstitutionName ?? '' }];
    case 'location':
      return row.locations.length
        ? row.locations.map((v) => ({ key: v.code, label: villageLabel(v) }))
        : [{ key: '', label: '' }];
    default:
      return [];
  }
}

/**
 * The rows as the grid lists them: in plan order, or grouped with a header (label, row count,
 * amount) per intervention kind, institution or village. A row of several villages appears under
 * each; `index` is its place in the navigation order.
 */
export function displayItems(
  rows: readonly PlanRow[],
  grouping: Grouping,
  villageLabel: (v: PlanVillage) => string,
  noneLabel: string,
): DisplayItem[] {
  if (grouping === 'none') return rows.map((row, index) => ({ type: 'row', row, index }));
  const groups = new Map<string, { label: string; rows: PlanRow[] }>();
  for (const row of rows) {
    for (const { key, label } of groupKeys(row, grouping, villageLabel)) {
      const group = groups.get(key) ?? { label: label || noneLabel, rows: [] };
      group.rows.push(row);
      groups.set(key, group);
    }
  }
  const keys = [...groups.keys()].sort((a, b) => {
    if (grouping === 'kind')
      return KIND_ORDER.indexOf(a as InterventionKind) - KIND_ORDER.indexOf(b as InterventionKind);
    if (a === '') return 1;
    if (b === '') return -1;
    return (groups.get(a)?.label ?? '').localeCompare(groups.get(b)?.label ?? '', 'id');
  });
  const items: DisplayItem[] = [];
  let index = 0;
  for (const key of keys) {
    const group = groups.get(key);
    if (!group) continue;
    items.push({
      type: 'group',
      key,
      label: group.label,
      rows: group.rows.length,
      amount: sumExact(group.rows.map(rowAmount)),
    });
    for (const row of group.rows) items.push({ type: 'row', row, index: index++ });
  }
  return items;
}

/**
 * A cell as the grid shows it: what the office typed as it is, and the app's own words (kind,
 * status) in the language of the screens. Copies to Excel keep the Indonesian words (cellText);
 * both read back on paste.
 */
export function displayCell(row: PlanRow, key: PlanColumnKey, villageLabel: (village: PlanVillage) => string): string {
  if (key === 'interventionKind') return i18next.t(`interventionKindShort.${row.interventionKind}`);
  if (key === 'status') return i18next.t(`planRowStatus.${row.status}`);
  return cellText(row, key, villageLabel);
}
