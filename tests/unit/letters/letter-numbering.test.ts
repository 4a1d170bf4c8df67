import { describe, expect, it } from 'vitest';
import {
  defaultNumbering,
  formatLetterNumber,
  numberKey,
  parseLetterNumber,
  patternProblem,
  placeCode,
  romanMonth,
} from '../../../shared/letters/numbering';

const KELARA = defaultNumbering('Kelara');

describe('letter numbering', () => {
  it('writes the office pattern with the running number, the code of the kind, the Roman month and the year', () => {
    expect(KELARA.pattern).toBe('400.5.7/{nomor}/{kode}/{bulan romawi}/{tahun}');
    expect(formatLetterNumber(KELARA, 'undangan', 215, '2025-10-10')).toBe('400.5.7/215/KLR/X/2025');
    const custom = { ...KELARA, pattern: '{kode}/{nomor}/{bulan}/{tahun}', codes: { ...KELARA.codes, laporan: '005' } };
    expect(formatLetterNumber(custom, 'laporan', 7, '2026-01-05')).toBe('005/7/1/2026');
    expect([1, 4, 9, 12].map(romanMonth)).toEqual(['I', 'IV', 'IX', 'XII']);
  });

  it('makes a code from the place name as offices write them', () => {
    expect(placeCode('Kelara')).toBe('KLR');
    expect(placeCode('Rumbia')).toBe('RMB');
    expect(placeCode('Jeneponto')).toBe('JNP');
    expect(placeCode('')).toBe('SRK');
  });

  it('reads a number typed by hand back into its running number and year', () => {
    expect(parseLetterNumber(KELARA, '400.5.7/215/KLR/X/2025')).toEqual({ sequence: 215, year: 2025 });
    expect(parseLetterNumber(KELARA, ' 400.5.7 / 009 / klr / x / 2025 ')).toEqual({ sequence: 9, year: 2025 });
    expect(parseLetterNumber(KELARA, '400.5.7/215/RMB/XI/2025')).toBeNull();
    expect(parseLetterNumber(KELARA, '005/12/2025')).toBeNull();
    expect(parseLetterNumber(KELARA, '400.5.7/0/KLR/X/2025')).toBeNull();
  });

  it('refuses a pattern without the running number or the year, or with an unknown placeholder', () => {
    expect(patternProblem('400.5.7/{nomor}/{kode}/{tahun}')).toBeNull();
    expect(patternProblem('400.5.7/{kode}/{tahun}')).toEqual({ key: 'letters.patternNeedsNumber' });
    expect(patternProblem('400.5.7/{nomor}/{kode}')).toEqual({ key: 'letters.patternNeedsYear' });
    expect(patternProblem('{nomor}/{unit}/{tahun}')).toMatchObject({
      key: 'letters.unknownPlaceholder',
      params: { placeholder: '{unit}' },
    });
  });

  it('treats numbers that differ in case or spaces as the same number', () => {
    expect(numberKey('400.5.7/215/KLR/X/2025')).toBe(numberKey(' 400.5.7 / 215 / klr/x/2025'));
  });
});
