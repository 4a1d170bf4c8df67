import type { Handlers } from './handler-types';
import { agendaHandlers } from '../meetings/handlers/agenda';
import { areasHandlers } from '../areas/handlers';
import { backupsHandlers } from '../backups/handlers';
import { catalogueHandlers } from '../plans/handlers/catalogue';
import { commitmentsHandlers } from '../commitments/handlers/commitments';
import { dashboardHandlers } from '../commitments/handlers/dashboard';
import { decisionsHandlers } from '../meetings/handlers/decisions';
import { directorySpreadsheetHandlers } from '../directory/handlers/spreadsheet';
import { directoryLinkHandlers } from '../directory/handlers/links';
import { demoHandlers } from '../demo/handlers';
import { exchangeHandlers } from '../exchange/handlers';
import { exchangeServiceHandlers } from '../exchange/service/handlers';
import { documentsHandlers } from '../documents/handlers/documents';
import { followUpHandlers } from '../commitments/handlers/follow-up';
import { institutionsHandlers } from '../directory/handlers/institutions';
import { jobsHandlers } from '../jobs/handlers';
import { lettersHandlers } from '../letters/handlers';
import { meetingFilesHandlers } from '../meeting-files/handlers';
import { meetingsHandlers } from '../meetings/handlers/meetings';
import { messagesHandlers } from '../messages/handlers';
import { minutesHandlers } from '../meetings/handlers/minutes';
import { officesHandlers } from '../offices/handlers';
import { participantsHandlers } from '../meetings/handlers/participants';
import { peopleHandlers } from '../directory/handlers/people';
import { planRowsHandlers } from '../plans/handlers/rows';
import { plansHandlers } from '../plans/handlers/plans';
import { privacyHandlers } from '../privacy/handlers';
import { progressFormsHandlers } from '../progress-forms/handlers';
import { reportsHandlers } from '../documents/handlers/reports';
import { searchHandlers } from '../search/handlers';
import { settingsHandlers } from '../settings/handlers';

/** Every method but the demo's, which enters its sample data through these. */
const domainHandlers = {
  ...settingsHandlers,
  ...exchangeHandlers,
  ...exchangeServiceHandlers,
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
  ...officesHandlers,
  ...searchHandlers,
  ...backupsHandlers,
  ...jobsHandlers,
  ...plansHandlers,
  ...planRowsHandlers,
  ...catalogueHandlers,
  ...reportsHandlers,
  ...progressFormsHandlers,
  ...messagesHandlers,
  ...lettersHandlers,
  ...meetingFilesHandlers,
  ...directorySpreadsheetHandlers,
  ...directoryLinkHandlers,
};

/** Every method of the contract; the type makes a missing handler a compile error. */
export const handlers: Handlers = { ...domainHandlers, ...demoHandlers(domainHandlers) };
