import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTsv, toTsv } from '../../../shared/plans/tsv';

describe('Excel clipboard (TSV)', () => {
  it('splits cells by tabs and rows by CRLF, without a row for the closing line break', () => {
    expect(parseTsv('a\tb\r\nc\td\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseTsv('a\tb\nc\td')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseTsv('')).toEqual([]);
  });

  it('keeps empty cells and empty lines inside the block, padding short rows', () => {
    expect(parseTsv('a\t\tc\r\n\r\nx\r\n')).toEqual([
      ['a', '', 'c'],
      ['', '', ''],
      ['x', '', ''],
    ]);
    expect(parseTsv('\r\n')).toEqual([['']]);
    expect(parseTsv('a\t\r\n')).toEqual([['a', '']]);
  });

  it('reads quoted cells holding tabs, line breaks and doubled quotes', () => {
    const text = 'PMT lokal\t"Tolo\nTombolo"\t"kata ""lokus"""\r\n"a\tb"\t2\r\n';
    expect(parseTsv(text)).toEqual([
      ['PMT lokal', 'Tolo\nTombolo', 'kata "lokus"'],
      ['a\tb', '2', ''],
    ]);
    // Line breaks inside a cell copied on Windows.
    expect(parseTsv('"x\r\ny"\tz\r\n')).toEqual([['x\ny', 'z']]);
  });

  it('takes a quote inside an unquoted cell, or a stray one, as a character', () => {
    expect(parseTsv('5" pipa\tb\r\n')).toEqual([['5" pipa', 'b']]);
    expect(parseTsv('"abc"def\tx\r\n')).toEqual([['"abc"def', 'x']]);
  });

  it('writes what it reads back, as Excel does (property)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', '\t', '\n', '"', '1', '.', 'é') });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.array(cell, { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (width, rows) => {
          const grid = rows.map((row) => row.slice(0, width));
          // A block whose only cell is empty reads back as one empty cell: Excel cannot tell either.
          return JSON.stringify(parseTsv(toTsv(grid))) === JSON.stringify(grid);
        },
      ),
    );
  });
});
