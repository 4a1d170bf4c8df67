import type { RecordOrigin } from './origin';
import type { Area, TimeZone } from './areas';
import type { Sector } from './directory';
import type { Commitment, CommitmentStatus } from './commitments';
import type { HistoryItem } from './history';
import type { DashboardPeriod } from './dashboard-period';

export const LEDGER_SORTS = ['due_asc', 'due_desc', 'updated_desc', 'institution', 'meeting_desc'] as const;
export type LedgerSort = (typeof LEDGER_SORTS)[number];

/** One row of the commitment ledger: the commitment, where it came from, and its last news. */
export interface LedgerItem {
  id: string;
  institutionId: string;
  institutionName: string;
  institutionSector: Sector;
  contactPersonName: string | null;
  description: string;
  dueDate: string | null;
  status: CommitmentStatus;
  /** Derived from the due date in the meeting area's time zone; never stored. */
  overdue: boolean;
  lastUpdateOn: string | null;
  lastUpdateNote: string | null;
  lastUpdatePercent: number | null;
  meetingId: string | null;
  meetingTitle: string | null;
  meetingDate: string | null;
  timeZone: TimeZone;
  /** Names of the meeting's areas, for the area column and filters. */
  areaNames: string[];
  /** The action-plan row that carries this commitment out, if one does (a commitment has at most one). */
  planRow: PlanRowLink | null;
  /** The office the commitment came from, when it is another office's (read only here). */
  origin: RecordOrigin | null;
}

export interface PlanRowLink {
  planId: string;
  planTitle: string;
  planYear: number;
  /** 1-based, as the grid numbers its rows. */
  number: number;
}

export interface EvidenceFile {
  id: string;
  updateId: string;
  originalName: string;
  mediaType: string | null;
  sizeBytes: number;
  createdAt: string;
}

/** Where a report came from: typed in the app, or read from a returned progress form (issue 12). */
export type ProgressSource = 'app' | 'form';

/** A dated progress report on a commitment, possibly given during a later meeting. */
export interface ProgressUpdate {
  id: string;
  commitmentId: string;
  meetingId: string | null;
  meetingTitle: string | null;
  reportedOn: string;
  note: string | null;
  percent: number | null;
  statusAfter: CommitmentStatus | null;
  reportedByPersonId: string | null;
  reportedByName: string | null;
  reportedByText: string | null;
  source: ProgressSource;
  /** The institution that reported through its progress form. */
  reportedByInstitutionId: string | null;
  reportedByInstitutionName: string | null;
  evidence: EvidenceFile[];
  createdAt: string;
}

export interface CommitmentDetail {
  commitment: Commitment;
  overdue: boolean;
  meetingTitle: string | null;
  meetingDate: string | null;
  meetingStatus: string | null;
  timeZone: TimeZone;
  updates: ProgressUpdate[];
  /** Every change of wording and status, newest first. */
  history: HistoryItem[];
  /** The office the commitment came from, when it is another office's: read only, progress reports aside. */
  origin: RecordOrigin | null;
}

/** An open commitment of an earlier meeting of the same areas, reviewed at the start of the next Rakor. */
export interface CarryOverItem extends LedgerItem {
  /** Updates given during the meeting being prepared, if any. */
  updatesInThisMeeting: ProgressUpdate[];
}

/** The review's first `limit` commitments (earliest due first) and how many there are in all. */
export interface CarryOver {
  items: CarryOverItem[];
  total: number;
}

export interface RateRow {
  key: string;
  label: string;
  total: number;
  done: number;
  open: number;
  overdue: number;
  /** done / (total − cancelled), 0..1; null when nothing counts. */
  completionRate: number | null;
}

export interface DashboardSummary {
  today: string;
  /** The period shown: the one asked for, or the default (`defaultDashboardYear`). */
  period: DashboardPeriod;
  /** Its first and last day. */
  range: { from: string; to: string };
  /** The first and last due dates of any commitment (the data's extent), null when none has one. */
  dataRange: { from: string; to: string } | null;
  /** Commitments due in the period, cancelled ones included. */
  total: number;
  /** Of those: done, still open, and open past their due date. */
  done: number;
  open: number;
  overdue: number;
  byInstitution: RateRow[];
  bySector: RateRow[];
  byArea: RateRow[];
  /** Per office owning commitments due in the period (issue 11: a kabupaten compares its kecamatan). */
  byOffice: RateRow[];
  /** The overdue commitments due in the period, most days late first. */
  topOverdue: LedgerItem[];
  /** Per month of the period, the commitments due then (not cancelled) and how many of them are done. */
  trend: { month: string; due: number; done: number }[];
}

export const SEARCH_KINDS = ['meeting', 'agenda', 'minutes', 'decision', 'commitment', 'person', 'plan_row'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export type SearchArea = Pick<Area, 'name' | 'level' | 'kind'>;

export interface SearchHit {
  kind: SearchKind;
  id: string;
  meetingId: string | null;
  meetingTitle: string | null;
  meetingDate: string | null;
  /** The meeting's start (HH:MM): two meetings of one title may be held on one day. */
  meetingTime: string | null;
  /** The action plan of a plan row. */
  planId: string | null;
  planTitle: string | null;
  title: string;
  /** Text around the match; matched words are wrapped in \u0001 … \u0002 (never HTML). */
  snippet: string;
  rank: number;
  /** Where it happened: the meeting's areas (kecamatan/desa, in the meeting's order) or the plan's area. */
  areas: SearchArea[];
  /** A commitment's institution (also its title) or a person's institution. */
  institution: string | null;
  /** A commitment's due date. */
  dueDate: string | null;
  /** A plan row's plan year. */
  planYear: number | null;
}

/**
 * A hit and the other hits of the same kind with the same text (the same commitment given in
 * several meetings, the same minutes line every month): shown once, with its similar hits at hand.
 * Meetings and people are never grouped: two meetings of one title are two meetings.
 */
export interface SearchGroup {
  hit: SearchHit;
  /** How many other hits share its text. */
  similarCount: number;
  /** The newest of them (at most SEARCH_SIMILAR_SHOWN; none in the search box, which only counts them). */
  similar: SearchHit[];
}

export const SEARCH_SIMILAR_SHOWN = 5;

/** One page of the full results, filtered; groups are ranked over every hit. */
export interface SearchPage {
  /** The hits that pass the filters. */
  total: number;
  /** The groups they form (what the pages count). */
  groupTotal: number;
  groups: SearchGroup[];
}

/** The hits with the same text as one hit of a search (its "+N serupa"), newest first. */
export interface SearchSimilar {
  /** How many there are. */
  total: number;
  /** The newest of them, as many as asked. */
  hits: SearchHit[];
}

/** An office whose records the database holds: the results page filters by it (issue 11). */
export interface SearchOffice {
  id: string;
  name: string;
}
