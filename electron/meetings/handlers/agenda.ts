import { repositoriesOf } from '../../db/repositories';
import { notFound } from '../../api/errors';
import type { HandlerGroup } from '../../api/handler-types';
import { inTransaction, writableMeeting, writablePart } from '../guard';
import { agendaFieldsOf, checkPresenter } from '../agenda';

export const agendaHandlers: HandlerGroup<'agenda.create' | 'agenda.update' | 'agenda.delete' | 'agenda.move'> = {
  'agenda.create': (input, ctx) => {
    const repos = repositoriesOf(ctx);
    return inTransaction(ctx, () => {
      writableMeeting(repos, input.meetingId);
      const fields = agendaFieldsOf(input);
      checkPresenter(repos, fields);
      return repos.agenda.create(input.meetingId, fields, input.position);
    });
  },

  'agenda.update': (input, ctx) => {
    const repos = repositoriesOf(ctx);
    return inTransaction(ctx, () => {
      writablePart(repos, 'agendaItem', input.id);
      const fields = agendaFieldsOf(input);
      checkPresenter(repos, fields, repos.agenda.get(input.id));
      const updated = repos.agenda.update(input.id, fields);
      if (!updated) throw notFound('agendaItem');
      return updated;
    });
  },

  'agenda.delete': (input, ctx) => {
    const repos = repositoriesOf(ctx);
    return inTransaction(ctx, () => {
      const { meetingId } = writablePart(repos, 'agendaItem', input.id);
      // Commitments under the item lose the link: a change of their wording, kept in their timeline.
      const unlinked = repos.commitments.forMeeting(meetingId).filter((c) => c.agendaItemId === input.id);
      repos.agenda.remove(input.id, meetingId);
      for (const commitment of unlinked) {
        repos.history.record({
          entity: 'commitment',
          entityId: commitment.id,
          action: 'update',
          changes: { agendaItemId: { from: input.id, to: null } },
          meetingId,
        });
      }
      return { id: input.id };
    });
  },

  /** Moves an item to a 0-based place (drag and drop, or Alt+↑/↓); answers the whole agenda in order. */
  'agenda.move': (input, ctx) => {
    const repos = repositoriesOf(ctx);
    return inTransaction(ctx, () => {
      const { meetingId } = writablePart(repos, 'agendaItem', input.id);
      return repos.agenda.move(input.id, meetingId, input.toPosition);
    });
  },
};
