import type {
  FundingSource,
  InstitutionTotal,
  InterventionKind,
  PlanRow,
  PlanTotals,
  SourceTotal,
} from '../domain/plans';

/**
 * Totals of a plan in whole Rupiah. Every amount is an integer and every partial sum is checked
 * to stay a safe integer, so the sums are exact (no floating-point drift); the host also refuses
 * writes that would take a plan's total past that range.
 */

/** a + b, exact: throws instead of rounding past Number.MAX_SAFE_INTEGER. */
export function addExact(a: number, b: number): number {
  const sum = a + b;
  if (!Number.isSafeInteger(sum) || !Number.isSafeInteger(a) || !Number.isSafeInteger(b))
    throw new RangeError('Rupiah total outside the exact integer range');
  return sum;
}

export function sumExact(amounts: Iterable<number>): number {
  let sum = 0;
  for (const amount of amounts) sum = addExact(sum, amount);
  return sum;
}

export type TotalsRow = Pick<
  PlanRow,
  'funding' | 'interventionKind' | 'responsibleInstitutionId' | 'responsibleInstitutionName' | 'realisationAmount'
>;

/**
 * Overall, per funding source (in the catalogue's order when `sourceOrder` is given, then by
 * code), per responsible institution (largest first) and per intervention kind.
 */
export function planTotals(
  rows: readonly TotalsRow[],
  sourceOrder: readonly Pick<FundingSource, 'id'>[] = [],
): PlanTotals {
  let overall = 0;
  let realisation = 0;
  const bySource = new Map<string, SourceTotal>();
  const byInstitution = new Map<string | null, InstitutionTotal>();
  const byKind: Record<InterventionKind, number> = { spesifik: 0, sensitif: 0, lainnya: 0 };
  for (const row of rows) {
    let rowTotal = 0;
    for (const line of row.funding) {
      rowTotal = addExact(rowTotal, line.amount);
      const source = bySource.get(line.fundingSourceId);
      if (source) source.amount = addExact(source.amount, line.amount);
      else
        bySource.set(line.fundingSourceId, {
          fundingSourceId: line.fundingSourceId,
          code: line.fundingSourceCode,
          name: line.fundingSourceName,
          amount: line.amount,
        });
    }
    overall = addExact(overall, rowTotal);
    if (row.realisationAmount !== null) realisation = addExact(realisation, row.realisationAmount);
    byKind[row.interventionKind] = addExact(byKind[row.interventionKind], rowTotal);
    const key = row.responsibleInstitutionId;
    const institution = byInstitution.get(key);
    if (institution) {
      institution.amount = addExact(institution.amount, rowTotal);
      institution.rows += 1;
    } else {
      byInstitution.set(key, { institutionId: key, name: row.responsibleInstitutionName, amount: rowTotal, rows: 1 });
    }
  }
  return orderTotals(
    {
      rows: rows.length,
      overall,
      realisation,
      bySource: [...bySource.values()],
      byInstitution: [...byInstitution.values()],
      byKind,
    },
    sourceOrder,
  );
}

/**
 * The order totals are shown in: sources as the catalogue lists them (then by code), institutions
 * by amount (largest first), then name, rows without one last among equals. The host's SQL
 * totals are put in the same order, so both sides agree exactly.
 */
export function orderTotals(totals: PlanTotals, sourceOrder: readonly Pick<FundingSource, 'id'>[] = []): PlanTotals {
  const rank = new Map(sourceOrder.map((s, i) => [s.id, i]));
  const bySource = [...totals.bySource].sort((a, b) => {
    const ra = rank.get(a.fundingSourceId) ?? Number.MAX_SAFE_INTEGER;
    const rb = rank.get(b.fundingSourceId) ?? Number.MAX_SAFE_INTEGER;
    return ra - rb || compareText(a.code, b.code);
  });
  const byInstitution = [...totals.byInstitution].sort(
    (a, b) =>
      b.amount - a.amount ||
      (a.name === null ? (b.name === null ? 0 : 1) : b.name === null ? -1 : compareText(a.name, b.name)) ||
      compareText(String(a.institutionId), String(b.institutionId)),
  );
  return { ...totals, bySource, byInstitution };
}

/** Plain code-unit order: the same on every machine and in every locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
