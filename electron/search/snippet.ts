import { foldForSearch } from '../../shared/text/fold';

/** As many words as FTS5's snippet(…, 16) shows. */
const SNIPPET_WORDS = 16;
/** Words shown before the first match, so that it is read in its sentence. */
const LEAD_WORDS = 3;

const START = '\u0001';
const END = '\u0002';
const WORD = /[\p{L}\p{N}]+/gu;

function matches(word: string, queryWords: readonly string[]): boolean {
  const folded = foldForSearch(word);
  return queryWords.some((q) => (q.length > 1 ? folded.startsWith(q) : folded === q));
}

/**
 * A snippet like FTS5's, for hits ranked without it (the full results page groups every hit,
 * and FTS5 cannot give one row's snippet without walking the whole match again): up to 16
 * words from just before the first match, the matched words wrapped in \u0001 … \u0002, "…"
 * where the text was cut. `queryWords` are folded (fts.queryWords); matching follows
 * matchExpression: prefixes, and one-character words whole.
 */
export function snippetOf(text: string, queryWords: readonly string[]): { snippet: string; matched: number } {
  const words = [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
  const hit = words.map((word) => matches(word.text, queryWords));
  const first = hit.indexOf(true);
  if (first < 0) return { snippet: '', matched: 0 };
  const from = Math.max(0, Math.min(first - LEAD_WORDS, words.length - SNIPPET_WORDS));
  const shown = words.slice(from, from + SNIPPET_WORDS);
  const last = shown[shown.length - 1];
  let out = from > 0 ? '…' : '';
  let at = from > 0 ? (shown[0]?.start ?? 0) : 0;
  shown.forEach((word, i) => {
    out += text.slice(at, word.start);
    out += hit[from + i] ? `${START}${word.text}${END}` : word.text;
    at = word.end;
  });
  const cut = from + SNIPPET_WORDS < words.length;
  out += cut ? '…' : text.slice(last?.end ?? at);
  return { snippet: out, matched: hit.filter(Boolean).length };
}

/** The snippet of whichever of title and body matches more of the query (the title on a tie). */
export function bestSnippet(title: string, body: string, queryWords: readonly string[]): string {
  const inTitle = snippetOf(title, queryWords);
  const inBody = snippetOf(body, queryWords);
  return inBody.matched > inTitle.matched ? inBody.snippet : inTitle.snippet;
}
