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
import { directoryFilesHandlers } from './directory-files';
import { documentsHandlers } from './documents';
import { followUpHandlers } from './follow-up';
import { institutionsHandlers } from './institutions';
import { lettersHandlers } from './letters';
import { meetingFilesHandlers } from './meeting-files';
import { meetingsHandlers } from './meetings';
import { messagesHandlers } from './messages';
import { minutesHandlers } from './minutes';
import { participantsHandlers } from './participants';
import { peopleHandlers } from './people';
import { planRowsHandlers } from './plan-rows';
import { plansHandlers } from './plans';
import { privacyHandlers } from './privacy';
import { progressFormsHandlers } from './progress-forms';
import { planFilesHandlers } from './plans-files';
import { reportsHandlers } from './reports';
import { searchHandlers } from './search';
import { settingsHandlers } from './settings';

/** Every method of the contract; the type makes a missing handler a compile error. */
export const handlers: Handlers = {
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
  ...demoHandlers,
  ...plansHandlers,
  ...planRowsHandlers,
  ...catalogueHandlers,
  ...planFilesHandlers,
  ...reportsHandlers,
  ...progressFormsHandlers,
  ...messagesHandlers,
  ...lettersHandlers,
  ...meetingFilesHandlers,
  ...directoryFilesHandlers,
};
