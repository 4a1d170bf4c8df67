import {
  api,
  isMethodName,
  type Api,
  type ChangeEvent,
  type EntityIds,
  type MethodName,
} from '../../shared/api/contract';
import { AppError, fail, ok, type Result } from '../../shared/api/result';
import { fieldIssuesOf } from '../../shared/api/validation';
import { illFormedTextPath } from '../../shared/text/well-formed';
import { foreignRecordRefusal } from '../db/ownership';
import type { HandlerContext } from './context';
import type { Handler, Handlers } from './handler-types';

export type Dispatch = (method: string, payload: unknown) => Promise<Result<unknown>>;

interface DispatcherOptions {
  ctx: HandlerContext;
  handlers: Handlers;
  emit: (event: ChangeEvent) => void;
  logError?: (method: string, error: unknown) => void;
  /**
   * Awaited before a method that writes (one that announces changes) runs, while the database's write
   * lock is a job's (an import in its worker): the write then runs after it, in the order it came,
   * and the host answers reads meanwhile. Null when no such job runs: the write runs at once. The
   * jobs' own methods never wait (Batal must not).
   */
  beforeWrite?: () => Promise<void> | null;
}

function sqliteCodeOf(error: unknown): string | null {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
    return error.code.startsWith('SQLITE_') ? error.code : null;
  }
  return null;
}

/** Maps a thrown error to a Result: expected failures keep their code, the rest is INTERNAL. */
function failureOf(
  error: unknown,
  method: string,
  ctx: HandlerContext,
  logError: DispatcherOptions['logError'],
): Result<never> {
  if (error instanceof AppError) return fail(error.code, error.key, error.params, error.details);
  const readOnly = foreignRecordRefusal(error, () => ctx.db);
  if (readOnly) return fail(readOnly.code, readOnly.key, readOnly.params);
  const sqliteCode = sqliteCodeOf(error);
  if (sqliteCode === 'SQLITE_BUSY' || sqliteCode === 'SQLITE_LOCKED') return fail('IO', 'error.databaseBusy');
  if (sqliteCode === 'SQLITE_FULL' || sqliteCode === 'SQLITE_IOERR') return fail('IO', 'error.diskFull');
  logError?.(method, error);
  return fail('INTERNAL', 'error.internal');
}

/** What a successful write announces: the contract's entities, and the records it touched where the contract tells. */
function changeEventOf(spec: Api[MethodName], input: unknown, output: unknown): ChangeEvent {
  const touched = spec.touched as ((input: unknown, output: unknown) => EntityIds) | null;
  const entities = [...spec.changes];
  if (!touched) return { entities };
  try {
    return { entities, ids: touched(input, output) };
  } catch {
    // The write is done: announced without ids, every screen showing these entities reloads.
    return { entities };
  }
}

/**
 * The single entry point of both hosts: refuses text that is not well-formed Unicode, validates
 * the payload with the method's schema before anything else, runs the handler, and announces
 * what changed (and which records, where the contract tells). Never throws.
 */
export function createDispatcher({ ctx, handlers, emit, logError, beforeWrite }: DispatcherOptions): Dispatch {
  return async (method, payload) => {
    if (!isMethodName(method))
      return fail('NOT_FOUND', 'error.unknownMethod', { method: String(method).slice(0, 100) });
    const spec = api[method];
    const input = payload ?? {};
    // Refused before anything reads it: stored, a lone surrogate would become U+FFFD.
    const illFormed = illFormedTextPath(input);
    if (illFormed !== null)
      return fail('VALIDATION', 'error.validation', undefined, [{ path: illFormed, key: 'validation.invalidText' }]);
    const parsed = spec.input.safeParse(input);
    if (!parsed.success) return fail('VALIDATION', 'error.validation', undefined, fieldIssuesOf(parsed.error, input));
    try {
      const waitFor = spec.changes.length > 0 && !method.startsWith('jobs.') ? beforeWrite?.() : null;
      if (waitFor) await waitFor;
      const handler = handlers[method] as Handler<MethodName>;
      const value = await handler(parsed.data as never, ctx);
      if (spec.changes.length > 0) emit(changeEventOf(spec, parsed.data, value));
      return ok(value);
    } catch (error) {
      return failureOf(error, method, ctx, logError);
    }
  };
}
