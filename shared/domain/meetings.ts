import type { RecordOrigin } from './origin';
import type { AgendaItem, AgendaSchedule } from './agenda';
import type { TimeZone } from './areas';
import type { Commitment } from './commitments';
import type { HistoryItem } from './history';
import type { Decision, MinutesEntry } from './minutes';
import type { AttendanceCounts, Participant } from './participants';

export const MEETING_KINDS = ['rakor_tpps', 'rembuk_stunting', 'rapat_teknis', 'monev', 'lainnya'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const HOST_LEVELS = ['kabupaten', 'kecamatan', 'desa'] as const;
export type HostLevel = (typeof HOST_LEVELS)[number];

/** draft → scheduled → held → approved; approval locks the record. */
export const MEETING_STATUSES = ['draft', 'scheduled', 'held', 'approved'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export interface MeetingArea {
  code: string;
  name: string;
  level: string;
}

export interface Meeting {
  id: string;
  title: string;
  kind: MeetingKind;
  hostLevel: HostLevel;
  areas: MeetingArea[];
  /** Local calendar date of the meeting area, `YYYY-MM-DD`. */
  date: string;
  /** Local wall-clock times `HH:MM` in `timeZone`. */
  startTime: string;
  endTime: string | null;
  timeZone: TimeZone;
  venue: string | null;
  chairPersonId: string | null;
  chairName: string | null;
  chairRole: string | null;
  minuteTakerPersonId: string | null;
  minuteTakerName: string | null;
  invitationNumber: string | null;
  status: MeetingStatus;
  /** Kesimpulan: the meeting-level conclusion written at the end of the minutes. */
  summary: string | null;
  /** When the chair closed the meeting, `HH:MM`. */
  closingTime: string | null;
  approvedAt: string | null;
  isTemplate: boolean;
  createdAt: string;
  updatedAt: string;
}

export type MeetingListItem = Pick<
  Meeting,
  'id' | 'title' | 'kind' | 'hostLevel' | 'areas' | 'date' | 'startTime' | 'timeZone' | 'venue' | 'status' | 'chairName'
> & {
  /** The office the meeting came from, when it is another office's (read only here). */
  origin: RecordOrigin | null;
};

/** Everything the meeting workspace shows, loaded in one call. */
export interface MeetingWorkspace {
  meeting: Meeting;
  agenda: AgendaItem[];
  schedule: AgendaSchedule;
  participants: Participant[];
  counts: AttendanceCounts;
  minutes: MinutesEntry[];
  decisions: Decision[];
  commitments: Commitment[];
  /** Status changes, approvals and unlocks with their reasons, newest first. */
  history: HistoryItem[];
  /** The office the meeting came from, when it is another office's (read only here). */
  origin: RecordOrigin | null;
}
