import { repositoriesOf } from '../../db/repositories';
import { conflictIn, notFound } from '../../api/errors';
import type { HandlerGroup } from '../../api/handler-types';
import { checkInstitution, inTransaction, writablePart } from '../guard';
import { createPerson } from '../../directory/people';
import { addParticipant, arrivalFor } from '../participants';

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
