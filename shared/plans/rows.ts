import type { PlanRow, PlanRowFields } from '../domain/plans';

/** A blank row as the grid starts one: no schedule, no funding, planned. */
export function emptyRowFields(): PlanRowFields {
  return {
    activity: '',
    budgetCode: null,
    interventionId: null,
    interventionKind: 'lainnya',
    convergenceActionId: null,
    targetGroup: null,
    indicator: null,
    targetVolume: null,
    targetUnit: null,
    locations: [],
    responsibleInstitutionId: null,
    supporterIds: [],
    scheduleMonths: 0,
    funding: [],
    status: 'planned',
    realisationPercent: null,
    realisationAmount: null,
    notes: null,
    commitmentIds: [],
  };
}

/** The fields of a loaded row as planRows.update and applyBatch take them (for edits and undo). */
export function rowFieldsOf(row: PlanRow): PlanRowFields {
  return {
    activity: row.activity,
    budgetCode: row.budgetCode,
    interventionId: row.interventionId,
    interventionKind: row.interventionKind,
    convergenceActionId: row.convergenceActionId,
    targetGroup: row.targetGroup,
    indicator: row.indicator,
    targetVolume: row.targetVolume,
    targetUnit: row.targetUnit,
    locations: row.locations.map((l) => l.code),
    responsibleInstitutionId: row.responsibleInstitutionId,
    supporterIds: row.supporters.map((s) => s.id),
    scheduleMonths: row.scheduleMonths,
    funding: row.funding.map((f) => ({ fundingSourceId: f.fundingSourceId, amount: f.amount })),
    status: row.status,
    realisationPercent: row.realisationPercent,
    realisationAmount: row.realisationAmount,
    notes: row.notes,
    commitmentIds: [...row.commitmentIds],
  };
}

/** Whole Rupiah of a row's funding lines. */
export function rowAmount(row: { funding: readonly { amount: number }[] }): number {
  let sum = 0;
  for (const line of row.funding) {
    sum += line.amount;
    if (!Number.isSafeInteger(sum)) throw new RangeError('row amount exceeds the exact integer range');
  }
  return sum;
}
