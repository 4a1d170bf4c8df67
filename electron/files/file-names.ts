/**
 * A title made fit for a file name: control characters and what Windows refuses in a name
 * (`\ / : * ? " < > |`) dropped, spaces collapsed, at most `max` characters; `fallback` if nothing is left.
 */
export function fileStem(title: string, fallback: string, max = 120): string {
  const printable = [...title].filter((c) => c >= ' ').join('');
  const safe = printable
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max)
    .trim();
  return safe || fallback;
}

/** Names made unique within one archive: the second `A.xlsx` becomes `A (2).xlsx`. */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const key = name.toLowerCase();
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (count === 1) return name;
    const dot = name.lastIndexOf('.');
    return dot > 0 ? `${name.slice(0, dot)} (${count})${name.slice(dot)}` : `${name} (${count})`;
  });
}
