import type { MeetingKind } from '../../domain/meetings';
import type { InterventionKind, PlanRowStatus, PlanStatus } from '../../domain/plans';
import type { ReportPeriod } from '../../domain/report-period';
import { addExact } from '../../plans/totals';
import { count, emptyCounts, type CommitmentCounts, type CommitmentReportItem } from './commitment-report';

/**
 * What the laporan semester is made of, as the host reads it, and the figures computed from it:
 * counts per sector, kecamatan and institution (as the dashboard counts them) and the action
 * plan's realisation per intervention.
 */

/** A commitment agreed in a meeting of the period, with what it is grouped by. */
export interface SemesterCommitment extends CommitmentReportItem {
  sectorName: string;
  /** The kecamatan of its meeting's areas (a two-kecamatan Rakor counts for both), code and name. */
  areas: readonly { code: string; name: string }[];
}

/** A meeting held in the period. */
export interface SemesterMeeting {
  id: string;
  date: string;
  title: string;
  kind: MeetingKind;
  areaNames: readonly string[];
  /** Commitments agreed in it. */
  commitments: number;
}

/** One activity of an action plan, as far as its realisation goes. */
export interface RealisationRow {
  kind: InterventionKind;
  interventionId: string | null;
  interventionCode: string | null;
  interventionName: string | null;
  /** Planned, whole Rupiah (every funding line). */
  amount: number;
  /** Realised, whole Rupiah, as the office recorded it in the plan (0 when not recorded). */
  realisation: number;
  status: PlanRowStatus;
  /** Its schedule has a month inside the period. */
  scheduled: boolean;
  /** Commitments linked to the row, and how many of them are done. */
  linked: number;
  linkedDone: number;
}

export interface SemesterPlan {
  title: string;
  year: number;
  status: PlanStatus;
  rows: readonly RealisationRow[];
}

export interface SemesterReportData {
  period: ReportPeriod;
  /** "Keadaan per": the day statuses and realisation are read, `YYYY-MM-DD`. */
  asOf: string;
  /** `TIM PERCEPATAN PENURUNAN STUNTING KECAMATAN KELARA`. */
  team: string;
  /** Who the report goes to, `Bupati Jeneponto`. */
  addressee: string;
  meetings: readonly SemesterMeeting[];
  commitments: readonly SemesterCommitment[];
  plans: readonly SemesterPlan[];
}

/** One group of commitments (a sector, a kecamatan, an institution) and its counts. */
export interface RateGroup {
  key: string;
  label: string;
  counts: CommitmentCounts;
}

function tally(
  commitments: readonly SemesterCommitment[],
  keysOf: (c: SemesterCommitment) => readonly { key: string; label: string }[],
): RateGroup[] {
  const groups = new Map<string, RateGroup>();
  for (const commitment of commitments) {
    for (const { key, label } of keysOf(commitment)) {
      let group = groups.get(key);
      if (!group) {
        group = { key, label, counts: emptyCounts() };
        groups.set(key, group);
      }
      count(group.counts, commitment);
    }
  }
  return [...groups.values()];
}

export function totalCounts(commitments: readonly SemesterCommitment[]): CommitmentCounts {
  const counts = emptyCounts();
  for (const commitment of commitments) count(counts, commitment);
  return counts;
}

const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });

/** Sectors, most commitments first (as the dashboard lists them). */
export function perSector(commitments: readonly SemesterCommitment[]): RateGroup[] {
  return tally(commitments, (c) => [{ key: c.sectorName, label: c.sectorName }]).sort(
    (a, b) => b.counts.total - a.counts.total || collator.compare(a.label, b.label),
  );
}

/** Kecamatan by code, as the dashboard lists them. */
export function perArea(commitments: readonly SemesterCommitment[]): RateGroup[] {
  return tally(commitments, (c) => c.areas.map((area) => ({ key: area.code, label: area.name }))).sort((a, b) =>
    a.key < b.key ? -1 : a.key > b.key ? 1 : 0,
  );
}

/** Institutions by name. */
export function perInstitution(commitments: readonly SemesterCommitment[]): RateGroup[] {
  return tally(commitments, (c) => [{ key: c.institutionId, label: c.institutionName }]).sort(
    (a, b) => collator.compare(a.label, b.label) || (a.key < b.key ? -1 : 1),
  );
}

/** The institutions the dashboard charts: most overdue first, then most open, then most commitments. */
export function mostBehind(groups: readonly RateGroup[], limit: number): RateGroup[] {
  const open = (g: RateGroup) => g.counts.notStarted + g.counts.inProgress;
  return [...groups]
    .sort(
      (a, b) =>
        b.counts.overdue - a.counts.overdue ||
        open(b) - open(a) ||
        b.counts.total - a.counts.total ||
        collator.compare(a.label, b.label),
    )
    .slice(0, limit);
}

/** The realisation of the activities of one intervention (or of the activities without one). */
export interface InterventionRealisation {
  kind: InterventionKind;
  code: string | null;
  name: string | null;
  activities: number;
  scheduled: number;
  done: number;
  amount: number;
  realisation: number;
  linked: number;
  linkedDone: number;
}

export function emptyRealisation(kind: InterventionKind, code: string | null, name: string | null) {
  return {
    kind,
    code,
    name,
    activities: 0,
    scheduled: 0,
    done: 0,
    amount: 0,
    realisation: 0,
    linked: 0,
    linkedDone: 0,
  };
}

/** Adds one row (or a subtotal) into `into`; money is added exactly (shared/plans/totals.ts). */
export function addRealisation(
  into: InterventionRealisation,
  row: Omit<InterventionRealisation, 'kind' | 'code' | 'name'>,
) {
  into.activities += row.activities;
  into.scheduled += row.scheduled;
  into.done += row.done;
  into.amount = addExact(into.amount, row.amount);
  into.realisation = addExact(into.realisation, row.realisation);
  into.linked += row.linked;
  into.linkedDone += row.linkedDone;
}

/**
 * The plan's activities per intervention, cancelled activities left out (they are not planned
 * any more): interventions by code within their kind, activities without an intervention last.
 */
export function realisationPerIntervention(rows: readonly RealisationRow[]): InterventionRealisation[] {
  const groups = new Map<string, InterventionRealisation>();
  for (const row of rows) {
    if (row.status === 'cancelled') continue;
    const key = `${row.kind}\u0000${row.interventionId ?? ''}`;
    let group = groups.get(key);
    if (!group) {
      group = emptyRealisation(row.kind, row.interventionCode, row.interventionName);
      groups.set(key, group);
    }
    addRealisation(group, {
      activities: 1,
      scheduled: row.scheduled ? 1 : 0,
      done: row.status === 'done' ? 1 : 0,
      amount: row.amount,
      realisation: row.realisation,
      linked: row.linked,
      linkedDone: row.linkedDone,
    });
  }
  return [...groups.values()].sort((a, b) => {
    if (a.name === null || b.name === null) return a.name === b.name ? 0 : a.name === null ? 1 : -1;
    return collator.compare(a.code ?? a.name, b.code ?? b.name);
  });
}
