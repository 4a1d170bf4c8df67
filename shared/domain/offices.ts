import type { RecordOrigin } from './origin';

/**
 * An office whose records this installation holds (issue 11): its own, and those packages came
 * from. A kabupaten holding many kecamatan's data filters and compares its views by them.
 */
export interface OfficeSummary {
  id: string;
  name: string;
  level: 'desa' | 'kecamatan' | 'kabupaten' | null;
  /** The office's own area (its desa, kecamatan or kabupaten). */
  areaCode: string | null;
  areaName: string | null;
  /** This installation's office. */
  local: boolean;
}

/** One action plan in the consolidation of a year's plans. */
export interface ConsolidatedPlan {
  planId: string;
  title: string;
  areaCode: string;
  areaName: string;
  status: 'draft' | 'adopted' | 'revising';
  /** Null for the office's own plan. */
  origin: RecordOrigin | null;
  rows: number;
  amount: number;
  /** Rupiah per funding source id. */
  byFunding: Record<string, number>;
}

/** A total over every plan of the year: per intervention or per funding source. */
export interface ConsolidatedLine {
  /** Null for rows without an intervention. */
  id: string | null;
  name: string;
  /** Plans (kecamatan) with at least one row of it. */
  plans: number;
  rows: number;
  amount: number;
}

/**
 * The action plans of one year side by side (a kabupaten's view of its kecamatan's plans): rows
 * and totals per plan, per intervention and per funding source; the totals add up.
 */
export interface PlanConsolidation {
  year: number;
  /** Every year with plans, latest first (what the year picker offers). */
  years: number[];
  plans: ConsolidatedPlan[];
  interventions: ConsolidatedLine[];
  funding: ConsolidatedLine[];
  total: { plans: number; rows: number; amount: number };
}
