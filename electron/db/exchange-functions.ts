import { formatStamp, nextStamp, parseStamp } from '../../shared/exchange/stamp';
import type { Clock } from './clock';
import type { Db } from './connection';

/**
 * The SQL functions the ownership triggers of migration 009 call; every connection registers them
 * (openConnection), workers' included, since a connection without them cannot write to an
 * exchanged table. They run no statement themselves (better-sqlite3 forbids it inside a
 * function): the trigger hands in the clock's state and writes the result back, in the writer's
 * transaction.
 */

interface ConnectionMode {
  applying: boolean;
}

const modes = new WeakMap<Db, ConnectionMode>();

/**
 * `sirakor_next_stamp(last, office)`: the stamp after `last` (the clock's state, a stamp text or
 * null) at the host's `now`: strictly above it even when the PC clock went back.
 * `sirakor_applying()`: 1 while a package is applied on this connection (applyingPackage).
 * `sirakor_now()`: the host's clock, as ISO text.
 */
export function registerExchangeFunctions(db: Db, now: Clock): void {
  const mode: ConnectionMode = { applying: false };
  modes.set(db, mode);
  db.function('sirakor_next_stamp', { deterministic: false }, (last: unknown, office: unknown) => {
    if (typeof office !== 'string') throw new Error('sirakor_next_stamp: the office id is missing');
    const state = typeof last === 'string' ? parseStamp(last) : null;
    return formatStamp(nextStamp(state, now().getTime(), office).stamp);
  });
  db.function('sirakor_applying', { deterministic: false }, () => (mode.applying ? 1 : 0));
  // The host's clock as ISO text, for the times migration 009 and its triggers write (the one clock of the host).
  db.function('sirakor_now', { deterministic: false }, () => now().toISOString());
}

/**
 * Runs `work` with the ownership triggers standing aside: records of other offices can be written
 * (with the owner and version they arrive with), and nothing written is stamped by this office's
 * clock unless it is its own record changed by a trigger. For the import of packages, and for bulk
 * loads that stamp their rows afterwards (the bench dataset). Call it around a transaction.
 */
export function applyingPackage<T>(db: Db, work: () => T): T {
  const mode = modes.get(db);
  if (!mode) throw new Error('This connection has no exchange functions (open it with openConnection)');
  if (mode.applying) return work();
  mode.applying = true;
  try {
    return work();
  } finally {
    mode.applying = false;
  }
}
