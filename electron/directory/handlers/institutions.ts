import type { InstitutionFields } from '../repositories/institutions';
import { repositoriesOf, type Repositories } from '../../db/repositories';
import { invalidField, notFound, refused } from '../../api/errors';
import type { HandlerGroup } from '../../api/handler-types';
import { withCopies } from '../links';

function checkReferences(repos: Repositories, fields: InstitutionFields): void {
  if (fields.areaCode && !repos.areas.exists(fields.areaCode)) throw invalidField('areaCode', 'validation.areaUnknown');
}

export const institutionsHandlers: HandlerGroup<
  'institutions.list' | 'institutions.get' | 'institutions.create' | 'institutions.update' | 'institutions.delete'
> = {
  'institutions.list': (input, ctx) => {
    const repos = repositoriesOf(ctx);
    return withCopies(repos, 'institutions', repos.institutions.list(input));
  },

  'institutions.get': (input, ctx) => {
    const institution = repositoriesOf(ctx).institutions.get(input.id);
    if (!institution) throw notFound('institution');
    return institution;
  },

  'institutions.create': (input, ctx) => {
    const repos = repositoriesOf(ctx);
    checkReferences(repos, input);
    return repos.institutions.create(input);
  },

  'institutions.update': (input, ctx) => {
    const repos = repositoriesOf(ctx);
    const { id, ...fields } = input;
    checkReferences(repos, fields);
    const updated = repos.institutions.update(id, fields);
    if (!updated) throw notFound('institution');
    return updated;
  },

  /** Refused while people still belong to it, so nobody silently loses their institution. */
  'institutions.delete': (input, ctx) => {
    const repos = repositoriesOf(ctx);
    if (!repos.institutions.get(input.id)) throw notFound('institution');
    const people = repos.institutions.countActivePeople(input.id);
    if (people > 0) throw refused('institutionHasPeople', { count: people });
    repos.institutions.remove(input.id);
    return { id: input.id };
  },
};
