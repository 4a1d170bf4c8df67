import type { KindCounts, KindOutcome } from '../../../shared/domain/exchange';
import { i18next } from '../../i18n';

/** Kinds in the order people think of them: meetings and commitments first, the directory last. */
const ORDER = [
  'meetings',
  'commitments',
  'commitment_updates',
  'action_plans',
  'plan_rows',
  'decisions',
  'agenda_items',
  'minutes_entries',
  'meeting_participants',
  'meeting_files',
  'evidence_files',
  'plan_row_funding',
  'institutions',
  'people',
  'interventions',
  'convergence_actions',
  'funding_sources',
];

function rank(kind: string): number {
  const index = ORDER.indexOf(kind);
  return index === -1 ? ORDER.length : index;
}

function sortedKinds(kinds: string[]): string[] {
  return [...kinds].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** A record kind (a table name) as people say it: `rapat`, `komitmen`. */
export function kindLabel(kind: string): string {
  const key = `exchangeData.kinds.${kind}`;
  return i18next.exists(key)
    ? i18next.t(key as 'exchangeData.kinds.meetings')
    : i18next.t('exchangeData.kinds.other', { kind });
}

function count(n: number): string {
  return n.toLocaleString(i18next.language === 'en' ? 'en-GB' : 'id-ID');
}

/** What a package carries: `12 rapat, 40 komitmen, 2 komitmen dihapus`. */
export function countsText(counts: KindCounts): string {
  const parts = sortedKinds(Object.keys(counts)).flatMap((kind) => {
    const { changed, deleted } = counts[kind] ?? { changed: 0, deleted: 0 };
    const label = kindLabel(kind);
    return [
      ...(changed > 0 ? [i18next.t('exchangeData.counts.changed', { count: count(changed), kind: label })] : []),
      ...(deleted > 0 ? [i18next.t('exchangeData.counts.deleted', { count: count(deleted), kind: label })] : []),
    ];
  });
  return parts.length > 0 ? parts.join(', ') : i18next.t('exchangeData.counts.nothing');
}

/** What an import changed: `3 rapat baru, 12 komitmen diperbarui`; unchanged records summed at the end. */
export function outcomeText(kinds: KindOutcome): string {
  let unchanged = 0;
  const parts = sortedKinds(Object.keys(kinds)).flatMap((kind) => {
    const outcome = kinds[kind];
    if (!outcome) return [];
    unchanged += outcome.unchanged;
    const label = kindLabel(kind);
    return (['added', 'updated', 'deleted'] as const).flatMap((what) =>
      outcome[what] > 0
        ? [
            i18next.t(`exchangeData.counts.${what === 'deleted' ? 'removed' : what}`, {
              count: count(outcome[what]),
              kind: label,
            }),
          ]
        : [],
    );
  });
  if (parts.length === 0 && unchanged === 0) return i18next.t('exchangeData.counts.nothing');
  if (unchanged > 0) parts.push(i18next.t('exchangeData.counts.unchanged', { count: count(unchanged) }));
  return parts.join(', ');
}
