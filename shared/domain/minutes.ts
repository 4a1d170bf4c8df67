export const MINUTES_KINDS = ['discussion', 'directive', 'note'] as const;
export type MinutesKind = (typeof MINUTES_KINDS)[number];

/** One line of the minutes under an agenda item: who said what, or a directive of the chair. */
export interface MinutesEntry {
  id: string;
  meetingId: string;
  agendaItemId: string | null;
  position: number;
  kind: MinutesKind;
  speakerPersonId: string | null;
  speakerName: string | null;
  /** A speaker who is not in the directory, as typed. */
  speakerText: string | null;
  body: string;
  updatedAt: string;
}

/** Decisions are numbered per meeting, in order, as they are printed under KEPUTUSAN. */
export interface Decision {
  id: string;
  meetingId: string;
  agendaItemId: string | null;
  number: number;
  body: string;
  updatedAt: string;
}
