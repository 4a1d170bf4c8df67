/**
 * Wordings an office keeps with placeholders in braces (`{tanggal}`), filled from the record a
 * text is made for: the berita acara's opening and closing, the WhatsApp message templates.
 */
const PLACEHOLDER = /\{([^{}]*)\}/g;

/** Placeholders in `text` that are not in `known` (`{tanggal }`, `{nama}`), as written. */
export function unknownPlaceholdersOf(text: string, known: readonly string[]): string[] {
  const names = new Set(known);
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1] as string).filter((name) => !names.has(name));
}

/** The text with every known placeholder replaced by its value; anything else in braces stays as written. */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? (values[name] as string) : whole,
  );
}
