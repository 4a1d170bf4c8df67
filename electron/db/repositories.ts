import type { Db } from './connection';
import { agendaRepository } from '../meetings/repositories/agenda';
import { areasRepository } from '../areas/repository';
import { catalogueRepository } from '../plans/repositories/catalogue';
import { planRowsRepository } from '../plans/repositories/rows';
import { plansRepository } from '../plans/repositories/plans';
import { commitmentsRepository } from '../commitments/repositories/commitments';
import { dashboardRepository } from '../commitments/repositories/dashboard';
import { decisionsRepository } from '../meetings/repositories/decisions';
import { historyRepository } from '../history/repository';
import { institutionsRepository } from '../directory/repositories/institutions';
import { ledgerRepository } from '../commitments/repositories/ledger';
import { meetingsRepository } from '../meetings/repositories/meetings';
import { minutesRepository } from '../meetings/repositories/minutes';
import { participantsRepository } from '../meetings/repositories/participants';
import { peopleRepository } from '../directory/repositories/people';
import { privacyRepository } from '../privacy/repository';
import { progressRepository } from '../commitments/repositories/progress';
import { recordedNamesRepository } from '../meetings/repositories/recorded-names';
import { searchRepository } from '../search/repository';
import { settingsRepository } from '../settings/repository';

function createRepositories(db: Db) {
  return {
    agenda: agendaRepository(db),
    areas: areasRepository(db),
    catalogue: catalogueRepository(db),
    commitments: commitmentsRepository(db),
    dashboard: dashboardRepository(db),
    decisions: decisionsRepository(db),
    history: historyRepository(db),
    institutions: institutionsRepository(db),
    ledger: ledgerRepository(db),
    meetings: meetingsRepository(db),
    minutes: minutesRepository(db),
    participants: participantsRepository(db),
    plans: plansRepository(db),
    planRows: planRowsRepository(db),
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
