import type { Db } from '../connection';
import { agendaRepository } from './agenda';
import { areasRepository } from './areas';
import { commitmentsRepository } from './commitments';
import { dashboardRepository } from './dashboard';
import { decisionsRepository } from './decisions';
import { historyRepository } from './history';
import { institutionsRepository } from './institutions';
import { ledgerRepository } from './ledger';
import { meetingsRepository } from './meetings';
import { minutesRepository } from './minutes';
import { participantsRepository } from './participants';
import { peopleRepository } from './people';
import { privacyRepository } from './privacy';
import { progressRepository } from './progress';
import { recordedNamesRepository } from './recorded-names';
import { searchRepository } from './search';
import { settingsRepository } from './settings';

function createRepositories(db: Db) {
  return {
    agenda: agendaRepository(db),
    areas: areasRepository(db),
    commitments: commitmentsRepository(db),
    dashboard: dashboardRepository(db),
    decisions: decisionsRepository(db),
    history: historyRepository(db),
    institutions: institutionsRepository(db),
    ledger: ledgerRepository(db),
    meetings: meetingsRepository(db),
    minutes: minutesRepository(db),
    participants: participantsRepository(db),
    people: peopleRepository(db),
    privacy: privacyRepository(db),
    progress: progressRepository(db),
    recordedNames: recordedNamesRepository(db),
    search: searchRepository(db),
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
