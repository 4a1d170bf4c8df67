import { notFoundKey, REFUSALS, type NotFoundEntity, type Refusal } from '../../shared/api/errors';
import { AppError, type ErrorCode, type FieldIssue, type Message } from '../../shared/api/result';

/**
 * The one place the host makes the errors a call answers with (the convention is in
 * shared/api/errors.ts). A refusal about input names its fields; one about the records' state says
 * which of REFUSALS it is. ESLint allows `new AppError` here only.
 */

/** The record the call is about does not exist or was deleted. */
export function notFound(entity: NotFoundEntity): AppError {
  return new AppError('NOT_FOUND', notFoundKey(entity));
}

/** The record a field names does not exist or was deleted. */
export function notFoundIn(path: string, entity: NotFoundEntity): AppError {
  const key = notFoundKey(entity);
  return new AppError('NOT_FOUND', key, undefined, [{ path, key }]);
}

/** Input fields refused, each with its own message. */
export function invalidFields(issues: FieldIssue[]): AppError {
  return new AppError('VALIDATION', 'error.validation', undefined, issues);
}

/** One input field refused (a wrong format, a reference to nothing, a rule of the domain). */
export function invalidField(path: string, key: string, params?: FieldIssue['params']): AppError {
  return invalidFields([params ? { path, key, params } : { path, key }]);
}

/** A field's value is already in use by another record (a NIP, a catalogue code, a plan of that year). */
export function conflictIn(path: string, key: string, params?: FieldIssue['params']): AppError {
  return new AppError('CONFLICT', 'error.validation', undefined, [params ? { path, key, params } : { path, key }]);
}

/** A refusal about the state of the records or of a file, not about a field. */
export function refused(reason: Refusal, params?: Message['params']): AppError {
  const { code, key } = REFUSALS[reason];
  return new AppError(code, key, params);
}

/** A refusal made in a worker thread (a job's), carried across to this one as its parts. */
export function carriedRefusal(message: Message & { code: ErrorCode }): AppError {
  return new AppError(message.code, message.key, message.params);
}
