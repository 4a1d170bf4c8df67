import { AppError } from '../../shared/api/result';
import { timeZoneOfCode, type TimeZone } from '../../shared/domain/areas';
import type { CommitmentStatus } from '../../shared/domain/commitments';
import type { OfficeIdentity } from '../../shared/domain/settings';
import type { Repositories } from '../db/repositories';
import type { CommitmentFollowUp } from './repositories/commitments';
import type { LedgerClock } from './repositories/ledger';
import type { HandlerContext } from '../api/context';
import { notFound } from '../api/errors';

/**
 * The zone of what has no meeting (commitments typed outside a meeting, the dashboard's "today"):
 * the office's, from its kabupaten; WIB until the office is set up.
 */
export function officeZoneOf(repos: Repositories): TimeZone {
  const office = repos.settings.get<OfficeIdentity>('office');
  return office ? timeZoneOfCode(office.kabupatenCode) : 'WIB';
}

export function clockOf(ctx: HandlerContext, repos: Repositories): LedgerClock {
  return { now: ctx.now(), officeZone: officeZoneOf(repos) };
}

/** The commitment's follow-up facts, or NOT_FOUND. */
export function followUpOrNotFound(repos: Repositories, id: string): CommitmentFollowUp {
  const found = repos.commitments.followUp(id);
  if (!found) throw notFound('commitment');
  return found;
}

/**
 * The meeting in which progress was reported (the carry-over review): it must exist, not be a
 * template, and be later than the commitment's own meeting (a later date, or the same date and a
 * later start). Null when none was given.
 */
export function reportingMeeting(
  repos: Repositories,
  commitment: CommitmentFollowUp,
  meetingId: string | null,
): { id: string; date: string } | null {
  if (!meetingId) return null;
  const meeting = repos.meetings.get(meetingId);
  if (!meeting || meeting.isTemplate) {
    throw new AppError('NOT_FOUND', 'error.notFound.meeting', undefined, [
      { path: 'meetingId', key: 'error.notFound.meeting' },
    ]);
  }
  if (commitment.meetingAt !== null && `${meeting.date} ${meeting.startTime}` <= commitment.meetingAt) {
    throw new AppError('VALIDATION', 'error.validation', undefined, [
      { path: 'meetingId', key: 'validation.reportingMeetingNotLater' },
    ]);
  }
  return { id: meeting.id, date: meeting.date };
}

/**
 * Moves a commitment's status and records it in history (entity `commitment`, action `status`,
 * `{from, to}`), against the reporting meeting if any, else the commitment's own meeting. Nothing
 * happens when the status does not change.
 */
export function moveStatus(
  repos: Repositories,
  id: string,
  commitment: CommitmentFollowUp,
  to: CommitmentStatus,
  onDate: string,
  reportingMeetingId: string | null,
): boolean {
  if (commitment.status === to) return false;
  repos.commitments.setStatus(id, to, onDate);
  repos.history.record({
    entity: 'commitment',
    entityId: id,
    action: 'status',
    changes: { from: commitment.status, to },
    meetingId: reportingMeetingId ?? commitment.meetingId,
  });
  return true;
}
