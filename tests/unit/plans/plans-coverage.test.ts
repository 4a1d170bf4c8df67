import { describe, expect, it } from 'vitest';
import type { PlanVillage } from '../../../shared/domain/plans';
import { computeCoverage, type CoverageRow } from '../../../shared/plans/coverage';
import { formatTarget, villageLabeller } from '../../../shared/plans/format';
import { emptyRowFields, rowAmount } from '../../../shared/plans/rows';

const v = (code: string, name: string, kecamatanCode: string, kecamatanName: string): PlanVillage => ({
  code,
  name,
  kecamatanCode,
  kecamatanName,
});
const TOLO = v('73.04.05.1001', 'Tolo', '73.04.05', 'Kelara');
const TOMBOLO = v('73.04.05.2021', 'Tombolo', '73.04.05', 'Kelara');
const BONTOMANAI_RUMBIA = v('73.04.10.2003', 'Bontomanai', '73.04.10', 'Rumbia');
const BONTOMANAI_BANGKALA = v('73.04.01.2014', 'Bontomanai', '73.04.01', 'Bangkala');

const INTERVENTIONS = [
  { id: 'sp08', kind: 'spesifik' as const, code: 'SP-08', name: 'Balita gizi kurang' },
  { id: 'sp09', kind: 'spesifik' as const, code: 'SP-09', name: 'Imunisasi' },
  { id: 'sn07', kind: 'sensitif' as const, code: 'SN-07', name: 'Pendampingan KRS' },
];

function row(id: string, interventionId: string | null, locations: PlanVillage[], amounts: number[]): CoverageRow {
  return {
    id,
    interventionId,
    interventionKind: interventionId?.startsWith('sn') ? 'sensitif' : interventionId ? 'spesifik' : 'lainnya',
    locations,
    funding: amounts.map((amount) => ({
      fundingSourceId: 's',
      fundingSourceCode: 'S',
      fundingSourceName: 'S',
      amount,
    })),
  };
}

describe('coverage of priority villages × interventions', () => {
  const rows = [
    row('r1', 'sp08', [TOLO, TOMBOLO], [60_000_000, 24_000_000]),
    row('r2', 'sp08', [TOLO], [1_000_000]),
    row('r3', 'sp09', [TOMBOLO], []),
    row('r4', 'sn07', [TOLO], [5_000]),
    row('r5', null, [TOLO], [9_000]),
  ];

  it('marks cells funded or unfunded, sums every row behind a cell, lists the gaps', () => {
    const coverage = computeCoverage({
      planId: 'p',
      rows,
      villages: [TOLO, TOMBOLO],
      villageSource: 'lokus',
      interventions: INTERVENTIONS,
      kind: 'spesifik',
    });
    expect(coverage.cells).toEqual([
      { villageCode: TOLO.code, interventionId: 'sp08', rowIds: ['r1', 'r2'], amount: 85_000_000, state: 'funded' },
      { villageCode: TOMBOLO.code, interventionId: 'sp08', rowIds: ['r1'], amount: 84_000_000, state: 'funded' },
      { villageCode: TOMBOLO.code, interventionId: 'sp09', rowIds: ['r3'], amount: 0, state: 'unfunded' },
    ]);
    expect(coverage.gaps).toEqual([{ villageCode: TOLO.code, interventionId: 'sp09' }]);
    expect(coverage.summary).toEqual({ cells: 3, funded: 2, unfunded: 1, gaps: 1 });
    expect(coverage.interventions.map((i) => i.id)).toEqual(['sp08', 'sp09']);
  });

  it('without a kind takes every intervention; villages outside the list are left out', () => {
    const coverage = computeCoverage({
      planId: 'p',
      rows,
      villages: [TOMBOLO],
      villageSource: 'lokus',
      interventions: INTERVENTIONS,
      kind: null,
    });
    expect(coverage.cells.map((c) => c.interventionId)).toEqual(['sp08', 'sp09']);
    expect(coverage.gaps).toEqual([{ villageCode: TOMBOLO.code, interventionId: 'sn07' }]);
  });

  it('a row without locations in a desa plan is about that desa', () => {
    const coverage = computeCoverage({
      planId: 'p',
      rows: [row('r1', 'sn07', [], [1])],
      villages: [TOMBOLO],
      villageSource: 'all',
      interventions: INTERVENTIONS,
      kind: 'sensitif',
      planVillageCode: TOMBOLO.code,
    });
    expect(coverage.cells).toHaveLength(1);
  });
});

describe('printing helpers', () => {
  it('names a village with its kecamatan only when the name repeats', () => {
    const label = villageLabeller([{ locations: [TOLO, BONTOMANAI_RUMBIA] }, { locations: [BONTOMANAI_BANGKALA] }]);
    expect([TOLO, BONTOMANAI_RUMBIA, BONTOMANAI_BANGKALA].map(label)).toEqual([
      'Tolo',
      'Bontomanai (Rumbia)',
      'Bontomanai (Bangkala)',
    ]);
  });

  it('writes targets the Indonesian way', () => {
    expect(formatTarget(42, 'anak')).toBe('42 anak');
    expect(formatTarget(1500, 'keluarga')).toBe('1.500 keluarga');
    expect(formatTarget(2.5, 'km')).toBe('2,5 km');
    expect(formatTarget(null, 'desa')).toBe('desa');
    expect(formatTarget(null, null)).toBe('');
  });

  it('adds a row’s funding lines exactly and starts blank rows planned, without schedule or money', () => {
    expect(rowAmount({ funding: [{ amount: 60_000_000 }, { amount: 24_000_001 }] })).toBe(84_000_001);
    expect(() => rowAmount({ funding: [{ amount: Number.MAX_SAFE_INTEGER }, { amount: 1 }] })).toThrow(RangeError);
    expect(emptyRowFields()).toMatchObject({
      status: 'planned',
      scheduleMonths: 0,
      funding: [],
      interventionKind: 'lainnya',
    });
  });
});
