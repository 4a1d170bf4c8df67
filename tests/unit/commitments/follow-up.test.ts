import { describe, expect, it } from 'vitest';
import { matchExpression, MAX_QUERY_WORDS, queryWords } from '../../../electron/search/fts';
import { cleanMediaType, decodeBase64, isPlainFileName, safeExtension } from '../../../electron/commitments/evidence';
import { looksLikeFormula } from '../../../electron/files/xlsx';

describe('search query words', () => {
  it('folds case and diacritics and splits on everything but letters and digits', () => {
    expect(queryWords('ÉGO Sektoral')).toEqual(['ego', 'sektoral']);
    expect(queryWords('  Ma’ruf  "TPK" (Desa-Tolo) 2025 ')).toEqual(['ma', 'ruf', 'tpk', 'desa', 'tolo', '2025']);
    expect(queryWords('NEAR(ego, 2) AND data* OR -x:y ^z')).toEqual([
      'near',
      'ego',
      '2',
      'and',
      'data',
      'or',
      'x',
      'y',
      'z',
    ]);
    expect(queryWords('😀 👍 *** "')).toEqual([]);
    expect(queryWords('ego EGO Ego')).toEqual(['ego']);
  });

  it('keeps at most the first words of a long query', () => {
    const words = queryWords(Array.from({ length: 40 }, (_, i) => `kata${i}`).join(' '));
    expect(words).toHaveLength(MAX_QUERY_WORDS);
    expect(words[0]).toBe('kata0');
  });

  it('builds a MATCH of quoted prefix terms on the given columns; single characters whole', () => {
    expect(matchExpression(['ego', 'sek'], ['title', 'body'])).toBe('{title body} : ("ego"* "sek"*)');
    expect(matchExpression(['near', 'and', 'or'], ['title'])).toBe('{title} : ("near"* "and"* "or"*)');
    expect(matchExpression(['k', '2', 'ab'], ['title'])).toBe('{title} : ("k" "2" "ab"*)');
    expect(matchExpression([], ['title'])).toBeNull();
  });
});

describe('evidence file names and contents', () => {
  it('accepts plain file names only', () => {
    for (const name of ['Berita Acara.pdf', 'foto kegiatan', 'daftar-hadir (1).JPG', 'ŝkan_001.png', '.hidden']) {
      expect([name, isPlainFileName(name)]).toEqual([name, true]);
    }
    for (const name of [
      '',
      '.',
      '..',
      '../x.pdf',
      'a/b.pdf',
      'a\\b.pdf',
      'C:x.pdf',
      'x.pdf:zone',
      'nul',
      'COM1.txt',
      'lpt9',
      'a\u0000b',
      'a\nb',
      ' spasi.pdf',
      'a*b?.pdf',
      '<a>.pdf',
      'x'.repeat(201),
    ]) {
      expect([name, isPlainFileName(name)]).toEqual([name, false]);
    }
  });

  it('stores a lower-case plain extension, else bin', () => {
    expect(safeExtension('Berita Acara.PDF')).toBe('pdf');
    expect(safeExtension('arsip.tar.gz')).toBe('gz');
    expect(safeExtension('foto')).toBe('bin');
    expect(safeExtension('.bashrc')).toBe('bin');
    expect(safeExtension('x.p h p')).toBe('bin');
    expect(safeExtension('x.averyverylongext')).toBe('bin');
  });

  it('keeps media types that look like one', () => {
    expect(cleanMediaType('Image/JPEG')).toBe('image/jpeg');
    expect(cleanMediaType('application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(cleanMediaType('text/html; charset=utf-8')).toBeNull();
    expect(cleanMediaType('<script>')).toBeNull();
    expect(cleanMediaType(null)).toBeNull();
  });

  it('decodes canonical base64 and refuses what Node would silently skip', () => {
    expect(decodeBase64('SXNp')?.toString()).toBe('Isi');
    expect(decodeBase64('SXNpMQ==')?.toString()).toBe('Isi1');
    expect(decodeBase64('SXNpMQ')?.toString()).toBe('Isi1');
    expect(decodeBase64('')?.byteLength).toBe(0);
    expect(decodeBase64('a')).toBeNull();
    expect(decodeBase64('SXN!')).toBeNull();
  });
});

describe('XLSX export', () => {
  it('flags text a spreadsheet would read as a formula', () => {
    for (const text of ['=1+1', '+62 812', '-10%', '@SUM(A1)', '\tx', '\r=1'])
      expect(looksLikeFormula(text)).toBe(true);
    for (const text of ['Pemberian TTD', '90%', ' =1', 'a=b', '']) expect(looksLikeFormula(text)).toBe(false);
  });
});
