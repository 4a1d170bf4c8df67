import {
  MAX_AMOUNT,
  PLAN_TEXT_LIMITS,
  type InterventionKind,
  type PlanRowFields,
  type PlanRowStatus,
} from '../domain/plans';
import { isMonthKey, monthOfKey, type LinkColumnKey, type PlanColumnKey } from './columns';
import { parseDecimalId, parseRupiah, type NumberProblem } from './numbers';
import type { Resolved, Resolver } from './resolve';
import { ALL_MONTHS, parseSchedule, parseTick, quarterMask } from './schedule';

/**
 * One row's cells (pasted or imported) turned into a patch of row fields, and a patch merged
 * onto a row. Problems carry `planImport.cell.*` keys and the offending text; the caller adds the
 * row and column it reports them at.
 */

/** What the cells of one line set; absent fields are left as the row has them. */
export interface RowPatch {
  activity?: string;
  budgetCode?: string | null;
  interventionId?: string | null;
  /** Set by the kind column; the intervention's kind wins when it disagrees (reported). */
  interventionKind?: InterventionKind;
  /** The kind of the intervention named in the intervention column. */
  interventionKindOfId?: InterventionKind | null;
  targetGroup?: string | null;
  indicator?: string | null;
  targetVolume?: number | null;
  targetUnit?: string | null;
  locations?: string[];
  responsibleInstitutionId?: string | null;
  supporterIds?: string[];
  /** Months set or cleared one by one (month columns, quarter columns). */
  monthBits?: { set: number; clear: number };
  /** The whole schedule (a `Jadwal` text column). */
  scheduleMonths?: number;
  fundingSourceIds?: string[];
  amounts?: number[];
  status?: PlanRowStatus;
  realisationPercent?: number | null;
  realisationAmount?: number | null;
  notes?: string | null;
  convergenceActionId?: string | null;
  commitmentIds?: string[];
}

interface CellProblem {
  key: string;
  value: string;
}

export type CellValue = string | number | boolean | null | undefined;

/** What a cell of a column may hold: the column keys, plus a one-cell schedule and quarter ticks. */
export type CellTarget = PlanColumnKey | LinkColumnKey | 'schedule' | 'quarter1' | 'quarter2' | 'quarter3' | 'quarter4';

const NUMBER_KEYS: Record<NumberProblem, string> = {
  empty: 'planImport.cell.required',
  format: 'planImport.cell.number',
  negative: 'planImport.cell.negative',
  fraction: 'planImport.cell.wholeRupiah',
  tooLarge: 'planImport.cell.tooLarge',
};

function textOf(value: CellValue): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value.trim() : String(value);
}

function optional(value: CellValue, max: number): string | null | CellProblem {
  const text = textOf(value);
  if (text.length > max) return { key: 'planImport.cell.tooLong', value: text.slice(0, 40) };
  return text === '' ? null : text;
}

function isProblem(value: unknown): value is CellProblem {
  return typeof value === 'object' && value !== null && 'key' in value;
}

/** Whole Rupiah from a number cell or Indonesian text. */
function amountOf(value: CellValue): number | CellProblem {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { key: 'planImport.cell.number', value: String(value) };
    if (value < 0) return { key: 'planImport.cell.negative', value: String(value) };
    if (!Number.isInteger(value)) return { key: 'planImport.cell.wholeRupiah', value: String(value) };
    if (value > MAX_AMOUNT) return { key: 'planImport.cell.tooLarge', value: String(value) };
    return value;
  }
  const text = textOf(value);
  const parsed = parseRupiah(text, MAX_AMOUNT);
  return parsed.ok ? parsed.value : { key: NUMBER_KEYS[parsed.problem], value: text };
}

function decimalOf(value: CellValue, max: number): number | null | CellProblem {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { key: 'planImport.cell.number', value: String(value) };
    if (value < 0) return { key: 'planImport.cell.negative', value: String(value) };
    if (value > max) return { key: 'planImport.cell.tooLarge', value: String(value) };
    return value;
  }
  const text = textOf(value);
  if (text === '') return null;
  const parsed = parseDecimalId(text, max);
  return parsed.ok ? parsed.value : { key: NUMBER_KEYS[parsed.problem], value: text };
}

function tickOf(value: CellValue): boolean | CellProblem {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  const tick = parseTick(textOf(value));
  return tick === null ? { key: 'planImport.cell.tick', value: textOf(value) } : tick;
}

