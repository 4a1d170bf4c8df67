import { repositoriesOf } from '../../db/repositories';
import { notFound } from '../../api/errors';
import type { HandlerGroup } from '../../api/handler-types';
import { checkAgendaItem, inTransaction, writableMeeting, writablePart } from '../guard';

export const decisionsHandlers: HandlerGroup<'decisions.create' | 'decisions.update' | 'decisions.delete'> = {
  /** Numbered after the meeting's last decision. */
  'decisions.create': (input, ctx) => {
    const repos = repositoriesOf(ctx);
    return inTransaction(ctx, () => {
      const { meetingId } = writableMeeting(repos, input.meetingId);
      checkAgendaItem(repos, meetingId, input.agendaItemId);
      return repos.decisions.create(meetingId, input.agendaItemId, input.body);
    });
  },

  /** Keeps the number. */
  'decisions.update': (input, ctx) => {
    const repos = repositoriesOf(ctx);
    return inTransaction(ctx, () => {
      const { meetingId } = writablePart(repos, 'decision', input.id);
      checkAgendaItem(repos, meetingId, input.agendaItemId);
      const updated = repos.decisions.update(input.id, input.agendaItemId, input.body);
      if (!updated) throw notFound('decision');
      return updated;
    });
  },

  /** The decisions after it move up one number, so the printed list stays 1..n. */
  'decisions.delete': (input, ctx) => {
    const repos = repositoriesOf(ctx);
    return inTransaction(ctx, () => {
      writablePart(repos, 'decision', input.id);
      repos.decisions.remove(input.id);
      return { id: input.id };
    });
  },
};
