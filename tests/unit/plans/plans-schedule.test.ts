import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ALL_MONTHS,
  formatMonths,
  formatQuarters,
  hasMonth,
  maskOfMonths,
  maskOfQuarters,
  monthsOf,
  parseSchedule,
  parseTick,
  quarterMask,
  quartersOf,
  withMonth,
  withQuarter,
} from '../../../shared/plans/schedule';

describe('month mask', () => {
  it('keeps January in bit 0 and December in bit 11', () => {
    expect(maskOfMonths([0])).toBe(1);
    expect(maskOfMonths([11])).toBe(2048);
    expect(maskOfMonths([0, 1, 2])).toBe(0b111);
    expect(monthsOf(0b100000000101)).toEqual([0, 2, 11]);
    expect(hasMonth(0b100, 2)).toBe(true);
    expect(hasMonth(0b100, 1)).toBe(false);
    expect(withMonth(0, 5, true)).toBe(32);
    expect(withMonth(ALL_MONTHS, 5, false)).toBe(ALL_MONTHS - 32);
    expect(() => hasMonth(0, 12)).toThrow(RangeError);
  });
});

describe('quarters (TW I–IV) as a view of the months', () => {
  it('a quarter is on when any of its three months is', () => {
    expect(quartersOf(0)).toEqual([false, false, false, false]);
    expect(quartersOf(maskOfMonths([1]))).toEqual([true, false, false, false]);
    expect(quartersOf(maskOfMonths([3, 11]))).toEqual([false, true, false, true]);
    expect(quartersOf(maskOfMonths([8]))).toEqual([false, false, true, false]);
    expect(quartersOf(ALL_MONTHS)).toEqual([true, true, true, true]);
  });

  it('ticking a quarter ticks its months; unticking clears them and nothing else', () => {
    expect(quarterMask(0)).toBe(0b111);
    expect(quarterMask(3)).toBe(0b111000000000);
    expect(withQuarter(0, 1, true)).toBe(maskOfMonths([3, 4, 5]));
    expect(withQuarter(maskOfMonths([0, 4, 7]), 1, false)).toBe(maskOfMonths([0, 7]));
    expect(maskOfQuarters([true, false, true, false])).toBe(maskOfMonths([0, 1, 2, 6, 7, 8]));
  });

  it('for every mask: quarter q is on exactly when one of months 3q…3q+2 is (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: ALL_MONTHS }), (mask) => {
        const quarters = quartersOf(mask);
        for (let q = 0; q < 4; q++) {
          const any = [0, 1, 2].some((m) => hasMonth(mask, q * 3 + m));
          if (quarters[q] !== any) return false;
        }
        return quartersOf(maskOfQuarters(quarters)).every((on, q) => on === quarters[q]);
      }),
    );
  });

  it('prints quarters and month ranges the Indonesian way', () => {
    expect(formatQuarters(maskOfMonths([0, 7]))).toBe('TW I, TW III');
    expect(formatQuarters(0)).toBe('');
    expect(formatMonths(maskOfMonths([0, 1, 2, 6, 9, 10, 11]))).toBe('Jan–Mar, Jul, Okt–Des');
    expect(formatMonths(ALL_MONTHS)).toBe('Jan–Des');
  });
});

describe('schedules typed in one cell', () => {
  it.each([
    ['TW I, TW III', maskOfQuarters([true, false, true, false])],
    ['Triwulan 2', quarterMask(1)],
    ['tw iv', quarterMask(3)],
    ['Jan–Mar, Jul', maskOfMonths([0, 1, 2, 6])],
    ['Januari - Desember', ALL_MONTHS],
    ['sepanjang tahun', ALL_MONTHS],
    ['Agustus s.d. Oktober', maskOfMonths([7, 8, 9])],
    ['Mei dan Juni', maskOfMonths([4, 5])],
    ['', 0],
    ['-', 0],
  ])('%s', (text, mask) => {
    expect(parseSchedule(text)).toBe(mask);
  });

  it('refuses what it does not understand', () => {
    expect(parseSchedule('minggu ke-2')).toBeNull();
    expect(parseSchedule('Des–Jan')).toBeNull();
  });

  it('reads ticks of month columns', () => {
    for (const on of ['✓', '√', 'v', 'X', '1', 'ya', '■']) expect(parseTick(on)).toBe(true);
    for (const off of ['', ' ', '-', '0', '□']) expect(parseTick(off)).toBe(false);
    expect(parseTick('maybe')).toBeNull();
  });
});
