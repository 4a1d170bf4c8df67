import type { Db } from '../connection';
import { catalogueRepository } from './catalogue';
import { planRowsRepository } from './plan-rows';
import { plansRepository } from './plans';

function create(db: Db) {
  return {
    plans: plansRepository(db),
    planRows: planRowsRepository(db),
    catalogue: catalogueRepository(db),
  };
}

export type PlanRepositories = ReturnType<typeof create>;

const cache = new WeakMap<Db, PlanRepositories>();

/**
 * The action-plan repositories of a connection, made once (prepared statements reused), kept
 * apart from `repositoriesOf` so the plan feature adds files instead of editing shared ones.
 */
export function planRepositoriesOf(db: Db): PlanRepositories {
  let repos = cache.get(db);
  if (!repos) {
    repos = create(db);
    cache.set(db, repos);
  }
  return repos;
}
