import type { RecordOrigin } from './origin';
import type { TimeZone } from './areas';
import type { Sector } from './directory';
import type { Commitment, CommitmentStatus } from './commitments';
import type { HistoryItem } from './history';

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
  open: number;
  overdue: number;
  doneThisQuarter: number;
  quarter: { year: number; quarter: 1 | 2 | 3 | 4 };
  byInstitution: RateRow[];
  bySector: RateRow[];
  byArea: RateRow[];
  topOverdue: LedgerItem[];
  /** Per month, the commitments due and those completed. */
  trend: { month: string; due: number; done: number }[];
}

export const SEARCH_KINDS = ['meeting', 'agenda', 'minutes', 'decision', 'commitment', 'person', 'plan_row'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface SearchHit {
  kind: SearchKind;
  id: string;
  meetingId: string | null;
  meetingTitle: string | null;
  meetingDate: string | null;
  /** The action plan of a plan row. */
  planId: string | null;
  planTitle: string | null;
  title: string;
  /** Text around the match; matched words are wrapped in \u0001 … \u0002 (never HTML). */
  snippet: string;
  rank: number;
}
