import type { ParsedInputOf } from '../../shared/api/contract';
import { AppError } from '../../shared/api/result';
import type { LetterEntry, LetterRegister, NumberCheck } from '../../shared/domain/letters';
import { formatDateId } from '../../shared/format/dates';
import { formatLetterNumber, numberKey, parseLetterNumber } from '../../shared/letters/numbering';
import { foldForSearch } from '../../shared/text/fold';
import { notFound } from '../api/errors';
import { writableMeeting } from '../api/handlers/meeting-guard';
import type { Db } from '../db/connection';
import { nowIso } from '../db/ids';
import { repositoriesOf, type Repositories } from '../db/repositories';
import { numberingOf } from './numbering-store';
import { registerOf } from './register-repository';

/**
 * The buku agenda surat keluar: numbers issued in order, one transaction each (the running number
 * read and the entry written together, under SQLite's write lock, with unique indexes on the
 * number and on its place in the year behind it), numbers typed by hand recorded in their place,
 * and the invitation number of a meeting kept in step with its undangan's entry.
 */

function conflict(path: string, key: string, entry: LetterEntry): AppError {
  return new AppError('CONFLICT', 'error.validation', undefined, [
    {
      path,
      key,
      params: { number: entry.number, subject: entry.subject, date: formatDateId(entry.letterDate) },
    },
  ]);
}

/** An undangan's number becomes its meeting's invitation number; the meeting must be open and have none (or this one). */
function assignInvitation(db: Db, repos: Repositories, meetingId: string, number: string): void {
  writableMeeting(repos, meetingId);
  const current = repos.meetings.get(meetingId)?.invitationNumber;
  // Recording the number the meeting already carries is what puts it in the register.
  if (current && numberKey(current) === numberKey(number)) return;
  if (current) {
    throw new AppError('CONFLICT', 'error.validation', undefined, [
      { path: 'meetingId', key: 'letters.meetingHasNumber', params: { number: current } },
    ]);
  }
  db.prepare('UPDATE meetings SET invitation_number = ?, updated_at = ? WHERE id = ?').run(number, nowIso(), meetingId);
}

function checkMeeting(repos: Repositories, meetingId: string | undefined): void {
  if (meetingId && !repos.meetings.get(meetingId)) throw notFound('meeting');
}

type EntryInput = ParsedInputOf<'letters.issue'>;

function addEntry(
  db: Db,
  repos: Repositories,
  input: EntryInput,
  entry: { number: string; sequence: number | null; year: number; source: 'issued' | 'recorded' },
): LetterEntry {
  if (input.kind === 'undangan' && input.meetingId) assignInvitation(db, repos, input.meetingId, entry.number);
  return registerOf(db).add({
    ...entry,
    kind: input.kind,
    letterDate: input.letterDate,
    subject: input.subject,
    addressee: input.addressee,
    meetingId: input.meetingId ?? null,
  });
}

/** The next running number of the letter's year, with the office's pattern. */
export function issueNumber(db: Db, input: EntryInput): LetterEntry {
  const repos = repositoriesOf(db);
  checkMeeting(repos, input.meetingId);
  // IMMEDIATE takes the write lock before reading the last number: no other connection can
  // issue between the read and the write.
  return db
    .transaction(() => {
      const register = registerOf(db);
      const year = Number(input.letterDate.slice(0, 4));
      const sequence = register.lastSequence(year) + 1;
      const number = formatLetterNumber(numberingOf(repos).numbering, input.kind, sequence, input.letterDate);
      const taken = register.find(number);
      if (taken) throw conflict('letterDate', 'letters.numberTaken', taken);
      return addEntry(db, repos, input, { number, sequence, year, source: 'issued' });
    })
    .immediate();
}

/** A number typed by hand, recorded in the register (its place in the sequence, when it follows the pattern). */
export function recordNumber(db: Db, input: ParsedInputOf<'letters.record'>): LetterEntry {
  const repos = repositoriesOf(db);
  checkMeeting(repos, input.meetingId);
  return db
    .transaction(() => {
      const register = registerOf(db);
      const taken = register.find(input.number);
      if (taken) throw conflict('number', 'letters.numberTaken', taken);
      const parsed = parseLetterNumber(numberingOf(repos).numbering, input.number);
      if (parsed && parsed.year !== Number(input.letterDate.slice(0, 4)))
        throw new AppError('VALIDATION', 'error.validation', undefined, [
          { path: 'letterDate', key: 'letters.yearMismatch', params: { year: parsed.year } },
        ]);
      const place = parsed && register.ofYear(parsed.year).find((e) => e.sequence === parsed.sequence);
      if (place) throw conflict('number', 'letters.sequenceTaken', place);
      return addEntry(db, repos, input, {
        number: input.number,
        sequence: parsed?.sequence ?? null,
        year: Number(input.letterDate.slice(0, 4)),
        source: 'recorded',
      });
    })
    .immediate();
}

/** A hand-typed number against the register: free, the meeting's own, or already another letter's. */
export function checkNumber(db: Db, number: string, meetingId: string | undefined): NumberCheck {
  const repos = repositoriesOf(db);
  const entry = registerOf(db).find(number);
  if (entry)
    return {
      status: entry.meetingId && entry.meetingId === meetingId && !entry.voidedAt ? 'thisMeeting' : 'registered',
      entry,
    };
  const parsed = parseLetterNumber(numberingOf(repos).numbering, number);
  return { status: 'free', sequence: parsed?.sequence ?? null, year: parsed?.year ?? null };
}

/**
 * The check a meeting's typed invitation number must pass: a number the register holds for
 * another letter (or another meeting, or voided) is refused on the field.
 */
export function checkInvitationNumber(db: Db, meetingId: string | null, number: string | null): void {
  if (!number) return;
  const entry = registerOf(db).find(number);
  if (!entry || (entry.meetingId === meetingId && meetingId !== null && !entry.voidedAt)) return;
  throw conflict('invitationNumber', entry.voidedAt ? 'letters.numberVoided' : 'letters.numberTaken', entry);
}

export function voidNumber(db: Db, id: string, reason: string): LetterEntry {
  return db.transaction(() => {
    const register = registerOf(db);
    const entry = register.get(id);
    if (!entry) throw new AppError('NOT_FOUND', 'letters.entryNotFound');
    if (entry.voidedAt) throw new AppError('CONFLICT', 'letters.alreadyVoided');
    register.void(id, reason);
    return register.get(id) as LetterEntry;
  })();
}

/** The register of a year (the current one by default), optionally filtered by words. */
export function registerOfYear(db: Db, year: number, query: string): LetterRegister {
  const register = registerOf(db);
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  const entries = register.ofYear(year).filter((entry) => {
    if (words.length === 0) return true;
    const text = foldForSearch(
      [entry.number, entry.subject, entry.addressee ?? '', entry.meetingTitle ?? ''].join(' '),
    );
    return words.every((word) => text.includes(word));
  });
  const years = [...new Set([year, ...register.years()])].sort((a, b) => b - a);
  return { year, entries, years };
}
