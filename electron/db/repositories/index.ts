import type { Db } from '../connection';
import { areasRepository } from './areas';
import { historyRepository } from './history';
import { institutionsRepository } from './institutions';
import { meetingsRepository } from './meetings';
import { peopleRepository } from './people';
import { settingsRepository } from './settings';

function createRepositories(db: Db) {
  return {
    areas: areasRepository(db),
    history: historyRepository(db),
    institutions: institutionsRepository(db),
    meetings: meetingsRepository(db),
    people: peopleRepository(db),
    settings: settingsRepository(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;

const cache = new WeakMap<Db, Repositories>();

/** One set of repositories (and so of prepared statements) per connection, reused by every call. */
export function repositoriesOf(db: Db): Repositories {
  let repos = cache.get(db);
  if (!repos) {
    repos = createRepositories(db);
    cache.set(db, repos);
  }
  return repos;
}