function setBits(patch: RowPatch, bits: number, on: boolean): void {
  const current = patch.monthBits ?? { set: 0, clear: 0 };
  patch.monthBits = on
    ? { set: current.set | bits, clear: current.clear & ~bits }
    : { set: current.set & ~bits, clear: current.clear | bits };
}

function readCellRaw(
  patch: RowPatch,
  target: CellTarget,
  value: CellValue,
  resolver: Resolver,
  options: { percentCell?: boolean } = {},
): CellProblem | null {
  const text = textOf(value);
  const set = <K extends keyof RowPatch>(key: K, v: RowPatch[K] | CellProblem): CellProblem | null => {
    if (isProblem(v)) return v;
    patch[key] = v as RowPatch[K];
    return null;
  };
  /** A blank cell clears the field; other text names what the resolver finds, or why not. */
  const resolveInto = <K extends keyof RowPatch>(
    key: K,
    blank: RowPatch[K],
    resolve: (text: string) => Resolved<NonNullable<RowPatch[K]>>,
  ): CellProblem | null => {
    if (text === '') return set(key, blank);
    const found = resolve(text);
    return found.ok ? set(key, found.value) : found;
  };
  if (isMonthKey(target)) {
    const tick = tickOf(value);
    if (isProblem(tick)) return tick;
    setBits(patch, 1 << monthOfKey(target), tick);
    return null;
  }
  switch (target) {
    case 'activity':
      if (text.length > PLAN_TEXT_LIMITS.activity) return { key: 'planImport.cell.tooLong', value: text.slice(0, 40) };
      patch.activity = text;
      return null;
    case 'budgetCode': {
      const code = optional(value, PLAN_TEXT_LIMITS.budgetCode);
      if (typeof code === 'string' && !/^[0-9X]+(\.[0-9X]+)*$/i.test(code))
        return { key: 'planImport.cell.budgetCode', value: code };
      return set('budgetCode', code);
    }
    case 'intervention': {
      if (text === '') {
        patch.interventionId = null;
        patch.interventionKindOfId = null;
        return null;
      }
      const found = resolver.intervention(text);
      if (!found.ok) return found;
      patch.interventionId = found.value.id;
      patch.interventionKindOfId = found.value.kind;
      return null;
    }
    case 'interventionKind': {
      if (text === '') return null;
      const kind = resolver.kind(text);
      if (!kind.ok) return kind;
      patch.interventionKind = kind.value;
      return null;
    }
    case 'targetGroup':
      return set('targetGroup', optional(value, PLAN_TEXT_LIMITS.targetGroup));
    case 'indicator':
      return set('indicator', optional(value, PLAN_TEXT_LIMITS.indicator));
    case 'targetVolume':
      return set('targetVolume', decimalOf(value, 1e12));
    case 'targetUnit':
      return set('targetUnit', optional(value, PLAN_TEXT_LIMITS.targetUnit));
    case 'locations':
      return resolveInto('locations', [], resolver.villages);
    case 'responsible':
      return resolveInto('responsibleInstitutionId', null, resolver.institution);
    case 'supporters':
      return resolveInto('supporterIds', [], resolver.institutions);
    case 'schedule': {
      const mask = parseSchedule(text);
      if (mask === null) return { key: 'planImport.cell.schedule', value: text };
      patch.scheduleMonths = mask;
      return null;
    }
    case 'quarter1':
    case 'quarter2':
    case 'quarter3':
    case 'quarter4': {
      const tick = tickOf(value);
      if (isProblem(tick)) return tick;
      setBits(patch, quarterMask(Number(target.slice(-1)) - 1), tick);
      return null;
    }
    case 'fundingSource': {
      const ids: string[] = [];
      for (const part of text.split(/[\n;]+/).map((p) => p.trim())) {
        if (!part) continue;
        const found = resolver.fundingSource(part);
        if (!found.ok) return found;
        if (ids.includes(found.value)) return { key: 'planImport.cell.duplicateSource', value: part };
        ids.push(found.value);
      }
      patch.fundingSourceIds = ids;
      return null;
    }
    case 'amount': {
      const amounts: number[] = [];
      const parts = typeof value === 'number' ? [value] : text.split(/[\n;]+/).map((p) => p.trim());
      for (const part of parts) {
        if (part === '') continue;
        const amount = amountOf(part);
        if (isProblem(amount)) return amount;
        amounts.push(amount);
      }
      patch.amounts = amounts;
      return null;
    }
    case 'status': {
      if (text === '') return null;
      const status = resolver.status(text);
      if (!status.ok) return status;
      patch.status = status.value;
      return null;
    }
    case 'realisationPercent': {
      const raw = typeof value === 'number' && options.percentCell ? value * 100 : value;
      const percent = decimalOf(typeof raw === 'number' ? Math.round(raw * 1e6) / 1e6 : raw, 1e12);
      if (isProblem(percent)) return percent;
      if (percent !== null && (percent > 100 || !Number.isInteger(percent)))
        return { key: 'planImport.cell.percent', value: text };
      patch.realisationPercent = percent;
      return null;
    }
    case 'realisationAmount': {
      if (text === '') {
        patch.realisationAmount = null;
        return null;
      }
      return set('realisationAmount', amountOf(value));
    }
    case 'notes':
      return set('notes', optional(value, PLAN_TEXT_LIMITS.notes));
    case 'convergenceAction':
      return resolveInto('convergenceActionId', null, resolver.convergenceAction);
    case 'commitments':
      return resolveInto('commitmentIds', [], resolver.commitments);
  }
}

