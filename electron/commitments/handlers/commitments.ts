import { repositoriesOf } from '../../db/repositories';
import { notFound } from '../../api/errors';
import type { HandlerGroup } from '../../api/handler-types';
import { inTransaction, writableMeeting, writablePart } from '../../meetings/guard';
import { changesOf, checkReferences, commitmentFieldsOf } from '../commitments';

export const commitmentsHandlers: HandlerGroup<'commitments.create' | 'commitments.update' | 'commitments.delete'> = {
  'commitments.create': (input, ctx) => {
    const repos = repositoriesOf(ctx);
    return inTransaction(ctx, () => {
      const { meetingId } = writableMeeting(repos, input.meetingId);
      const fields = commitmentFieldsOf(input);
      checkReferences(repos, meetingId, fields, null);
      const commitment = repos.commitments.create(meetingId, fields);
      repos.history.record({
        entity: 'commitment',
        entityId: commitment.id,
        action: 'create',
        changes: fields,
        meetingId,
      });
      return commitment;
    });
  },

  'commitments.update': (input, ctx) => {
    const repos = repositoriesOf(ctx);
    return inTransaction(ctx, () => {
      const { meetingId } = writablePart(repos, 'commitment', input.id);
      const before = repos.commitments.get(input.id);
      if (!before) throw notFound('commitment');
      const fields = commitmentFieldsOf(input);
      checkReferences(repos, meetingId, fields, before);
      const updated = repos.commitments.update(input.id, fields);
      if (!updated) throw notFound('commitment');
      const changes = changesOf(before, fields);
      if (Object.keys(changes).length > 0) {
        repos.history.record({ entity: 'commitment', entityId: input.id, action: 'update', changes, meetingId });
      }
      return updated;
    });
  },

  'commitments.delete': (input, ctx) => {
    const repos = repositoriesOf(ctx);
    return inTransaction(ctx, () => {
      const { meetingId } = writablePart(repos, 'commitment', input.id);
      repos.commitments.remove(input.id);
      repos.history.record({ entity: 'commitment', entityId: input.id, action: 'delete', meetingId });
      return { id: input.id };
    });
  },
};
