/** A high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The dotted path (`rows.3.notes`, or `''` for the value itself) of the first string in `value`
 * that holds a lone surrogate, or null when every string is well formed. Such a string cannot be
 * stored as UTF-8: SQLite would keep U+FFFD in its place, and the text would be changed silently.
 */
export function illFormedTextPath(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? path : null;
  if (value === null || typeof value !== 'object') return null;
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((item, index): [string, unknown] => [String(index), item])
    : Object.entries(value);
  for (const [key, item] of entries) {
    const found = illFormedTextPath(item, path ? `${path}.${key}` : key);
    if (found !== null) return found;
  }
  // A key is text too.
  if (!Array.isArray(value)) for (const key of Object.keys(value)) if (LONE_SURROGATE.test(key)) return path;
  return null;
}
