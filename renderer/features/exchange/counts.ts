import type { KindCounts, KindOutcome } from '../../../shared/domain/exchange';
import { countsText as countsIn, outcomeText as outcomeIn, type Translate } from '../../../shared/exchange/report-text';
import { i18next } from '../../i18n';

const translate: Translate = (key, params) =>
  i18next.exists(key) ? i18next.t(key as 'exchangeData.kinds.meetings', params ?? {}) : null;

function locale(): string {
  return i18next.language === 'en' ? 'en-GB' : 'id-ID';
}

/** A count as the user reads it: `677.207` (`677,207` in English). */
export function formatCount(count: number): string {
  return count.toLocaleString(locale());
}

/** What a package carries, in the user's language. */
export function countsText(counts: KindCounts): string {
  return countsIn(counts, translate, locale());
}

/** What an import changed, in the user's language. */
export function outcomeText(kinds: KindOutcome): string {
  return outcomeIn(kinds, translate, locale());
}
