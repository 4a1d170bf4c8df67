import type { Handlers } from '../handler-types';
import { appHandlers } from './app';
import { areasHandlers } from './areas';
import { institutionsHandlers } from './institutions';
import { meetingsHandlers } from './meetings';
import { peopleHandlers } from './people';
import { settingsHandlers } from './settings';

/** Every method of the contract; the type makes a missing handler a compile error. */
export const handlers: Handlers = {
  ...appHandlers,
  ...settingsHandlers,
  ...areasHandlers,
  ...institutionsHandlers,
  ...peopleHandlers,
  ...meetingsHandlers,
};
