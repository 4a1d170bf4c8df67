import type { ParsedInputOf } from '../../shared/api/contract';
import {
  roleInMeeting,
  type Attendance,
  type Participant,
  type ParticipantRole,
} from '../../shared/domain/participants';
import type { Repositories } from '../db/repositories';
import { conflictIn } from '../api/errors';
import { checkInstitution, checkPerson, writableMeeting } from './guard';
import { checkPersonFields, createPerson } from '../directory/people';

/** Who is invited and who came: the rules of a meeting's participants. */

/**
 * Someone marked absent or excused did not arrive: their arrival time is dropped. Otherwise it
 * is kept as typed, also before the attendance is set (the time is often noted first).
 */
export function arrivalFor(attendance: Attendance, arrivalTime: string | null): string | null {
  return attendance === 'absent' || attendance === 'excused' ? null : arrivalTime;
}

/** Who presents material or gives directions presents; who opens or closes the meeting hosts it. */
function defaultRole(repos: Repositories, meetingId: string, personId: string | null): ParticipantRole {
  const meeting = repos.meetings.get(meetingId);
  return meeting ? roleInMeeting(personId, meeting, repos.agenda.forMeeting(meetingId)) : 'participant';
}

/**
 * Adds an invitee or a walk-in: a person from the directory, a person typed in now (saved to the
 * directory in the same transaction), a free name, or an institution invited as a whole.
 */
export function addParticipant(repos: Repositories, input: ParsedInputOf<'participants.add'>): Participant {
  const { meetingId } = writableMeeting(repos, input.meetingId);
  checkInstitution(repos, input.institutionId, 'institutionId');
  let personId: string | null = null;
  let institutionId = input.institutionId;
  if (input.personId) {
    checkPerson(repos, input.personId, 'personId');
    personId = input.personId;
    // The institution the person belongs to today, kept as a snapshot for the record.
    institutionId = input.institutionId ?? repos.people.get(input.personId)?.institutionId ?? null;
  }
  if (personId && repos.participants.hasPerson(meetingId, personId)) {
    throw conflictIn('personId', 'validation.alreadyInvited');
  }
  if (input.newPerson) {
    const fields = { ...input.newPerson, institutionId: input.newPerson.institutionId ?? input.institutionId };
    checkPersonFields(repos, fields, null, 'newPerson.');
    const person = createPerson(repos, fields);
    personId = person.id;
    institutionId = person.institutionId;
  }
  const wholeInstitution = !personId && !input.freeName;
  if (wholeInstitution && institutionId && repos.participants.hasWholeInstitution(meetingId, institutionId)) {
    throw conflictIn('institutionId', 'validation.alreadyInvited');
  }
  // A walk-in is added as they arrive: present unless said otherwise.
  const attendance = input.attendance ?? (input.invited ? 'unknown' : 'present');
  return repos.participants.add(meetingId, {
    personId,
    institutionId,
    freeName: personId ? null : input.freeName,
    freePosition: personId ? null : input.freePosition,
    role: input.role ?? defaultRole(repos, meetingId, personId),
    invited: input.invited,
    attendance,
    arrivalTime: arrivalFor(attendance, input.arrivalTime),
  });
}
