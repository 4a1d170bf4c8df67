import Database from 'better-sqlite3';
import type { Db } from '../../electron/db/connection';
import { millis } from '../figure';

/**
 * The floor of the API figures: the SQL statements a call ran, recorded once, then run again
 * directly with better-sqlite3 on the same connection (same database, page cache, pragmas and
 * SQL functions) with nothing of Sirakor around them: no validation, no mapping, no JSON.
 *
 * Recording patches better-sqlite3's Statement methods while `record` runs, so it sees every
 * statement however it was prepared (repositories prepare theirs once per connection), including
 * the BEGIN/SAVEPOINT/COMMIT of the handlers' transactions.
 */

type Method = 'run' | 'get' | 'all' | 'iterate';
type Mode = 'objects' | 'pluck' | 'raw' | 'expand';

interface StatementCall {
  sql: string;
  method: Method;
  mode: Mode;
  args: unknown[];
}

/** The statements one call ran, in order. */
export type Recording = readonly StatementCall[];

type AnyStatement = Database.Statement<unknown[], unknown>;
type Runner = (this: AnyStatement, ...args: unknown[]) => unknown;

const METHODS: readonly Method[] = ['run', 'get', 'all', 'iterate'];
const MODES: readonly Exclude<Mode, 'objects'>[] = ['pluck', 'raw', 'expand'];

const memory = new Database(':memory:');
const prototype = Object.getPrototypeOf(memory.prepare('SELECT 1')) as Record<string, Runner>;
memory.close();

/**
 * The mode each statement was put in (`pluck()`, `raw()`, `expand()`): better-sqlite3 does not
 * say, so the toggles are followed from the start (this module is loaded before any statement of
 * a figure is prepared). It costs a map write per toggle, made once per statement.
 */
const modes = new WeakMap<object, Mode>();
for (const mode of MODES) {
  const toggle = prototype[mode] as Runner;
  prototype[mode] = function (this: AnyStatement, ...args: unknown[]) {
    const on = args[0] === undefined ? true : Boolean(args[0]);
    if (on) modes.set(this, mode);
    else if (modes.get(this) === mode) modes.delete(this);
    return toggle.apply(this, args);
  };
}

/** Copies bound values, so later changes to the caller's arrays or objects do not alter the recording. */
function copyArgs(args: readonly unknown[]): unknown[] {
  return args.map((arg) =>
    Array.isArray(arg) ? [...arg] : arg && typeof arg === 'object' && !ArrayBuffer.isView(arg) ? { ...arg } : arg,
  );
}

/** Runs `work` and returns the statements it ran (on any connection) with their bound values. */
export async function record(work: () => Promise<unknown>): Promise<Recording> {
  const calls: StatementCall[] = [];
  const originals = METHODS.map((method) => prototype[method] as Runner);
  METHODS.forEach((method, i) => {
    const original = originals[i] as Runner;
    prototype[method] = function (this: AnyStatement, ...args: unknown[]) {
      calls.push({ sql: this.source, method, mode: modes.get(this) ?? 'objects', args: copyArgs(args) });
      return original.apply(this, args);
    };
  });
  try {
    await work();
  } finally {
    METHODS.forEach((method, i) => {
      prototype[method] = originals[i] as Runner;
    });
  }
  if (calls.length === 0) throw new Error('The recorded work ran no SQL');
  return calls;
}

/** A recording's statements prepared on one connection, ready to run again. */
export interface Replay {
  /** Runs every statement of the recording once, as the call did; returns the rows read. */
  run(): number;
}

const prepared = new WeakMap<Db, Map<string, AnyStatement>>();

function statementsOf(db: Db): Map<string, AnyStatement> {
  let cache = prepared.get(db);
  if (!cache) {
    cache = new Map();
    prepared.set(db, cache);
  }
  return cache;
}

/**
 * Prepares the recording's statements on `db` (not timed: the app prepares its statements once
 * per connection too) and returns what runs them. Each statement is prepared in the mode the call
 * used, so a plucked count stays a plucked count.
 */
export function replayOn(db: Db, recording: Recording): Replay {
  const cache = statementsOf(db);
  const steps = recording.map((call) => {
    const key = `${call.mode}\u0000${call.sql}`;
    let statement = cache.get(key);
    if (!statement) {
      statement = db.prepare(call.sql) as AnyStatement;
      if (call.mode !== 'objects') statement[call.mode](true);
      cache.set(key, statement);
    }
    return { statement, method: call.method, args: call.args };
  });
  return {
    run() {
      let rows = 0;
      for (const { statement, method, args } of steps) {
        if (method === 'all') rows += statement.all(...args).length;
        else if (method === 'get') rows += statement.get(...args) === undefined ? 0 : 1;
        else if (method === 'run') statement.run(...args);
        else for (const _ of statement.iterate(...args)) rows++;
      }
      return rows;
    },
  };
}

export interface PairedTimes {
  /** Milliseconds of each call. */
  calls: number[];
  /** Milliseconds of each call's replay. */
  floors: number[];
}

/**
 * Times each call next to the replay of the SQL it ran, alternating which goes first, so that a
 * call and its floor always meet the same load.
 */
export async function pairedTimes(
  replays: readonly Replay[],
  call: (index: number) => Promise<void>,
): Promise<PairedTimes> {
  const times: PairedTimes = { calls: [], floors: [] };
  for (let i = 0; i < replays.length; i++) {
    const replay = replays[i] as Replay;
    if (i % 2) times.floors.push(await millis(() => replay.run()));
    times.calls.push(await millis(() => call(i)));
    if (i % 2 === 0) times.floors.push(await millis(() => replay.run()));
  }
  return times;
}
