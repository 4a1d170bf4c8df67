import { foldForSearch } from '../../shared/text/fold';

/** More words than this add little and cost a doclist each; the rest of a long query is ignored. */
export const MAX_QUERY_WORDS = 16;

/**
 * The words of a user's query as the index sees them: folded (case, diacritics) like the
 * unicode61 tokenizer with remove_diacritics, and split on everything that is not a letter or a
 * digit. Whatever a user types (quotes, parentheses, NEAR, AND/OR/NOT, `*`, `:`, `-`, emoji)
 * either becomes part of a word or separates words, so it never reaches FTS5 as syntax.
 */
export function queryWords(query: string): string[] {
  const words = foldForSearch(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
  return [...new Set(words)].slice(0, MAX_QUERY_WORDS);
}

/**
 * An FTS5 MATCH expression requiring every word, each as a prefix (`"kel"*` finds Kelara). Words
 * are quoted strings, so FTS5 keywords in them are plain text. A one-character word is matched
 * whole: as a prefix it would merge the doclists of every term with that letter (no prefix index
 * of length 1), and single letters and digits are rarely typed to find words that start with them.
 * `columns` restricts the words to those columns. Null when the query has no words.
 */
export function matchExpression(words: readonly string[], columns: readonly string[]): string | null {
  if (words.length === 0) return null;
  const terms = words.map((word) => (word.length > 1 ? `"${word}"*` : `"${word}"`)).join(' ');
  return `{${columns.join(' ')}} : (${terms})`;
}
