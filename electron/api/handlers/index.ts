import type { Handlers } from '../handler-types';
import { agendaHandlers } from './agenda';
import { appHandlers } from './app';
import { areasHandlers } from './areas';
import { backupsHandlers } from './backups';
import { catalogueHandlers } from './catalogue';
import { commitmentsHandlers } from './commitments';
import { dashboardHandlers } from './dashboard';
import { decisionsHandlers } from './decisions';
import { demoHandlers } from './demo';
import { documentsHandlers } from './documents';
import { followUpHandlers } from './follow-up';
import { institutionsHandlers } from './institutions';
import { meetingsHandlers } from './meetings';
import { minutesHandlers } from './minutes';
import { participantsHandlers } from './participants';
import { peopleHandlers } from './people';
import { planRowsHandlers } from './plan-rows';
import { plansHandlers } from './plans';
import { privacyHandlers } from './privacy';
import { planFilesHandlers } from './plans-files';
import { reportsHandlers } from './reports';
import { searchHandlers } from './search';
import { settingsHandlers } from './settings';

/** Every method but the demo's, which enters its sample data through these. */
const domainHandlers = {
  ...appHandlers,
  ...settingsHandlers,
  ...areasHandlers,
  ...institutionsHandlers,
  ...peopleHandlers,
  ...privacyHandlers,
  ...meetingsHandlers,
  ...agendaHandlers,
  ...participantsHandlers,
  ...minutesHandlers,
  ...decisionsHandlers,
  ...commitmentsHandlers,
  ...documentsHandlers,
  ...followUpHandlers,
  ...dashboardHandlers,
  ...searchHandlers,
  ...backupsHandlers,
  ...plansHandlers,
  ...planRowsHandlers,
  ...catalogueHandlers,
  ...planFilesHandlers,
  ...reportsHandlers,
};

/** Every method of the contract; the type makes a missing handler a compile error. */
export const handlers: Handlers = { ...domainHandlers, ...demoHandlers(domainHandlers) };
