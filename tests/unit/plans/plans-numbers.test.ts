import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatDecimalId,
  formatRupiah,
  formatRupiahWithSign,
  parseDecimalId,
  parseRupiah,
} from '../../../shared/plans/numbers';

describe('Rupiah as typed and pasted', () => {
  it.each([
    ['1.500.000', 1_500_000],
    ['1.500.000,00', 1_500_000],
    ['Rp1.500.000', 1_500_000],
    ['Rp 1.500.000,-', 1_500_000],
    ['Rp. 1.500.000', 1_500_000],
    ['IDR 84.000.000', 84_000_000],
    ['1500000', 1_500_000],
    [' 84.000.000 ', 84_000_000],
    ['\u00a0Rp\u00a01.500.000\u00a0', 1_500_000],
    ['0', 0],
    ['999', 999],
  ])('%s', (text, value) => {
    expect(parseRupiah(text)).toEqual({ ok: true, value });
  });

  it('refuses irregular grouping, cents, signs and words', () => {
    expect(parseRupiah('1.50.000')).toEqual({ ok: false, problem: 'format' });
    expect(parseRupiah('1.5')).toEqual({ ok: false, problem: 'format' });
    expect(parseRupiah('1,500,000')).toEqual({ ok: false, problem: 'format' });
    expect(parseRupiah('1.500.000,50')).toEqual({ ok: false, problem: 'fraction' });
    expect(parseRupiah('-1.000')).toEqual({ ok: false, problem: 'negative' });
    expect(parseRupiah('(1.000)')).toEqual({ ok: false, problem: 'negative' });
    expect(parseRupiah('Rp -1.000')).toEqual({ ok: false, problem: 'negative' });
    expect(parseRupiah('satu juta')).toEqual({ ok: false, problem: 'format' });
    expect(parseRupiah('1 500 000')).toEqual({ ok: false, problem: 'format' });
    expect(parseRupiah('')).toEqual({ ok: false, problem: 'empty' });
    expect(parseRupiah('99.999.999.999.999.999')).toEqual({ ok: false, problem: 'tooLarge' });
  });

  it('formats with thousand dots and reads its own output back (property)', () => {
    expect(formatRupiah(1_500_000)).toBe('1.500.000');
    expect(formatRupiah(0)).toBe('0');
    expect(formatRupiah(999)).toBe('999');
    expect(formatRupiahWithSign(84_000_000)).toBe('Rp84.000.000');
    expect(() => formatRupiah(1.5)).toThrow(RangeError);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (amount) => {
        const parsed = parseRupiah(formatRupiah(amount));
        return parsed.ok && parsed.value === amount;
      }),
    );
  });
});

describe('quantities (target volumes, percentages)', () => {
  it.each([
    ['42', 42],
    ['1,5', 1.5],
    ['1.500', 1500],
    ['1.500,25', 1500.25],
    ['0,5', 0.5],
    ['75%', 75],
  ])('%s', (text, value) => {
    expect(parseDecimalId(text)).toEqual({ ok: true, value });
  });

  it('refuses ambiguous or irregular numbers', () => {
    expect(parseDecimalId('1.5').ok).toBe(false);
    expect(parseDecimalId('1.50.000').ok).toBe(false);
    expect(parseDecimalId('-2').ok).toBe(false);
    expect(parseDecimalId('dua').ok).toBe(false);
  });

  it('formats the Indonesian way', () => {
    expect(formatDecimalId(1500)).toBe('1.500');
    expect(formatDecimalId(1.5)).toBe('1,5');
    expect(formatDecimalId(42)).toBe('42');
    expect(formatDecimalId(2.25)).toBe('2,25');
  });
});
