/** A high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The dotted path (`rows.3.notes`, or `''` for the value itself) of the first string in `value`
 * (keys included) that holds a lone surrogate, or null when every string is well formed. Such a
 * string cannot be stored as UTF-8: SQLite would keep U+FFFD in its place, changing the text
 * silently. Walked without recursion and each object once: a hostile payload may be nested deep,
 * and one cloned over IPC may even refer to itself.
 */
export function illFormedTextPath(value: unknown): string | null {
  const seen = new Set<object>();
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length) {
    const [item, path] = stack.pop() as [unknown, string];
    if (typeof item === 'string') {
      if (LONE_SURROGATE.test(item)) return path;
      continue;
    }
    if (item === null || typeof item !== 'object' || seen.has(item)) continue;
    seen.add(item);
    // Array.from: a sparse array's holes become undefined entries instead of being skipped.
    const entries: [string, unknown][] = Array.isArray(item)
      ? Array.from(item, (child, index): [string, unknown] => [String(index), child])
      : Object.entries(item);
    for (const [key] of entries) if (LONE_SURROGATE.test(key)) return path;
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i] as [string, unknown];
      stack.push([child, path ? `${path}.${key}` : key]);
    }
  }
  return null;
}
