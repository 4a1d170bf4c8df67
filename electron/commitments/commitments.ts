import type { Commitment } from '../../shared/domain/commitments';
import type { CommitmentFields } from './repositories/commitments';
import type { Repositories } from '../db/repositories';
import { checkAgendaItem, checkInstitution, checkPerson } from '../meetings/guard';

/** The rules of commitments made in a meeting: their fields, references and the changes their timeline records. */

export const FIELDS = [
  'agendaItemId',
  'institutionId',
  'contactPersonId',
  'description',
  'dueDate',
  'indicator',
  'target',
] as const satisfies readonly (keyof CommitmentFields)[];

export function commitmentFieldsOf(input: CommitmentFields): CommitmentFields {
  return Object.fromEntries(FIELDS.map((field) => [field, input[field]])) as unknown as CommitmentFields;
}

export function checkReferences(
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
export function changesOf(before: Commitment, after: CommitmentFields): Record<string, { from: unknown; to: unknown }> {
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
