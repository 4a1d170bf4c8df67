import type { Person } from '../../shared/domain/directory';
import { conflictIn, invalidField } from '../api/errors';
import type { Repositories } from '../db/repositories';
import type { PersonFields } from './repositories/people';

/** The directory's rules for people: references, a NIP held once, and an audit without values. */

const AUDITED_FIELDS = ['name', 'position', 'institutionId', 'nip', 'rank', 'phone', 'email'] as const;

/** Checks a person's references; `prefix` names where the fields sit in the input (`newPerson.`). */
export function checkPersonFields(repos: Repositories, fields: PersonFields, selfId: string | null, prefix = ''): void {
  if (fields.institutionId && !repos.institutions.exists(fields.institutionId)) {
    throw invalidField(`${prefix}institutionId`, 'validation.institutionUnknown');
  }
  if (fields.nip) {
    const holder = repos.people.idWithNip(fields.nip);
    if (holder && holder !== selfId) {
      throw conflictIn(`${prefix}nip`, 'validation.nipTaken');
    }
  }
}

/** Personal data changes are audited by field name only, so the history holds no copy of the values. */
export function auditedChanges(before: Person | null, after: PersonFields): string[] {
  return AUDITED_FIELDS.filter((field) => (before ? before[field] : null) !== after[field]);
}

/**
 * Adds a person to the directory and records it in history (field names only). Also used when a
 * person is typed in while preparing a meeting; call it inside the caller's transaction.
 */
export function createPerson(repos: Repositories, fields: PersonFields): Person {
  const person = repos.people.create(fields);
  repos.history.record({
    entity: 'person',
    entityId: person.id,
    action: 'create',
    changes: { fields: auditedChanges(null, fields) },
  });
  return person;
}
