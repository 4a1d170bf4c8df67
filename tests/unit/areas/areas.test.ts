import { describe, expect, it } from 'vitest';
import {
  isAreaCode,
  isWithinArea,
  levelOfCode,
  parentOfCode,
  timeZoneOfCode,
  villageKindOfCode,
} from '../../../shared/domain/areas';

describe('area codes', () => {
  it('tells the level from the number of segments', () => {
    expect(['73', '73.04', '73.04.05', '73.04.05.2006'].map(levelOfCode)).toEqual([
      'provinsi',
      'kabupaten',
      'kecamatan',
      'desa',
    ]);
  });

  it('finds the parent by dropping the last segment', () => {
    expect(['73', '73.04', '73.04.05', '73.04.05.2006'].map(parentOfCode)).toEqual([null, '73', '73.04', '73.04.05']);
  });

  it('tells kelurahan (1xxx) from desa (2xxx, and the 3xxx desa adat) for village codes only', () => {
    expect(villageKindOfCode('73.04.05.1001')).toBe('kelurahan');
    expect(villageKindOfCode('73.04.05.2006')).toBe('desa');
    expect(villageKindOfCode('91.03.01.3007')).toBe('desa');
    expect(villageKindOfCode('73.04.05')).toBeNull();
    expect(villageKindOfCode('73')).toBeNull();
  });

  it('accepts only well-formed codes', () => {
    expect(['73', '73.04', '73.04.05', '73.04.05.2006'].every(isAreaCode)).toBe(true);
    for (const code of [
      '',
      '7',
      '730',
      '73.4',
      '73.04.5',
      '73.04.05.206',
      '73.04.05.20066',
      '73.04.',
      'x73',
      '73-04',
    ]) {
      expect(isAreaCode(code)).toBe(false);
    }
  });

  it('knows whether a code lies within another', () => {
    expect(isWithinArea('73.04.05.2006', '73.04')).toBe(true);
    expect(isWithinArea('73.04.05.2006', '73')).toBe(true);
    expect(isWithinArea('73.04', '73.04')).toBe(true);
    expect(isWithinArea('73.04', '73.04.05')).toBe(false);
    expect(isWithinArea('73.40.01', '73.4')).toBe(false);
    expect(isWithinArea('73.041', '73.04')).toBe(false);
    expect(isWithinArea('74.04', '73')).toBe(false);
  });
});

describe('timeZoneOfCode', () => {
  it('places the examples of DOMAIN.md', () => {
    expect(timeZoneOfCode('73.04')).toBe('WITA'); // Jeneponto
    expect(timeZoneOfCode('73.04.05.2006')).toBe('WITA');
    expect(timeZoneOfCode('31')).toBe('WIB'); // Jakarta
    expect(timeZoneOfCode('91')).toBe('WIT'); // Papua
    expect(timeZoneOfCode('94.01')).toBe('WIT'); // Papua Tengah
    expect(timeZoneOfCode('51')).toBe('WITA'); // Bali
    expect(timeZoneOfCode('61')).toBe('WIB'); // Kalimantan Barat
  });

  it('places every one of the 38 provinces', () => {
    const provinces: Record<string, string> = {
      '11': 'WIB', // Aceh
      '12': 'WIB',
      '13': 'WIB',
      '14': 'WIB',
      '15': 'WIB',
      '16': 'WIB',
      '17': 'WIB',
      '18': 'WIB',
      '19': 'WIB',
      '21': 'WIB', // Kepulauan Riau
      '31': 'WIB',
      '32': 'WIB',
      '33': 'WIB',
      '34': 'WIB',
      '35': 'WIB',
      '36': 'WIB', // Banten
      '51': 'WITA', // Bali
      '52': 'WITA',
      '53': 'WITA', // Nusa Tenggara Timur
      '61': 'WIB', // Kalimantan Barat
      '62': 'WIB', // Kalimantan Tengah
      '63': 'WITA', // Kalimantan Selatan
      '64': 'WITA',
      '65': 'WITA', // Kalimantan Utara
      '71': 'WITA', // Sulawesi Utara
      '72': 'WITA',
      '73': 'WITA',
      '74': 'WITA',
      '75': 'WITA', // Gorontalo
      '76': 'WITA', // Sulawesi Barat
      '81': 'WIT', // Maluku
      '82': 'WIT',
      '91': 'WIT', // Papua
      '92': 'WIT',
      '93': 'WIT',
      '94': 'WIT',
      '95': 'WIT',
      '96': 'WIT', // Papua Barat Daya
    };
    expect(Object.keys(provinces)).toHaveLength(38);
    const actual = Object.fromEntries(Object.keys(provinces).map((code) => [code, timeZoneOfCode(code)]));
    expect(actual).toEqual(provinces);
  });
});
