import { timeZoneOfCode } from '../../shared/domain/areas';
import { isAhead } from '../../shared/domain/meeting-status';
import { localDateIn } from '../../shared/domain/overdue';
import { formatDateId } from '../../shared/format/dates';
import type { Meeting } from '../../shared/domain/meetings';
import type { ParsedInputOf } from '../../shared/api/contract';
import type { MeetingFields } from './repositories/meetings';
import type { Repositories } from '../db/repositories';
import { invalidField, notFound, refused } from '../api/errors';

/** The rules of a meeting as a whole: its references and time zone, and a copy as a new draft. */

type MeetingInput = Omit<ParsedInputOf<'meetings.create'>, 'timeZone'> & {
  timeZone?: MeetingFields['timeZone'] | undefined;
};

/** Checks references and fills the time zone from the first area when the caller gave none. */
export function meetingFieldsOf(repos: Repositories, input: MeetingInput): MeetingFields {
  input.areaCodes.forEach((code, index) => {
    if (!repos.areas.exists(code)) throw invalidField(`areaCodes.${index}`, 'validation.areaUnknown');
  });
  if (input.chairPersonId && !repos.people.exists(input.chairPersonId)) {
    throw invalidField('chairPersonId', 'validation.personUnknown');
  }
  if (input.minuteTakerPersonId && !repos.people.exists(input.minuteTakerPersonId)) {
    throw invalidField('minuteTakerPersonId', 'validation.personUnknown');
  }
  const firstArea = input.areaCodes[0] ?? '';
  return { ...input, timeZone: input.timeZone ?? timeZoneOfCode(firstArea) };
}

/** Refuses to record as held (or approve) a meeting whose date has not come yet, saying when it is. */
export function refuseIfAhead(now: Date, meeting: Meeting): void {
  if (isAhead(meeting, now)) throw refused('meetingAhead', { date: formatDateId(meeting.date) });
}

/** A held meeting's date cannot move past today: it has happened. */
export function refuseHeldMeetingAhead(now: Date, status: Meeting['status'], fields: MeetingFields): void {
  if (status !== 'held' || !isAhead(fields, now)) return;
  throw invalidField('date', 'validation.heldMeetingAhead', { today: formatDateId(localDateIn(fields.timeZone, now)) });
}

export function meetingOrNotFound(repos: Repositories, id: string): Meeting {
  const meeting = repos.meetings.get(id);
  if (!meeting) throw notFound('meeting');
  return meeting;
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
export function duplicateMeeting(repos: Repositories, input: ParsedInputOf<'meetings.duplicate'>): Meeting {
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
