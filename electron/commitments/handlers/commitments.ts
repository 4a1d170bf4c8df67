import type { Commitment } from '../../../shared/domain/commitments';
import type { CommitmentFields } from '../repositories/commitments';
import { repositoriesOf, type Repositories } from '../../db/repositories';
import { notFound } from '../../api/errors';
import type { HandlerGroup } from '../../api/handler-types';
import {
  checkAgendaItem,
  checkInstitution,
  checkPerson,
  inTransaction,
  writableMeeting,
  writablePart,
} from '../../meetings/guard';

const FIELDS = [
  'agendaItemId',
  'institutionId',
  'contactPersonId',
  'description',
  'dueDate',
  'indicator',
  'target',
] as const satisfies readonly (keyof CommitmentFields)[];

function commitmentFieldsOf(input: CommitmentFields): CommitmentFields {
  return Object.fromEntries(FIELDS.map((field) => [field, input[field]])) as unknown as CommitmentFields;
}

function checkReferences(
  repos: Repositories,
  meetingId: string,
  fields: CommitmentFields,
  current: Commitment | null,
): void {
  checkAgendaItem(repos, meetingId, fields.agendaItemId);
  checkInstitution(repos, fields.institutionId, 'institutionId', current?.institutionId);
  checkPerson(repos, fields.contactPersonId, 'contactPersonId', current?.contactPersonId);
}

/** What an update changed, field by field, for the commitment's timeline in the follow-up ledger. */
function changesOf(before: Commitment, after: CommitmentFields): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const field of FIELDS) {
    if (before[field] !== after[field]) changes[field] = { from: before[field], to: after[field] };
  }
  return changes;
}

/**
 * Commitments made in the meeting. Every create, update and delete is recorded in history
 * (entity `commitment`, with the meeting), because the follow-up ledger later shows each
 * commitment's timeline: what was promised, and how its wording changed.
 */
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
