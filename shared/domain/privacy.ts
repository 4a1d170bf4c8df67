/**
 * Personal data (UU 27/2022 on personal data protection): what the office holds about people, and
 * what is left of a person after their personal data is erased.
 */

/**
 * The name an erased person's record keeps. Meetings, attendance, minutes and commitments go on
 * pointing at the record, so their counts and documents stay whole; they show this instead of
 * the name. Stored in Indonesian because official documents are always in Indonesian.
 */
export const ERASED_PERSON_NAME = '(data pribadi dihapus)';

/** The personal fields of a directory record that an erase clears (the name is replaced). */
export const PERSONAL_FIELDS = ['name', 'nip', 'rank', 'phone', 'email'] as const;
export type PersonalField = (typeof PERSONAL_FIELDS)[number];
/** What an erase may clear: the personal fields, and the position when it is not kept. */
export type ErasedField = PersonalField | 'position';

/** What personal data the database holds, as counts (never the values themselves). */
export interface PrivacySummary {
  /** People in the directory (not deleted). */
  people: number;
  withPhone: number;
  withNip: number;
  withEmail: number;
  withRank: number;
  /** Deleted from the directory but still holding their name and personal fields. */
  deletedHolding: number;
  /** Records whose personal data was erased (kept, nameless, for the meeting records). */
  erased: number;
  /** Names typed into meeting records without a directory entry: walk-ins and stand-ins. */
  typedNames: number;
  /** Files attached to progress reports (photos, letters: they may show people). */
  evidenceFiles: number;
}

/** One person as the "Data pribadi" screen lists them: the phone masked, the rest as flags. */
export interface PrivacyPerson {
  id: string;
  name: string;
  position: string | null;
  institutionName: string | null;
  /** Masked (`0812•••••890`), or null. */
  phone: string | null;
  hasNip: boolean;
  hasEmail: boolean;
  hasRank: boolean;
  /** Deleted from the directory (its personal data is still held until erased). */
  deleted: boolean;
  /** Meetings whose records name the person (invitee, chair, minute-taker, presenter, speaker, contact). */
  meetings: number;
}

export interface EraseResult {
  id: string;
  /** Meetings whose records now show the placeholder instead of the name. */
  meetings: number;
  /** The personal fields that held a value and were cleared. */
  cleared: ErasedField[];
}
