import { AppError } from '../../../shared/api/result';
import { timeZoneOfCode } from '../../../shared/domain/areas';
import { canApprove, canChangeStatus, canUnlock, isAhead } from '../../../shared/domain/meeting-status';
import { localDateIn } from '../../../shared/domain/overdue';
import { formatDateId } from '../../../shared/format/dates';
import type { Meeting } from '../../../shared/domain/meetings';
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { Db } from '../../db/connection';
import { nowIso } from '../../db/ids';
import type { MeetingFields } from '../../db/repositories/meetings';
import { repositoriesOf, type Repositories } from '../../db/repositories';
import { notFound, unknownReference } from '../errors';
import type { HandlerGroup } from '../handler-types';
import { checkInvitationNumber } from '../../letters/service';
import { nowOf, type HandlerContext } from '../context';
import { approvalCheck } from '../../documents/signer-check';
import { readWorkspace, recordApprovedNames } from '../../services/meeting-workspace';
import { inTransaction, writableMeeting } from './meeting-guard';

type MeetingInput = Omit<ParsedInputOf<'meetings.create'>, 'timeZone'> & {
  timeZone?: MeetingFields['timeZone'] | undefined;
};

/** Checks references and fills the time zone from the first area when the caller gave none. */
function meetingFieldsOf(repos: Repositories, input: MeetingInput): MeetingFields {
  input.areaCodes.forEach((code, index) => {
    if (!repos.areas.exists(code)) throw unknownReference(`areaCodes.${index}`, 'validation.areaUnknown');
  });
  if (input.chairPersonId && !repos.people.exists(input.chairPersonId)) {
    throw unknownReference('chairPersonId', 'validation.personUnknown');
  }
  if (input.minuteTakerPersonId && !repos.people.exists(input.minuteTakerPersonId)) {
    throw unknownReference('minuteTakerPersonId', 'validation.personUnknown');
  }
  const firstArea = input.areaCodes[0] ?? '';
  return { ...input, timeZone: input.timeZone ?? timeZoneOfCode(firstArea) };
}

/** Refuses to record as held (or approve) a meeting whose date has not come yet, saying when it is. */
function refuseIfAhead(ctx: HandlerContext, meeting: Meeting): void {
  if (isAhead(meeting, nowOf(ctx))) {
    throw new AppError('CONFLICT', 'error.meetingAhead', { date: formatDateId(meeting.date) });
  }
}

/** A held meeting's date cannot move past today: it has happened. */
function refuseHeldMeetingAhead(ctx: HandlerContext, status: Meeting['status'], fields: MeetingFields): void {
  if (status !== 'held' || !isAhead(fields, nowOf(ctx))) return;
  const today = formatDateId(localDateIn(fields.timeZone, nowOf(ctx)));
  throw new AppError('VALIDATION', 'error.validation', undefined, [
    { path: 'date', key: 'validation.heldMeetingAhead', params: { today } },
  ]);
}

function meetingOrNotFound(repos: Repositories, id: string): Meeting {
  const meeting = repos.meetings.get(id);
  if (!meeting) throw notFound('meeting');
  return meeting;
}

/**
 * Runs an approval or unlock with `synchronous = FULL`: the chair was told the minutes are
 * approved, so that commit must survive a power cut right after it (NORMAL, the default in WAL
 * mode, may lose the last commits). The pragma cannot change inside a transaction, hence outside.
 */
function durably<T>(db: Db, work: () => T): T {
  const previous = Number(db.pragma('synchronous', { simple: true }));
  db.pragma('synchronous = FULL');
  try {
    return work();
  } finally {
    db.pragma(`synchronous = ${previous}`);
  }
}

/** A copy's references skip people and institutions deleted from the directory since. */
function activePerson(repos: Repositories, id: string | null): string | null {
  return id && repos.people.exists(id) ? id : null;
}

function activeInstitution(repos: Repositories, id: string | null): string | null {
  return id && repos.institutions.exists(id) ? id : null;
}

