import type { AppError } from '../../shared/api/result';
import { isLocked } from '../../shared/domain/meeting-status';
import type { Repositories } from '../db/repositories';
import type { MeetingOwner } from './repositories/owner';
import type { HandlerContext } from '../api/context';
import { invalidField, notFound, notFoundIn, refused } from '../api/errors';

/**
 * The one lock check of the meeting workflow. Every write to a meeting or to anything that
 * belongs to it (agenda, participants, minutes, decisions, commitments) starts with
 * `writableMeeting` or `writablePart`, inside the transaction of the write: an approved meeting
 * answers LOCKED until it is unlocked with a reason. tests/node/meetings/meeting-lock.test.ts calls every
 * write method of the contract on an approved meeting, so a new method without the check fails.
 */

type MeetingPart = 'agendaItem' | 'participant' | 'minutesEntry' | 'decision' | 'commitment';

function ownerOf(repos: Repositories, part: MeetingPart, id: string): MeetingOwner | null {
  switch (part) {
    case 'agendaItem':
      return repos.agenda.owner(id);
    case 'participant':
      return repos.participants.owner(id);
    case 'minutesEntry':
      return repos.minutes.owner(id);
    case 'decision':
      return repos.decisions.owner(id);
    case 'commitment':
      return repos.commitments.owner(id);
  }
}

function partNotFound(part: MeetingPart): AppError {
  switch (part) {
    case 'agendaItem':
      return notFound('agendaItem');
    case 'participant':
      return notFound('participant');
    case 'minutesEntry':
      return notFound('minutesEntry');
    case 'decision':
      return notFound('decision');
    case 'commitment':
      return notFound('commitment');
  }
}

export function meetingLocked(): AppError {
  return refused('meetingLocked');
}

/** The meeting, if it exists and may be changed; NOT_FOUND or LOCKED otherwise. */
export function writableMeeting(repos: Repositories, meetingId: string): MeetingOwner {
  const status = repos.meetings.status(meetingId);
  if (status === null) throw notFound('meeting');
  if (isLocked(status)) throw meetingLocked();
  return { meetingId, status };
}

/** The meeting a part belongs to, if the part exists and its meeting may be changed. */
export function writablePart(repos: Repositories, part: MeetingPart, id: string): MeetingOwner {
  const owner = ownerOf(repos, part, id);
  if (!owner) throw partNotFound(part);
  if (isLocked(owner.status)) throw meetingLocked();
  return owner;
}

/** Runs `work` in one transaction: the lock check and the write it guards commit together. */
export function inTransaction<T>(ctx: HandlerContext, work: () => T): T {
  return ctx.db.transaction(work)();
}

/** An agenda item given as a reference must be an item of the same meeting. */
export function checkAgendaItem(
  repos: Repositories,
  meetingId: string,
  agendaItemId: string | null,
  path = 'agendaItemId',
): void {
  if (!agendaItemId) return;
  const owner = repos.agenda.owner(agendaItemId);
  if (!owner) throw notFoundIn(path, 'agendaItem');
  if (owner.meetingId !== meetingId) throw invalidField(path, 'validation.agendaItemOtherMeeting');
}

/**
 * A person given as a reference must be in the directory. `current` is the value already stored:
 * a record keeps pointing at someone deleted from the directory since, so it can still be edited.
 */
export function checkPerson(repos: Repositories, personId: string | null, path: string, current?: string | null): void {
  if (!personId || personId === current || repos.people.exists(personId)) return;
  throw invalidField(path, 'validation.personUnknown');
}

/** Same as `checkPerson`, for institutions. */
export function checkInstitution(
  repos: Repositories,
  institutionId: string | null,
  path: string,
  current?: string | null,
): void {
  if (!institutionId || institutionId === current || repos.institutions.exists(institutionId)) return;
  throw invalidField(path, 'validation.institutionUnknown');
}
