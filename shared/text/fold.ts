/**
 * Folds text for matching: lower case, diacritics removed, whitespace collapsed, so that
 * "Ê" finds "e" and "PUSKESMAS  tolo" finds "Puskesmas Tolo". Used for stored search columns
 * and for the query, which must be folded the same way.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Escapes LIKE wildcards so user text is matched literally (used with `ESCAPE '\\'`). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
