import type { LetterEntry } from '../../shared/domain/letters';
import type { LetterKind } from '../../shared/letters/numbering';
import { numberKey } from '../../shared/letters/numbering';
import type { Db } from '../db/connection';
import { perConnection } from '../db/per-connection';
import { newId, nowIso } from '../db/ids';

interface Row {
  id: string;
  year: number;
  sequence: number | null;
  number: string;
  kind: LetterKind;
  letter_date: string;
  subject: string;
  addressee: string | null;
  meeting_id: string | null;
  meeting_title: string | null;
  source: 'issued' | 'recorded';
  voided_at: string | null;
  void_reason: string | null;
  created_at: string;
}

const SELECT = `SELECT l.id, l.year, l.sequence, l.number, l.kind, l.letter_date, l.subject, l.addressee, l.meeting_id,
  m.title AS meeting_title, l.source, l.voided_at, l.void_reason, l.created_at
  FROM letter_numbers l LEFT JOIN meetings m ON m.id = l.meeting_id`;
const ORDER = 'ORDER BY l.sequence IS NULL, l.sequence, l.letter_date, l.created_at, l.id';

function toEntry(row: Row): LetterEntry {
  return {
    id: row.id,
    year: row.year,
    sequence: row.sequence,
    number: row.number,
    kind: row.kind,
    letterDate: row.letter_date,
    subject: row.subject,
    addressee: row.addressee,
    meetingId: row.meeting_id,
    meetingTitle: row.meeting_title,
    source: row.source,
    voidedAt: row.voided_at,
    voidReason: row.void_reason,
    createdAt: row.created_at,
  };
}

export interface NewEntry {
  year: number;
  sequence: number | null;
  number: string;
  kind: LetterKind;
  letterDate: string;
  subject: string;
  addressee: string | null;
  meetingId: string | null;
  source: 'issued' | 'recorded';
}

/** The buku agenda surat keluar: entries are added and voided, never changed or deleted. */
function registerRepository(db: Db) {
  const insert = db.prepare(
    `INSERT INTO letter_numbers (id, year, sequence, number, number_key, kind, letter_date, subject, addressee,
       meeting_id, source, created_at, updated_at)
     VALUES (@id, @year, @sequence, @number, @numberKey, @kind, @letterDate, @subject, @addressee, @meetingId,
       @source, @at, @at)`,
  );
  const byId = db.prepare<[string], Row>(`${SELECT} WHERE l.id = ?`);
  const byKey = db.prepare<[string], Row>(`${SELECT} WHERE l.number_key = ?`);
  const ofYear = db.prepare<[number], Row>(`${SELECT} WHERE l.year = ? ${ORDER}`);
  const lastSequence = db
    .prepare<[number], number | null>('SELECT max(sequence) FROM letter_numbers WHERE year = ?')
    .pluck();
  const years = db.prepare<[], number>('SELECT DISTINCT year FROM letter_numbers ORDER BY year DESC').pluck();
  const markVoid = db.prepare(
    'UPDATE letter_numbers SET voided_at = @at, void_reason = @reason, updated_at = @at WHERE id = @id AND voided_at IS NULL',
  );
  return {
    add(entry: NewEntry): LetterEntry {
      const id = newId();
      insert.run({ id, ...entry, numberKey: numberKey(entry.number), at: nowIso() });
      return toEntry(byId.get(id) as Row);
    },
    get(id: string): LetterEntry | null {
      const row = byId.get(id);
      return row ? toEntry(row) : null;
    },
    /** The entry holding this number (case and spaces aside), void or not. */
    find(number: string): LetterEntry | null {
      const row = byKey.get(numberKey(number));
      return row ? toEntry(row) : null;
    },
    ofYear(year: number): LetterEntry[] {
      return ofYear.all(year).map(toEntry);
    },
    /** The highest running number of the year, 0 before the first letter. */
    lastSequence(year: number): number {
      return lastSequence.get(year) ?? 0;
    },
    years(): number[] {
      return years.all();
    },
    void(id: string, reason: string): boolean {
      return markVoid.run({ id, reason, at: nowIso() }).changes > 0;
    },
  };
}

export type RegisterRepository = ReturnType<typeof registerRepository>;

/** One register repository (and its prepared statements) per connection. */
export const registerOf = perConnection(registerRepository);
