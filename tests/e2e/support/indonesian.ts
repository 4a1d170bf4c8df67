import type { Page } from 'playwright-core';
import { en } from '../../../renderer/i18n/locales/en';
import { id } from '../../../renderer/i18n/locales/id';

/** Every string of a locale, with its key. */
function leaves(tree: unknown, prefix = ''): [string, string][] {
  if (typeof tree === 'string') return [[prefix, tree]];
  if (!tree || typeof tree !== 'object') return [];
  return Object.entries(tree).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}

const words = (text: string): string[] =>
  text
    .replace(/\{\{[^}]*\}\}/g, ' ')
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length >= 3);

/** Calendar words are Indonesian whatever the locale files say (they appear in examples of Indonesian documents). */
const CALENDAR = [
  'Januari',
  'Februari',
  'Maret',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'Oktober',
  'Desember',
  'Agu',
  'Okt',
  'Des',
  'Senin',
  'Selasa',
  'Rabu',
  'Kamis',
  'Jumat',
  'Sabtu',
  'Minggu',
];

/**
 * The app's Indonesian UI vocabulary: the words of id.ts strings that have an English
 * translation different from them, less every word the English locale uses itself (names of
 * laws, official titles, acronyms kept in English), plus the calendar.
 */
export const INDONESIAN_VOCABULARY: ReadonlySet<string> = (() => {
  const english = leaves(en);
  const englishWords = new Set(english.flatMap(([, text]) => words(text)));
  const translated = new Map(english);
  const vocabulary = new Set<string>();
  for (const [key, text] of leaves(id)) {
    if (translated.get(key) === text) continue;
    for (const word of words(text)) if (!englishWords.has(word)) vocabulary.add(word);
  }
  for (const word of CALENDAR) vocabulary.add(word);
  return vocabulary;
})();

/** English UI strings as patterns (interpolations match anything): such a text is a translation, whatever it holds. */
const ENGLISH_PATTERNS: RegExp[] = leaves(en)
  .filter(([, text]) => text.trim().length > 0)
  .map(
    ([, text]) =>
      new RegExp(
        `^${text
          .split(/\{\{[^}]*\}\}/)
          .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('[\\s\\S]*')}$`,
      ),
  );

const SEGMENT = /\s+[·—–]\s+|;\s+|:\s+|,\s+|\s*[()“”"]\s*|\n+/;

export interface IndonesianFinding {
  text: string;
  word: string;
}

/**
 * Visible text that is Indonesian UI rather than data: a text node (or label, placeholder,
 * title) is accepted when it is an English UI string, or when each of its parts is found in the
 * data the office typed (`data`); otherwise any word of the Indonesian vocabulary in it is flagged.
 */
export function indonesianIn(texts: readonly string[], data: string): IndonesianFinding[] {
  const findings: IndonesianFinding[] = [];
  for (const text of texts) {
    if (ENGLISH_PATTERNS.some((pattern) => pattern.test(text))) continue;
    for (const raw of text.split(SEGMENT)) {
      const segment = raw.trim().replace(/…$/, '');
      if (!segment || data.includes(segment)) continue;
      const word = words(segment).find((w) => INDONESIAN_VOCABULARY.has(w));
      if (word) {
        findings.push({ text, word });
        break;
      }
    }
  }
  return findings;
}

/** Text the user can see or hear on the page: visible text nodes, and labels, placeholders and titles. */
export function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const parent = node.parentElement;
      if (!text || !parent || parent.closest('script, style, [aria-hidden="true"]')) continue;
      if (parent.checkVisibility({ visibilityProperty: true, opacityProperty: true })) out.add(text);
    }
    for (const element of document.querySelectorAll('[aria-label], [placeholder], [title]')) {
      if (!element.checkVisibility() && !element.closest('[role="dialog"]')) continue;
      for (const attribute of ['aria-label', 'placeholder', 'title']) {
        const value = element.getAttribute(attribute)?.trim();
        if (value) out.add(value);
      }
    }
    return [...out];
  });
}
