import { describe, expect, it } from 'vitest';
import { planRowUpdateInput } from '../../../shared/api/schemas/plans';
import type { FundingLine, InterventionKind } from '../../../shared/domain/plans';
import { addExact, planTotals, sumExact, type TotalsRow } from '../../../shared/plans/totals';

const SOURCES = [
  { id: 's-apbd', code: 'APBD', name: 'APBD' },
  { id: 's-bok', code: 'DAK-NF-BOK', name: 'DAK Nonfisik BOK' },
  { id: 's-dd', code: 'DD', name: 'Dana Desa/APBDes' },
];
const KINDS: InterventionKind[] = ['spesifik', 'sensitif', 'lainnya'];
const [APBD, BOK, DD] = SOURCES as [(typeof SOURCES)[0], (typeof SOURCES)[0], (typeof SOURCES)[0]];

function line(source: (typeof SOURCES)[number], amount: number): FundingLine {
  return { fundingSourceId: source.id, fundingSourceCode: source.code, fundingSourceName: source.name, amount };
}

/** Amounts that a float sum of fractions would get wrong: odd thousands up to Rp 9,9 miliar. */
function rowsOf(count: number): TotalsRow[] {
  return Array.from({ length: count }, (_, i) => ({
    funding: SOURCES.map((source, s) => line(source, 1_000_001 + ((i * 7_919 + s * 104_729) % 9_999_999) * 997)),
    interventionKind: KINDS[i % 3] as InterventionKind,
    responsibleInstitutionId: `i${i % 7}`,
    responsibleInstitutionName: `Instansi ${i % 7}`,
    realisationAmount: i % 2 ? 1_234_567 : null,
  }));
}

describe('plan totals in whole Rupiah', () => {
  it('sums 3,000 rows × 3 funding lines exactly (checked against BigInt)', () => {
    const rows = rowsOf(3000);
    const totals = planTotals(rows, SOURCES);
    let exact = 0n;
    const bySource = new Map<string, bigint>();
    for (const row of rows)
      for (const l of row.funding) {
        exact += BigInt(l.amount);
        bySource.set(l.fundingSourceId, (bySource.get(l.fundingSourceId) ?? 0n) + BigInt(l.amount));
      }
    expect(BigInt(totals.overall)).toBe(exact);
    expect(Number.isSafeInteger(totals.overall)).toBe(true);
    expect(totals.bySource.map((s) => [s.fundingSourceId, BigInt(s.amount)])).toEqual(
      SOURCES.map((s) => [s.id, bySource.get(s.id)]),
    );
    expect(sumExact(totals.bySource.map((s) => s.amount))).toBe(totals.overall);
    expect(sumExact(Object.values(totals.byKind))).toBe(totals.overall);
    expect(sumExact(totals.byInstitution.map((i) => i.amount))).toBe(totals.overall);
    expect(totals.rows).toBe(3000);
    expect(totals.realisation).toBe(1500 * 1_234_567);
  });

  it('orders sources as the catalogue does, institutions by amount', () => {
    const base = rowsOf(1)[0] as TotalsRow;
    const totals = planTotals(
      [
        {
          ...base,
          funding: [line(DD, 5), line(APBD, 7)],
          responsibleInstitutionId: 'a',
          responsibleInstitutionName: 'B',
        },
        {
          ...base,
          funding: [line(BOK, 100)],
          responsibleInstitutionId: 'b',
          responsibleInstitutionName: 'A',
        },
        { ...base, funding: [], responsibleInstitutionId: null, responsibleInstitutionName: null },
      ],
      SOURCES,
    );
    expect(totals.bySource.map((s) => s.code)).toEqual(['APBD', 'DAK-NF-BOK', 'DD']);
    expect(totals.byInstitution.map((i) => [i.name, i.amount, i.rows])).toEqual([
      ['A', 100, 1],
      ['B', 12, 1],
      [null, 0, 1],
    ]);
  });

  it('refuses to round: a sum past Number.MAX_SAFE_INTEGER throws instead of drifting', () => {
    expect(addExact(Number.MAX_SAFE_INTEGER - 1, 1)).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => addExact(Number.MAX_SAFE_INTEGER, 1)).toThrow(RangeError);
    expect(() => addExact(0.5, 1)).toThrow(RangeError);
  });
});

describe('amounts at the schema', () => {
  const row = (funding: unknown) =>
    planRowUpdateInput.safeParse({ id: '01890000-0000-7000-8000-000000000000', activity: 'PMT', funding });
  const source = '01890000-0000-7000-8000-000000000001';

  it('accepts whole Rupiah', () => {
    expect(row([{ fundingSourceId: source, amount: 84_000_000 }]).success).toBe(true);
  });

  it('refuses cents, negatives, text and values past Rp 10 triliun', () => {
    for (const amount of [1_500_000.5, -1, '1.500.000', 10_000_000_000_001, Number.NaN]) {
      const parsed = row([{ fundingSourceId: source, amount }]);
      expect(parsed.success, String(amount)).toBe(false);
      expect(parsed.error?.issues[0]?.path).toEqual(['funding', 0, 'amount']);
    }
  });
});
