import { AppError } from '../../../shared/api/result';
import { maskPhone } from '../../../shared/format/personal';
import type { Person } from '../../../shared/domain/directory';
import type { PersonFields } from '../repositories/people';
import { repositoriesOf, type Repositories } from '../../db/repositories';
import { notFound, unknownReference } from '../../api/errors';
import type { HandlerGroup } from '../../api/handler-types';

const AUDITED_FIELDS = ['name', 'position', 'institutionId', 'nip', 'rank', 'phone', 'email'] as const;

/** Checks a person's references; `prefix` names where the fields sit in the input (`newPerson.`). */
export function checkPersonFields(repos: Repositories, fields: PersonFields, selfId: string | null, prefix = ''): void {
  if (fields.institutionId && !repos.institutions.exists(fields.institutionId)) {
    throw unknownReference(`${prefix}institutionId`, 'validation.institutionUnknown');
  }
  if (fields.nip) {
    const holder = repos.people.idWithNip(fields.nip);
    if (holder && holder !== selfId) {
      throw new AppError('CONFLICT', 'error.validation', undefined, [
        { path: `${prefix}nip`, key: 'validation.nipTaken' },
      ]);
    }
  }
}

/** Personal data changes are audited by field name only, so the history holds no copy of the values. */
function auditedChanges(before: Person | null, after: PersonFields): string[] {
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

export const peopleHandlers: HandlerGroup<
  'people.list' | 'people.get' | 'people.create' | 'people.update' | 'people.delete'
> = {
  'people.list': (input, ctx) => {
    const page = repositoriesOf(ctx).people.list(input);
    return { ...page, items: page.items.map((person) => ({ ...person, phone: maskPhone(person.phone) })) };
  },

  'people.get': (input, ctx) => {
    const person = repositoriesOf(ctx).people.get(input.id);
    if (!person) throw notFound('person');
    return person;
  },

  'people.create': (input, ctx) => {
    const repos = repositoriesOf(ctx);
    checkPersonFields(repos, input, null);
    return ctx.db.transaction(() => createPerson(repos, input))();
  },

  'people.update': (input, ctx) => {
    const repos = repositoriesOf(ctx);
    const { id, ...fields } = input;
    const before = repos.people.get(id);
    if (!before) throw notFound('person');
    checkPersonFields(repos, fields, id);
    return ctx.db.transaction(() => {
      const updated = repos.people.update(id, fields);
      if (!updated) throw notFound('person');
      const changed = auditedChanges(before, fields);
      if (changed.length)
        repos.history.record({ entity: 'person', entityId: id, action: 'update', changes: { fields: changed } });
      return updated;
    })();
  },

  'people.delete': (input, ctx) => {
    const repos = repositoriesOf(ctx);
    return ctx.db.transaction(() => {
      if (!repos.people.remove(input.id)) throw notFound('person');
      repos.history.record({ entity: 'person', entityId: input.id, action: 'delete' });
      return { id: input.id };
    })();
  },
};
