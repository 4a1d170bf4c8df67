import { repositoriesOf } from '../../db/repositories';
import { invalidField, notFound, notFoundIn } from '../../api/errors';
import type { HandlerGroup } from '../../api/handler-types';
import { checkAgendaItem, checkPerson, inTransaction, writableMeeting, writablePart } from '../guard';
import { minutesFieldsOf } from '../minutes';

export const minutesHandlers: HandlerGroup<'minutes.create' | 'minutes.update' | 'minutes.delete'> = {
  /** Enter in the minutes: appends to the agenda item's entries, or inserts right after `afterId`. */
  'minutes.create': (input, ctx) => {
    const repos = repositoriesOf(ctx);
    return inTransaction(ctx, () => {
      const { meetingId } = writableMeeting(repos, input.meetingId);
      checkAgendaItem(repos, meetingId, input.agendaItemId);
      checkPerson(repos, input.speakerPersonId, 'speakerPersonId');
      let afterPosition: number | null = null;
      if (input.afterId) {
        const after = repos.minutes.place(input.afterId);
        if (!after || after.meetingId !== meetingId) {
          throw notFoundIn('afterId', 'minutesEntry');
        }
        // The entry to insert after must sit under the same agenda item as the new one.
        if (after.agendaItemId !== input.agendaItemId) throw invalidField('afterId', 'validation.invalid');
        afterPosition = after.position;
      }
      return repos.minutes.create(meetingId, input.agendaItemId, minutesFieldsOf(input), afterPosition);
    });
  },

  /**
   * The autosave target, called again and again while the minute-taker types: the lock check is
   * one indexed query, the write one UPDATE by primary key, and the body is stored exactly as sent
   * (not trimmed: newlines and spaces are the minute-taker's).
   */
  'minutes.update': (input, ctx) => {
    const repos = repositoriesOf(ctx);
    return inTransaction(ctx, () => {
      writablePart(repos, 'minutesEntry', input.id);
      if (input.speakerPersonId && !repos.people.exists(input.speakerPersonId)) {
        checkPerson(repos, input.speakerPersonId, 'speakerPersonId', repos.minutes.get(input.id)?.speakerPersonId);
      }
      const { id, ...patch } = input;
      const updated = repos.minutes.update(id, patch);
      if (!updated) throw notFound('minutesEntry');
      return updated;
    });
  },

  'minutes.delete': (input, ctx) => {
    const repos = repositoriesOf(ctx);
    return inTransaction(ctx, () => {
      writablePart(repos, 'minutesEntry', input.id);
      repos.minutes.remove(input.id);
      return { id: input.id };
    });
  },
};
