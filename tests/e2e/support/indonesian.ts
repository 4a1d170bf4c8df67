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
  // Quoted values (“Kesehatan”, the sectors a sheet's cells hold in Indonesian) are not English words.
  const englishWords = new Set(english.flatMap(([, text]) => words(text.replace(/“[^”]*”/g, ' '))));
  const translated = new Map(english);
  const vocabulary = new Set<string>();
  for (const [key, text] of leaves(id)) {
    if (translated.get(key) === text) continue;
    // Acronyms (PDF, TPPS) are not a language.
    for (const word of words(text)) if (!englishWords.has(word) && /\p{Ll}/u.test(word)) vocabulary.add(word);
  }
  for (const word of CALENDAR) vocabulary.add(word);
  return vocabulary;
})();

/**
 * English UI strings as patterns (interpolations match anything): such a text is a translation,
 * whatever it holds. A string that is nothing but interpolations would match every text.
 */
const ENGLISH_PATTERNS: RegExp[] = leaves(en)
  .filter(([, text]) => /\p{L}/u.test(text.replace(/\{\{[^}]*\}\}/g, '')))
  .map(
    ([, text]) =>
      new RegExp(
        `^${text
          .split(/\{\{[^}]*\}\}/)
          .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('[\\s\\S]*')}$`,
      ),
  );

/** Whole Indonesian UI strings (a sector, a kind, a status) whose English differs: shown as they are, they are untranslated. */
export const INDONESIAN_STRINGS: ReadonlySet<string> = (() => {
  const translated = new Map(leaves(en));
  return new Set(
    leaves(id)
      .filter(([key, text]) => translated.get(key) !== text && !text.includes('{{'))
      .map(([, text]) => text)
      // Acronyms (PDF, DOCX) read the same in both languages.
      .filter((text) => /\p{Ll}/u.test(text))
      .filter((text) => !ENGLISH_PATTERNS.some((pattern) => pattern.test(text))),
  );
})();

/** English UI words that open a label built around data (`Edit {name}`, `Delete {name}`), longest first. */
const ENGLISH_PREFIXES: string[] = leaves(en)
  .map(([, text]) => text)
  .filter((text) => text.trim() && !text.includes('{{'))
  .sort((a, b) => b.length - a.length);

function withoutEnglishPrefix(text: string): string {
  const prefix = ENGLISH_PREFIXES.find((candidate) => text.startsWith(`${candidate} `));
  return prefix ? text.slice(prefix.length + 1) : text;
}

const SEGMENT = /\s+[·—–]\s+|;\s+|:\s+|,\s+|\s*[()“”"]\s*|\n+/;

export interface IndonesianFinding {
  text: string;
  word: string;
}

/**
 * Visible text that is Indonesian UI rather than data: a text node (or label, placeholder,
 * title) is accepted when it is an English UI string or data the office typed (`data`); it is
 * flagged when it is a whole Indonesian UI string, or when a part of it that is not data holds a
 * word of the Indonesian vocabulary.
 */
export function indonesianIn(texts: readonly string[], data: string): IndonesianFinding[] {
  const findings: IndonesianFinding[] = [];
  for (const text of texts) {
    // Addresses (the region list's source) are names, not words.
    if (/^https?:\/\//.test(text)) continue;
    if (ENGLISH_PATTERNS.some((pattern) => pattern.test(text)) || data.includes(text)) continue;
    if (INDONESIAN_STRINGS.has(text)) {
      findings.push({ text, word: text });
      continue;
    }
    for (const raw of withoutEnglishPrefix(text).split(SEGMENT)) {
      // Numbered items (agenda "3. …"), catalogue codes ("SP-08 …"), a leading dash and text cut
      // short ("…") are still the data they show.
      const segment = raw
        .trim()
        .replace(/^[·—–-]\s*/, '')
        .replace(/^\d+\.\s+/, '')
        .replace(/^[A-Z]{2,}(?:-[A-Z0-9]+)+\s+/, '')
        .replace(/…$/, '');
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
      // A text box's content is what the user edits (a message, a document's wording), like an input's value.
      if (!text || !parent || parent.closest('script, style, textarea, [aria-hidden="true"]')) continue;
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
