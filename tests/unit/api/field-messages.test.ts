import { describe, expect, it } from 'vitest';
import { formatClockId } from '../../../shared/format/dates';
import { parseClock } from '../../../shared/format/parse-clock';
import { parseDateId } from '../../../shared/format/parse-date';
import { en } from '../../../renderer/i18n/locales/en';
import { id } from '../../../renderer/i18n/locales/id';

/** The examples a message gives ("mis. 09.00", "e.g. 17/10/2025"). */
function examples(message: string): string[] {
  return [...message.matchAll(/(?:mis\.|e\.g\.|seperti|like) ([\d./]+\d)/g)].map((match) => match[1] ?? '');
}

describe('field messages show the formats the app reads and writes', () => {
  it.each([
    ['id', id],
    ['en', en],
  ] as const)('%s: the time example is written the way the app writes times (09.00) and reads back', (_, locale) => {
    const [example] = examples(locale.validation.time);
    expect(example).toBe('09.00');
    expect(formatClockId(parseClock(example ?? '') ?? '')).toBe(example);
    expect(locale.validation.time).not.toContain(':');
  });

  it.each([
    ['id', id],
    ['en', en],
  ] as const)('%s: the date examples are dates the field reads', (_, locale) => {
    const found = [locale.dateInput.unreadable, locale.dateInput.unknownMonth].flatMap(examples);
    expect(found.length).toBeGreaterThan(0);
    for (const example of found) expect(parseDateId(example)).not.toBeNull();
  });
});
