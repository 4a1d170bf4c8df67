import type { RecordOrigin } from './origin';
import type { AreaLevel } from './areas';
import type { ImportProblem } from './import-problem';

/**
 * The integrated action plan (rencana aksi terpadu, DOMAIN.md): one plan per area and year, rows
 * that are activities, and the catalogue they draw on (interventions, convergence actions,
 * funding sources). Money is whole Rupiah in integers everywhere; no floating point.
 */

/** draft → adopted (by a Rembuk Stunting or Rakor) → revising (perubahan) → adopted again. */
export const PLAN_STATUSES = ['draft', 'adopted', 'revising'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const INTERVENTION_KINDS = ['spesifik', 'sensitif', 'lainnya'] as const;
export type InterventionKind = (typeof INTERVENTION_KINDS)[number];

export const PLAN_ROW_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const;
export type PlanRowStatus = (typeof PLAN_ROW_STATUSES)[number];

/** The 8 aksi konvergensi, and the 2025 regrouping (SE Mendagri 400.5.7/1685/Bangda): 4 main + 2 supporting. */
export const CONVERGENCE_SCHEMES = ['aksi8', 'skema2025'] as const;
export type ConvergenceScheme = (typeof CONVERGENCE_SCHEMES)[number];

/** Largest amount of one funding line: Rp 10 triliun, far above any kabupaten budget line. */
export const MAX_AMOUNT = 10_000_000_000_000;
/** Rows of one plan; the grid and the documents are sized for a few thousand. */
export const MAX_PLAN_ROWS = 20_000;

/** Longest text of each row field (the schemas, the paste and the import check the same). */
export const PLAN_TEXT_LIMITS = {
  activity: 500,
  budgetCode: 60,
  targetGroup: 200,
  indicator: 500,
  targetUnit: 60,
  notes: 2000,
} as const;

/** Most funding lines, locations, supporting institutions and linked commitments of one row. */
export const PLAN_ROW_LIMITS = { funding: 10, locations: 300, supporters: 30, commitments: 50 } as const;

/** A catalogue entry of Perpres 72/2021 annex A, or one the office added. */
export interface Intervention {
  id: string;
  kind: InterventionKind;
  /** `SP-01` (spesifik), `SN-01` (sensitif); unique among live entries when present. */
  code: string | null;
  name: string;
  indicator: string | null;
  /** What a row's target volume counts (`ibu hamil`, `balita`, `keluarga`). */
  unit: string | null;
  /** As the regulation prints it, with its unit: `90%`, `15,5%`. */
  nationalTarget: string | null;
  targetGroup: string | null;
  position: number;
  /** Shipped with Sirakor (migration 004); still editable by the office. */
  isSeeded: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface ConvergenceAction {
  id: string;
  scheme: ConvergenceScheme;
  number: number;
  name: string;
  /** `utama` / `pendukung` in the 2025 scheme; null in the 8 aksi. */
  grouping: string | null;
  isSeeded: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface FundingSource {
  id: string;
  /** `APBD`, `DAK-NF-BOK`…; unique among live entries. */
  code: string;
  name: string;
  /** DAK Nonfisik is the parent of BOK, BOKB and BOP PAUD. */
  parentId: string | null;
  position: number;
  isSeeded: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface ActionPlan {
  id: string;
  areaCode: string;
  areaName: string;
  areaLevel: AreaLevel;
  year: number;
  title: string;
  status: PlanStatus;
  adoptedMeetingId: string | null;
  adoptedMeetingTitle: string | null;
  adoptedMeetingDate: string | null;
  copiedFromPlanId: string | null;
  /** Desa lokus of the year: the villages the coverage view checks. */
  priorityVillageCodes: string[];
  rowCount: number;
  /** Sum of every funding line of every live row, Rupiah. */
  totalAmount: number;
  createdAt: string;
  updatedAt: string;
  /** The office the plan came from, when it is another office's (read only here). */
  origin: RecordOrigin | null;
}

/** A desa/kelurahan with its kecamatan, since village names repeat across kecamatan. */
export interface PlanVillage {
  code: string;
  name: string;
  kecamatanCode: string;
  kecamatanName: string;
}

export interface FundingLine {
  fundingSourceId: string;
  fundingSourceCode: string;
  fundingSourceName: string;
  /** Whole Rupiah. */
  amount: number;
}

export interface InstitutionRef {
  id: string;
  name: string;
}

export interface PlanRow {
  id: string;
  planId: string;
  /** 0-based order in the plan. */
  position: number;
  activity: string;
  /** APBD programme / kegiatan / sub-kegiatan code, e.g. `1.02.02.2.02.0033`. */
  budgetCode: string | null;
  interventionId: string | null;
  interventionCode: string | null;
  interventionName: string | null;
  interventionKind: InterventionKind;
  convergenceActionId: string | null;
  targetGroup: string | null;
  indicator: string | null;
  targetVolume: number | null;
  targetUnit: string | null;
  locations: PlanVillage[];
  responsibleInstitutionId: string | null;
  responsibleInstitutionName: string | null;
  supporters: InstitutionRef[];
  /** Bit 0 = January … bit 11 = December (shared/plans/schedule.ts). */
  scheduleMonths: number;
  funding: FundingLine[];
  status: PlanRowStatus;
  realisationPercent: number | null;
  realisationAmount: number | null;
  notes: string | null;
  /** Commitments (commitments.plan_row_id) that this row carries out. */
  commitmentIds: string[];
  updatedAt: string;
}

/** What planRows.create/update/applyBatch take for a row: every field, ids for references. */
export interface PlanRowFields {
  activity: string;
  budgetCode: string | null;
  interventionId: string | null;
  /** Must be the intervention's kind when one is chosen; `lainnya` for rows without one. */
  interventionKind: InterventionKind;
  convergenceActionId: string | null;
  targetGroup: string | null;
  indicator: string | null;
  targetVolume: number | null;
  targetUnit: string | null;
  /** Desa/kelurahan codes under the plan's area. */
  locations: string[];
  responsibleInstitutionId: string | null;
  supporterIds: string[];
  scheduleMonths: number;
  funding: { fundingSourceId: string; amount: number }[];
  status: PlanRowStatus;
  realisationPercent: number | null;
  realisationAmount: number | null;
  notes: string | null;
  commitmentIds: string[];
}

export interface SourceTotal {
  fundingSourceId: string;
  code: string;
  name: string;
  amount: number;
}

export interface InstitutionTotal {
  /** Null: rows without a responsible institution. */
  institutionId: string | null;
  name: string | null;
  amount: number;
  rows: number;
}

/** Everything in whole Rupiah; sums are exact (shared/plans/totals.ts checks every step). */
export interface PlanTotals {
  rows: number;
  overall: number;
  realisation: number;
  /** In catalogue order. */
  bySource: SourceTotal[];
  /** Largest first, then by name. */
  byInstitution: InstitutionTotal[];
  byKind: Record<InterventionKind, number>;
}

export interface PlanDetail {
  plan: ActionPlan;
  rows: PlanRow[];
  totals: PlanTotals;
}

/** What a write to rows changed, for the grid to patch its copy: rows, order and totals. */
export interface PlanRowsChange {
  plan: ActionPlan;
  /** Created or updated rows, in full. */
  rows: PlanRow[];
  deletedIds: string[];
  /** Every live row whose position changed (new rows included), so the grid can reorder. */
  positions: { id: string; position: number }[];
  totals: PlanTotals;
}

type CoverageState = 'funded' | 'unfunded';

/** One village × intervention with rows behind it. */
export interface CoverageCell {
  villageCode: string;
  interventionId: string;
  rowIds: string[];
  amount: number;
  state: CoverageState;
}

export interface PlanCoverage {
  planId: string;
  kind: InterventionKind | null;
  /** `lokus`: the plan's priority villages; `rows`: villages named by its rows (no lokus set); `all`: every village of the area. */
  villageSource: 'lokus' | 'rows' | 'all';
  /** The kecamatan of those villages (before a kecamatan is chosen), for the filter. */
  kecamatans: { code: string; name: string }[];
  /** The chosen kecamatan, or null for all of them. */
  kecamatanCode: string | null;
  villages: PlanVillage[];
  interventions: Pick<Intervention, 'id' | 'kind' | 'code' | 'name'>[];
  /** Only cells with rows; every other village × intervention is a gap. */
  cells: CoverageCell[];
  /** Village × intervention with no row at all. */
  gaps: { villageCode: string; interventionId: string }[];
  summary: { cells: number; funded: number; unfunded: number; gaps: number };
}

export const IMPORT_MODES = ['check', 'import', 'validOnly'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

/** A problem of an imported plan file; `key` is a `planImport.file.*` message with `row`/`column`/`value`. */
export type { ImportProblem };

export interface PlanImportReport {
  mode: ImportMode;
  /** SHA-256 of the file: pass it back as `checkedSha256` to import the valid rows of the same file. */
  sha256: string;
  sheet: string | null;
  /** Plan rows found in the file (continuation lines of several funding sources count once). */
  rowsFound: number;
  validRows: number;
  problems: ImportProblem[];
  /** True when no problem was found. */
  clean: boolean;
  /** Rows written to the plan (0 for a check, or when an `import` found problems). */
  imported: number;
}