/**
 * Reads one cell into `patch`; returns the problem, if any. `percentCell` says the spreadsheet
 * formatted the cell as a percentage (Excel stores 75% as 0.75).
 */
export function readCell(
  patch: RowPatch,
  target: CellTarget,
  value: CellValue,
  resolver: Resolver,
  options: { percentCell?: boolean } = {},
): CellProblem | null {
  const problem = readCellRaw(patch, target, value, resolver, options);
  return problem ? { key: problem.key, value: problem.value } : null;
}

/**
 * The row after a patch: `base` is the row as it stands (null for a new row). Funding lines pair
 * sources and amounts by position; a patch giving one of the two keeps the other from the row.
 */
export function applyPatch(base: PlanRowFields, patch: RowPatch): { fields: PlanRowFields; problems: CellProblem[] } {
  const problems: CellProblem[] = [];
  const fields: PlanRowFields = { ...base };
  const copy = <K extends keyof PlanRowFields & keyof RowPatch>(key: K): void => {
    if (patch[key] !== undefined) fields[key] = patch[key] as PlanRowFields[K];
  };
  copy('activity');
  copy('budgetCode');
  copy('targetGroup');
  copy('indicator');
  copy('targetVolume');
  copy('targetUnit');
  copy('locations');
  copy('responsibleInstitutionId');
  copy('supporterIds');
  copy('status');
  copy('realisationPercent');
  copy('realisationAmount');
  copy('notes');
  copy('convergenceActionId');
  copy('commitmentIds');
  if (patch.interventionId !== undefined) fields.interventionId = patch.interventionId;
  if (patch.interventionKindOfId) {
    fields.interventionKind = patch.interventionKindOfId;
    if (patch.interventionKind && patch.interventionKind !== patch.interventionKindOfId)
      problems.push({ key: 'planImport.cell.kindMismatch', value: patch.interventionKind });
  } else if (patch.interventionKind) {
    if (fields.interventionId && patch.interventionId === undefined && patch.interventionKind !== base.interventionKind)
      problems.push({ key: 'planImport.cell.kindMismatch', value: patch.interventionKind });
    else fields.interventionKind = patch.interventionKind;
  } else if (patch.interventionId === null) {
    fields.interventionKind = 'lainnya';
  }
  if (patch.scheduleMonths !== undefined) fields.scheduleMonths = patch.scheduleMonths;
  if (patch.monthBits)
    fields.scheduleMonths = (fields.scheduleMonths | patch.monthBits.set) & ~patch.monthBits.clear & ALL_MONTHS;
  if (patch.fundingSourceIds !== undefined || patch.amounts !== undefined) {
    const sources = patch.fundingSourceIds ?? base.funding.map((line) => line.fundingSourceId);
    const amounts = patch.amounts ?? base.funding.map((line) => line.amount);
    if (patch.fundingSourceIds !== undefined && patch.amounts === undefined && base.funding.length === 0) {
      fields.funding = sources.map((fundingSourceId) => ({ fundingSourceId, amount: 0 }));
    } else if (sources.length !== amounts.length) {
      problems.push({
        key:
          amounts.length > sources.length
            ? 'planImport.cell.amountWithoutSource'
            : 'planImport.cell.sourceWithoutAmount',
        value: String(amounts.length),
      });
    } else {
      fields.funding = sources.map((fundingSourceId, i) => ({ fundingSourceId, amount: amounts[i] as number }));
    }
  }
  if (fields.activity.trim() === '') problems.push({ key: 'planImport.cell.activityRequired', value: '' });
  return { fields, problems };
}
