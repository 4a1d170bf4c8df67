import type { LetterKind, LetterNumbering } from '../letters/numbering';

/** One line of the buku agenda surat keluar. */
export interface LetterEntry {
  id: string;
  year: number;
  /** The running number of the year; null for a recorded number that does not follow the pattern. */
  sequence: number | null;
  number: string;
  kind: LetterKind;
  letterDate: string;
  subject: string;
  addressee: string | null;
  meetingId: string | null;
  meetingTitle: string | null;
  /** `issued` by Sirakor, or `recorded`: typed by hand (taken elsewhere, or before Sirakor). */
  source: 'issued' | 'recorded';
  voidedAt: string | null;
  voidReason: string | null;
  createdAt: string;
}

export interface LetterRegister {
  year: number;
  entries: LetterEntry[];
  /** Years that have entries, newest first (the current year always among them). */
  years: number[];
}

export interface LetterNumberingSetup {
  numbering: LetterNumbering;
  /** False while Sirakor's default (from the office's place) applies. */
  custom: boolean;
  /** The running number the register gives next this year. */
  nextSequence: number;
  /** What the next number of each kind would be, dated today. */
  next: Record<LetterKind, string>;
}

/** A number typed by hand, checked against the register. */
export type NumberCheck =
  | { status: 'free'; sequence: number | null; year: number | null }
  | { status: 'registered'; entry: LetterEntry }
  | { status: 'thisMeeting'; entry: LetterEntry };