/**
 * Copies a meeting's details, areas, agenda and invitees into a new draft (or template). Not
 * copied: attendance, walk-ins, minutes, decisions, commitments, the summary, and the invitation
 * letter number (a new meeting needs its own letter). Agenda items lose their fixed start times:
 * they follow one another from the new meeting's start.
 */
function duplicateMeeting(repos: Repositories, input: ParsedInputOf<'meetings.duplicate'>): Meeting {
  const source = meetingOrNotFound(repos, input.id);
  const copy = repos.meetings.create(
    {
      title: input.title ?? source.title,
      kind: source.kind,
      hostLevel: source.hostLevel,
      areaCodes: source.areas.map((area) => area.code),
      date: input.date ?? source.date,
      startTime: source.startTime,
      endTime: source.endTime,
      timeZone: source.timeZone,
      venue: source.venue,
      chairPersonId: activePerson(repos, source.chairPersonId),
      chairRole: source.chairRole,
      minuteTakerPersonId: activePerson(repos, source.minuteTakerPersonId),
      invitationNumber: null,
    },
    { isTemplate: input.asTemplate, sourceMeetingId: source.id },
  );
  for (const item of repos.agenda.forMeeting(source.id)) {
    repos.agenda.create(copy.id, {
      kind: item.kind,
      title: item.title,
      presenterPersonId: activePerson(repos, item.presenterPersonId),
      presenterInstitutionId: activeInstitution(repos, item.presenterInstitutionId),
      startTime: null,
      durationMinutes: item.durationMinutes,
      notes: item.notes,
    });
  }
  for (const participant of repos.participants.forMeeting(source.id)) {
    if (!participant.invited) continue;
    let institutionId = activeInstitution(repos, participant.institutionId);
    if (participant.personId) {
      const person = repos.people.get(participant.personId);
      if (!person) continue;
      // The new meeting records where the person works now.
      institutionId = person.institutionId ?? institutionId;
    } else if (!participant.freeName && !institutionId) continue;
    repos.participants.add(copy.id, {
      personId: participant.personId,
      institutionId,
      freeName: participant.freeName,
      freePosition: participant.freePosition,
      role: participant.role,
      invited: true,
      attendance: 'unknown',
      arrivalTime: null,
    });
  }
  return meetingOrNotFound(repos, copy.id);
}

export const meetingsHandlers: HandlerGroup<
  | 'meetings.list'
  | 'meetings.get'
  | 'meetings.create'
  | 'meetings.update'
  | 'meetings.delete'
  | 'meetings.workspace'
  | 'meetings.setStatus'
  | 'meetings.approvalCheck'
  | 'meetings.approve'
  | 'meetings.unlock'
  | 'meetings.updateSummary'
  | 'meetings.duplicate'
