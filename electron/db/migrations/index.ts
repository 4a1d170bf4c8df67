import { sql as initialSchema } from './001-initial-schema';
import { sql as meetingWorkflow } from './002-meeting-workflow';
import { sql as followUp } from './003-follow-up';
import { sql as actionPlans } from './004-action-plans';
import { sql as meetingsListIndex } from './005-meetings-list-index';
import { sql as recordedNames } from './006-recorded-names';
import { sql as searchPeoplePlanRows } from './007-search-people-plan-rows';
import { sql as followUpOutreach } from './008-follow-up-outreach';
import { sql as ownership } from './009-ownership';
import { sql as exchangeHeld } from './010-exchange-held';
import { sql as exchangeHistory } from './011-exchange-history';
import { sql as officeIndexes } from './012-office-indexes';
import { sql as sharedDirectory } from './013-shared-directory';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Append-only, in version order. A released migration is never edited: add the next one. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial-schema', sql: initialSchema },
  { version: 2, name: 'meeting-workflow', sql: meetingWorkflow },
  { version: 3, name: 'follow-up', sql: followUp },
  { version: 4, name: 'action-plans', sql: actionPlans },
  { version: 5, name: 'meetings-list-index', sql: meetingsListIndex },
  { version: 6, name: 'recorded-names', sql: recordedNames },
  { version: 7, name: 'search-people-plan-rows', sql: searchPeoplePlanRows },
  { version: 8, name: 'follow-up-outreach', sql: followUpOutreach },
  { version: 9, name: 'ownership', sql: ownership },
  { version: 10, name: 'exchange-held', sql: exchangeHeld },
  { version: 11, name: 'exchange-history', sql: exchangeHistory },
  { version: 12, name: 'office-indexes', sql: officeIndexes },
  { version: 13, name: 'shared-directory', sql: sharedDirectory },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
