import type { Db } from './connection';

/**
 * The one clock of the host: the handler context's `now` (the system clock in the app, a fixed or
 * moved instant in tests, the story's days in the demo), handed down to the services and the
 * repositories, which stamp `created_at`, `updated_at` and history with it.
 */
export type Clock = () => Date;

/** The system clock: the one `new Date()` of the host, the default of the app's context. */
export const systemClock: Clock = () => new Date();

/** What reads and writes the store need: the connection and the clock. Every HandlerContext is one. */
export interface DataContext {
  readonly db: Db;
  readonly now: Clock;
}
