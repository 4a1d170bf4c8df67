import { maskPhone } from '../../../shared/format/personal';
import { auditedChanges, checkPersonFields, createPerson } from '../people';
import { repositoriesOf } from '../../db/repositories';
import { notFound } from '../../api/errors';
import type { HandlerGroup } from '../../api/handler-types';
import { withCopies } from '../links';

export const peopleHandlers: HandlerGroup<
  'people.list' | 'people.get' | 'people.create' | 'people.update' | 'people.delete'
> = {
  'people.list': (input, ctx) => {
    const repos = repositoriesOf(ctx);
    const page = withCopies(repos, 'people', repos.people.list(input));
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
