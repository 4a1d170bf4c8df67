import type { KindCounts, KindOutcome } from '../domain/exchange';

/**
 * The words of an exchange's counts and report ("3 rapat baru, 12 komitmen diperbarui"), the
 * same on the screens and from the command line: each passes its own translation function over
 * the `exchangeData.*` keys.
 */
export type Translate = (key: string, params?: Record<string, string | number>) => string | null;

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
export function kindLabel(kind: string, t: Translate): string {
  return t(`exchangeData.kinds.${kind}`) ?? t('exchangeData.kinds.other', { kind }) ?? kind;
}

function phrase(t: Translate, key: string, count: number, kind: string, locale: string): string {
  return t(key, { count: count.toLocaleString(locale), kind: kindLabel(kind, t) }) ?? key;
}

/** What a package carries: `12 rapat, 40 komitmen, 2 komitmen dihapus`. */
export function countsText(counts: KindCounts, t: Translate, locale = 'id-ID'): string {
  const parts = sortedKinds(Object.keys(counts)).flatMap((kind) => {
    const { changed, deleted } = counts[kind] ?? { changed: 0, deleted: 0 };
    return [
      ...(changed > 0 ? [phrase(t, 'exchangeData.counts.changed', changed, kind, locale)] : []),
      ...(deleted > 0 ? [phrase(t, 'exchangeData.counts.deleted', deleted, kind, locale)] : []),
    ];
  });
  return parts.length > 0 ? parts.join(', ') : (t('exchangeData.counts.nothing') ?? '');
}

/** What an import changed: `3 rapat baru, 12 komitmen diperbarui`; records already held summed at the end. */
export function outcomeText(kinds: KindOutcome, t: Translate, locale = 'id-ID'): string {
  let unchanged = 0;
  const parts = sortedKinds(Object.keys(kinds)).flatMap((kind) => {
    const outcome = kinds[kind];
    if (!outcome) return [];
    unchanged += outcome.unchanged;
    return (['added', 'updated', 'deleted'] as const).flatMap((what) =>
      outcome[what] > 0
        ? [phrase(t, `exchangeData.counts.${what === 'deleted' ? 'removed' : what}`, outcome[what], kind, locale)]
        : [],
    );
  });
  if (unchanged > 0) parts.push(t('exchangeData.counts.unchanged', { count: unchanged.toLocaleString(locale) }) ?? '');
  return parts.length > 0 ? parts.join(', ') : (t('exchangeData.counts.nothing') ?? '');
}
