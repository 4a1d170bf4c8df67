import { describe, expect, it } from 'vitest';
import { isIsoDate, parseDateId, readDate } from '../../../shared/format/parse-date';

describe('dates typed by hand', () => {
  it('reads the ways offices type a date', () => {
    for (const text of ['17/10/2025', '17-10-2025', '17.10.2025', '17/10/25', '2025-10-17', '17 Oktober 2025']) {
      expect(parseDateId(text)).toBe('2025-10-17');
    }
    expect(parseDateId('Jumat, 17 Okt 2025')).toBe('2025-10-17');
    expect(parseDateId('Friday, 17 October 2025')).toBe('2025-10-17');
    expect(parseDateId('29/02/2028')).toBe('2028-02-29');
  });

  it('says why a text is not a date', () => {
    expect(readDate('31/02/2026')).toEqual({
      ok: false,
      problem: { key: 'dateInput.pastMonthEnd', params: { day: 31, month: 2, year: 2026, last: 28 } },
    });
    expect(readDate('32/13/2026')).toEqual({
      ok: false,
      problem: { key: 'dateInput.noSuchMonth', params: { month: 13 } },
    });
    expect(readDate('32/12/2026')).toEqual({ ok: false, problem: { key: 'dateInput.noSuchDay', params: { day: 32 } } });
    expect(readDate(' besok ')).toEqual({
      ok: false,
      problem: { key: 'dateInput.unreadable', params: { text: 'besok' } },
    });
    expect(readDate('17 Oktobre 2025')).toMatchObject({ ok: true });
    expect(readDate('17 Brumaire 2025')).toEqual({
      ok: false,
      problem: { key: 'dateInput.unknownMonth', params: { word: 'Brumaire' } },
    });
    expect(readDate('17/10/1999')).toEqual({
      ok: false,
      problem: { key: 'dateInput.yearRange', params: { first: 2000, last: 2100 } },
    });
  });

  it('tells a stored date from text typed in a date field', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-31')).toBe(false);
    expect(isIsoDate('31/02/2026')).toBe(false);
  });
});