> = {
  'meetings.list': (input, ctx) => repositoriesOf(ctx.db).meetings.list(input),

  'meetings.get': (input, ctx) => meetingOrNotFound(repositoriesOf(ctx.db), input.id),

  'meetings.create': (input, ctx) => {
    const repos = repositoriesOf(ctx.db);
    checkInvitationNumber(ctx.db, null, input.invitationNumber);
    return repos.meetings.create(meetingFieldsOf(repos, input));
  },

  'meetings.update': (input, ctx) => {
    const repos = repositoriesOf(ctx.db);
    const { id, ...rest } = input;
    return inTransaction(ctx, () => {
      const { status } = writableMeeting(repos, id);
      checkInvitationNumber(ctx.db, id, rest.invitationNumber);
      const fields = meetingFieldsOf(repos, rest);
      refuseHeldMeetingAhead(ctx, status, fields);
      const updated = repos.meetings.update(id, fields);
      if (!updated) throw notFound('meeting');
      return updated;
    });
  },

  'meetings.delete': (input, ctx) => {
    const repos = repositoriesOf(ctx.db);
    return inTransaction(ctx, () => {
      writableMeeting(repos, input.id);
      // Its commitments go with it: each leaves the ledger, so each timeline records the deletion.
      const commitments = repos.commitments.forMeeting(input.id);
      repos.meetings.remove(input.id);
      repos.history.record({ entity: 'meeting', entityId: input.id, action: 'delete', meetingId: input.id });
      for (const commitment of commitments) {
        repos.history.record({
          entity: 'commitment',
          entityId: commitment.id,
          action: 'delete',
          changes: { withMeeting: true },
          meetingId: input.id,
        });
      }
      return { id: input.id };
    });
  },

  /** Everything the workspace shows, read in one transaction so the parts agree with each other. */
  'meetings.workspace': (input, ctx) => readWorkspace(ctx.db, input.id),

  'meetings.setStatus': (input, ctx) => {
    const repos = repositoriesOf(ctx.db);
    return inTransaction(ctx, () => {
      const { status: from } = writableMeeting(repos, input.id);
      const to = input.status;
      if (!canChangeStatus(from, to))
        throw new AppError('CONFLICT', 'error.statusTransition', {
          from: `meetingStatus.${from}`,
          to: `meetingStatus.${to}`,
        });
      if (to === 'held') refuseIfAhead(ctx, meetingOrNotFound(repos, input.id));
      repos.meetings.setStatus(input.id, to);
      repos.history.record({
        entity: 'meeting',
        entityId: input.id,
        action: 'status',
        changes: { from, to },
        meetingId: input.id,
      });
      return meetingOrNotFound(repos, input.id);
    });
  },

  /** The chair's approval: held → approved, which locks the meeting. */
  'meetings.approvalCheck': (input, ctx) => {
    meetingOrNotFound(repositoriesOf(ctx.db), input.id);
    return approvalCheck(ctx.db, input.id);
  },

  'meetings.approve': (input, ctx) => {
    const repos = repositoriesOf(ctx.db);
    return durably(ctx.db, () =>
      inTransaction(ctx, () => {
        const from = repos.meetings.status(input.id);
        if (from === null) throw notFound('meeting');
        if (!canApprove(from)) throw new AppError('CONFLICT', 'error.cannotApprove');
        refuseIfAhead(ctx, meetingOrNotFound(repos, input.id));
        recordApprovedNames(ctx.db, input.id);
        repos.meetings.setStatus(input.id, 'approved', nowIso());
        repos.history.record({
          entity: 'meeting',
          entityId: input.id,
          action: 'approve',
          changes: { from, to: 'approved' },
          meetingId: input.id,
        });
        return meetingOrNotFound(repos, input.id);
      }),
    );
  },

  /** approved → held, with the reason kept in history; the meeting can be changed again. */
  'meetings.unlock': (input, ctx) => {
    const repos = repositoriesOf(ctx.db);
    return durably(ctx.db, () =>
      inTransaction(ctx, () => {
        const from = repos.meetings.status(input.id);
        if (from === null) throw notFound('meeting');
        if (!canUnlock(from)) throw new AppError('CONFLICT', 'error.cannotUnlock');
        // Unlocked minutes can be corrected, names included: they follow the directory again.
        repos.recordedNames.forget(input.id);
        repos.meetings.setStatus(input.id, 'held', null);
        repos.history.record({
          entity: 'meeting',
          entityId: input.id,
          action: 'unlock',
          changes: { from, to: 'held' },
          reason: input.reason,
          meetingId: input.id,
        });
        return meetingOrNotFound(repos, input.id);
      }),
    );
  },

  'meetings.updateSummary': (input, ctx) => {
    const repos = repositoriesOf(ctx.db);
    return inTransaction(ctx, () => {
      writableMeeting(repos, input.id);
      repos.meetings.setSummary(input.id, { summary: input.summary, closingTime: input.closingTime });
      return meetingOrNotFound(repos, input.id);
    });
  },

  /** Allowed for an approved meeting too: the copy is a new draft and the source is only read. */
  'meetings.duplicate': (input, ctx) => {
    const repos = repositoriesOf(ctx.db);
    return inTransaction(ctx, () => duplicateMeeting(repos, input));
  },
};
