import { describe, expect, it } from 'vitest';
import { escapeLike, foldForSearch } from '../../../shared/text/fold';

describe('foldForSearch', () => {
  it('folds case, diacritics, curly apostrophes and spaces', () => {
    expect(foldForSearch('  PUSKESMAS   Tolo ')).toBe('puskesmas tolo');
    expect(foldForSearch('Regapu’u')).toBe("regapu'u");
    expect(foldForSearch('Kelurahan Sŏng Ê')).toBe('kelurahan song e');
  });
  it('escapes LIKE wildcards', () => {
    expect(escapeLike('50%_a\\b')).toBe('50\\%\\_a\\\\b');
  });
});
