import type { ParsedInputOf } from '../../../shared/api/contract';
import type { Attendance, Participant } from '../../../shared/domain/participants';
import { repositoriesOf, type Repositories } from '../../db/repositories';
import { conflictIn, notFound } from '../../api/errors';
import type { HandlerGroup } from '../../api/handler-types';
import { checkInstitution, checkPerson, inTransaction, writableMeeting, writablePart } from '../guard';
import { checkPersonFields, createPerson } from '../../directory/people';

/**
 * Someone marked absent or excused did not arrive: their arrival time is dropped. Otherwise it
 * is kept as typed, also before the attendance is set (the time is often noted first).
 */
function arrivalFor(attendance: Attendance, arrivalTime: string | null): string | null {
  return attendance === 'absent' || attendance === 'excused' ? null : arrivalTime;
}

/**
 * Adds an invitee or a walk-in: a person from the directory, a person typed in now (saved to the
 * directory in the same transaction), a free name, or an institution invited as a whole.
 */
function addParticipant(repos: Repositories, input: ParsedInputOf<'participants.add'>): Participant {
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
    role: input.role,
    invited: input.invited,
    attendance,
    arrivalTime: arrivalFor(attendance, input.arrivalTime),
  });
}

export const participantsHandlers: HandlerGroup<
  | 'participants.add'
  | 'participants.update'
  | 'participants.remove'
  | 'participants.setAttendance'
  | 'participants.toDirectory'
> = {
  'participants.add': (input, ctx) => {
    const repos = repositoriesOf(ctx);
    return inTransaction(ctx, () => addParticipant(repos, input));
  },

  /** Changes the role; several chairs or minute-takers are allowed (co-chairs, two notulis). */
  'participants.update': (input, ctx) => {
    const repos = repositoriesOf(ctx);
    return inTransaction(ctx, () => {
      writablePart(repos, 'participant', input.id);
      const updated = repos.participants.setRole(input.id, input.role);
      if (!updated) throw notFound('participant');
      return updated;
    });
  },

  'participants.remove': (input, ctx) => {
    const repos = repositoriesOf(ctx);
    return inTransaction(ctx, () => {
      writablePart(repos, 'participant', input.id);
      repos.participants.remove(input.id);
      return { id: input.id };
    });
  },

  /**
   * Records attendance. The stand-in is kept only for "represented" (cleared otherwise); switching
   * to absent or excused also clears the arrival time.
   */
  'participants.setAttendance': (input, ctx) => {
    const repos = repositoriesOf(ctx);
    return inTransaction(ctx, () => {
      writablePart(repos, 'participant', input.id);
      const represented = input.attendance === 'represented';
      const updated = repos.participants.setAttendance(input.id, {
        attendance: input.attendance,
        standInName: represented ? input.standInName : null,
        standInPosition: represented ? input.standInPosition : null,
        arrivalTime: arrivalFor(input.attendance, input.arrivalTime),
      });
      if (!updated) throw notFound('participant');
      return updated;
    });
  },

  /** Offers a walk-in typed as a free name to the directory and links the participant to the new person. */
  'participants.toDirectory': (input, ctx) => {
    const repos = repositoriesOf(ctx);
    return inTransaction(ctx, () => {
      writablePart(repos, 'participant', input.id);
      const participant = repos.participants.get(input.id);
      if (!participant) throw notFound('participant');
      if (participant.personId || !participant.freeName) throw conflictIn('id', 'validation.notWalkIn');
      const institutionId = input.institutionId ?? participant.institutionId;
      checkInstitution(repos, institutionId, 'institutionId', participant.institutionId);
      const person = createPerson(repos, {
        name: participant.freeName,
        position: participant.freePosition,
        institutionId: institutionId && repos.institutions.exists(institutionId) ? institutionId : null,
        nip: null,
        rank: null,
        phone: null,
        email: null,
      });
      const linked = repos.participants.linkPerson(input.id, person.id, institutionId);
      if (!linked) throw notFound('participant');
      return linked;
    });
  },
};
