/**
 * Every API call answers with data, never with a thrown error, so that the renderer can show a
 * translated message and the host keeps serving whatever the input was.
 */
export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'LOCKED',
  'READ_ONLY',
  'IO',
  'INTERNAL',
  'UNAUTHORIZED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A message is an i18n key plus its parameters; the renderer turns it into Indonesian or English text. */
export interface Message {
  key: string;
  params?: Record<string, string | number>;
}

/** One problem with one input field; `path` is the dotted field path (`areas.0`, `name`). */
export interface FieldIssue extends Message {
  path: string;
}

export interface ApiError {
  code: ErrorCode;
  message: Message;
  details?: FieldIssue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, key: string, params?: Message['params'], details?: FieldIssue[]): Result<never> {
  const message: Message = params ? { key, params } : { key };
  return { ok: false, error: details ? { code, message, details } : { code, message } };
}

/**
 * Thrown inside handlers and services for an expected failure (unknown id, locked meeting…); the
 * dispatcher turns it into a failed Result. Anything else thrown becomes INTERNAL.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly key: string,
    readonly params?: Message['params'],
    readonly details?: FieldIssue[],
  ) {
    super(`${code}: ${key}`);
    this.name = 'AppError';
  }
}

export function isResult(value: unknown): value is Result<unknown> {
  return (
    typeof value === 'object' && value !== null && 'ok' in value && typeof (value as { ok: unknown }).ok === 'boolean'
  );
}
