import type { ParsedInputOf } from '../../shared/api/contract';
import { timeZoneOfCode, type TimeZone } from '../../shared/domain/areas';
import type { Commitment, CommitmentStatus } from '../../shared/domain/commitments';

import type { CarryOverItem, CommitmentDetail, ProgressUpdate } from '../../shared/domain/follow-up';
import { isOverdue, localDateIn } from '../../shared/domain/overdue';
import type { OfficeIdentity } from '../../shared/domain/settings';
import { invalidField, notFound, notFoundIn } from '../api/errors';
import type { DataContext } from '../db/clock';
import { originOf } from '../db/ownership';
import type { Repositories } from '../db/repositories';

import type { CommitmentFollowUp } from './repositories/commitments';
import { toLedgerItem, type LedgerClock, type LedgerFilter } from './repositories/ledger';

/**
 * The zone of what has no meeting (commitments typed outside a meeting, the dashboard's "today"):
 * the office's, from its kabupaten; WIB until the office is set up.
 */
export function officeZoneOf(repos: Repositories): TimeZone {
  const office = repos.settings.get<OfficeIdentity>('office');
  return office ? timeZoneOfCode(office.kabupatenCode) : 'WIB';
}

export function clockOf(ctx: DataContext, repos: Repositories): LedgerClock {
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
    throw notFoundIn('meetingId', 'meeting');
  }
  if (commitment.meetingAt !== null && `${meeting.date} ${meeting.startTime}` <= commitment.meetingAt) {
    throw invalidField('meetingId', 'validation.reportingMeetingNotLater');
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

/**
 * A status move, dated the reporting meeting's date or today in the commitment's zone. With a
 * note or a reporting meeting it is also a progress update, so it shows in the timeline and in
 * that meeting's review. Call it inside a transaction.
 */
export function setCommitmentStatus(
  ctx: DataContext,
  repos: Repositories,
  input: ParsedInputOf<'commitments.setStatus'>,
): Commitment {
  const commitment = followUpOrNotFound(repos, input.id);
  const meeting = reportingMeeting(repos, commitment, input.meetingId);
  const zone = commitment.meetingZone ?? officeZoneOf(repos);
  const onDate = meeting?.date ?? localDateIn(zone, ctx.now());
  const moved = moveStatus(repos, input.id, commitment, input.status, onDate, meeting?.id ?? null);
  if (input.note !== null || meeting) {
    repos.progress.add({
      commitmentId: input.id,
      meetingId: meeting?.id ?? null,
      reportedOn: onDate,
      note: input.note,
      percent: null,
      statusAfter: input.status,
      reportedByPersonId: null,
      reportedByText: null,
    });
    if (!moved) repos.commitments.touch(input.id);
  }
  return repos.commitments.get(input.id) as Commitment;
}

/** A commitment with its meeting, whether it is overdue, its progress updates and its history. */
export function commitmentDetail(ctx: DataContext, repos: Repositories, id: string): CommitmentDetail {
  const facts = followUpOrNotFound(repos, id);
  const commitment = repos.commitments.get(id) as Commitment;
  const timeZone = facts.meetingZone ?? officeZoneOf(repos);
  return {
    commitment,
    overdue: isOverdue(commitment, timeZone, ctx.now()),
    meetingTitle: facts.meetingTitle,
    meetingDate: facts.meetingDate,
    meetingStatus: facts.meetingStatus,
    timeZone,
    updates: repos.progress.forCommitment(id),
    history: repos.history.forEntity('commitment', id),
    origin: originOf(ctx.db, 'commitments', id),
  };
}

/**
 * The review of earlier commitments at the start of a meeting: open commitments of earlier
 * meetings of overlapping areas, and those updated during this meeting (so one marked done in the
 * review stays on the list with its update).
 */
export function carryOver(
  clock: LedgerClock,
  repos: Repositories,
  input: ParsedInputOf<'commitments.carryOver'>,
): { items: CarryOverItem[]; total: number } {
  const meeting = repos.meetings.get(input.meetingId);
  if (!meeting) throw notFound('meeting');
  const keys = repos.ledger.carryOverKeys(
    meeting.id,
    `${meeting.date} ${meeting.startTime}`,
    meeting.areas.map((area) => area.code),
  );
  const updates = new Map<string, ProgressUpdate[]>();
  for (const update of repos.progress.inMeeting(meeting.id)) {
    const list = updates.get(update.commitmentId) ?? [];
    list.push(update);
    updates.set(update.commitmentId, list);
  }
  const items = repos.ledger
    .rows(keys.slice(0, input.limit), clock)
    .map((row): CarryOverItem => ({ ...toLedgerItem(row), updatesInThisMeeting: updates.get(row.id) ?? [] }));
  return { items, total: keys.length };
}

/** The filter fields the ledger, its export and the commitment report share. */
const LEDGER_FILTER_FIELDS = [
  'query',
  'statuses',
  'overdueOnly',
  'institutionId',
  'sector',
  'areaCode',
  'meetingId',
  'officeId',
  'dueFrom',
  'dueTo',
  'completedFrom',
  'completedTo',
] as const satisfies readonly (keyof LedgerFilter)[];

/** The ledger's filter out of a call's input (the ledger, the XLSX export, the commitment report). */
export function ledgerFilterOf(input: LedgerFilter): LedgerFilter {
  const filter: Record<string, unknown> = {};
  for (const field of LEDGER_FILTER_FIELDS) filter[field] = input[field];
  return filter as LedgerFilter;
}
