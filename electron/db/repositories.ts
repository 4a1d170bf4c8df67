import type { Clock, DataContext } from './clock';
import type { Db } from './connection';
import { agendaRepository } from '../meetings/repositories/agenda';
import { areasRepository } from '../areas/repository';
import { catalogueRepository } from '../plans/repositories/catalogue';
import { commitmentRefsRepository } from '../plans/repositories/commitment-refs';
import { planRowsRepository } from '../plans/repositories/rows';
import { plansRepository } from '../plans/repositories/plans';
import { commitmentsRepository } from '../commitments/repositories/commitments';
import { dashboardRepository } from '../commitments/repositories/dashboard';
import { decisionsRepository } from '../meetings/repositories/decisions';
import { historyRepository } from '../history/repository';
import { institutionsRepository } from '../directory/repositories/institutions';
import { directorySheetsRepository } from '../directory/repositories/spreadsheet';
import { directoryLinksRepository } from '../directory/repositories/links';
import { duplicatesRepository } from '../directory/repositories/duplicates';
import { mergeRepository } from '../directory/repositories/merge';
import { ledgerRepository } from '../commitments/repositories/ledger';
import { registerRepository } from '../letters/repository';
import { meetingFilesRepository } from '../meeting-files/repository';
import { openCommitmentsRepository } from '../progress-forms/repository';
import { meetingsRepository } from '../meetings/repositories/meetings';
import { minutesRepository } from '../meetings/repositories/minutes';
import { participantsRepository } from '../meetings/repositories/participants';
import { peopleRepository } from '../directory/repositories/people';
import { privacyRepository } from '../privacy/repository';
import { progressRepository } from '../commitments/repositories/progress';
import { recordedNamesRepository } from '../meetings/repositories/recorded-names';
import { reportPeriodRepository } from '../documents/repositories/report-period';
import { searchRepository } from '../search/repository';
import { villagesRepository } from '../plans/repositories/villages';
import { settingsRepository } from '../settings/repository';
import { officesRepository } from '../offices/repository';

function createRepositories({ db, now }: DataContext) {
  return {
    agenda: agendaRepository(db, now),
    areas: areasRepository(db),
    catalogue: catalogueRepository(db, now),
    commitments: commitmentsRepository(db, now),
    commitmentRefs: commitmentRefsRepository(db),
    dashboard: dashboardRepository(db),
    decisions: decisionsRepository(db, now),
    directoryLinks: directoryLinksRepository(db, now),
    directorySheets: directorySheetsRepository(db),
    duplicates: duplicatesRepository(db),
    history: historyRepository(db, now),
    institutions: institutionsRepository(db, now),
    ledger: ledgerRepository(db),
    letterRegister: registerRepository(db, now),
    meetingFiles: meetingFilesRepository(db, now),
    merges: mergeRepository(db),
    openCommitments: openCommitmentsRepository(db),
    meetings: meetingsRepository(db, now),
    minutes: minutesRepository(db, now),
    offices: officesRepository(db),
    participants: participantsRepository(db, now),
    plans: plansRepository(db, now),
    planRows: planRowsRepository(db),
    people: peopleRepository(db, now),
    privacy: privacyRepository(db, now),
    progress: progressRepository(db, now),
    reportPeriod: reportPeriodRepository(db),
    recordedNames: recordedNamesRepository(db, now),
    search: searchRepository(db),
    settings: settingsRepository(db, now),
    villages: villagesRepository(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;

const cache = new WeakMap<Db, WeakMap<Clock, Repositories>>();

/**
 * One set of repositories (and so of prepared statements) per connection and clock, reused by
 * every call: the app has one clock per connection; the demo stamps each day of its story with
 * its own.
 */
export function repositoriesOf(context: DataContext): Repositories {
  let byClock = cache.get(context.db);
  if (!byClock) {
    byClock = new WeakMap();
    cache.set(context.db, byClock);
  }
  let repos = byClock.get(context.now);
  if (!repos) {
    repos = createRepositories(context);
    byClock.set(context.now, repos);
  }
  return repos;
}
