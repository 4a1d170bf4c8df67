import { AppError, type FieldIssue } from '../../shared/api/result';

/**
 * Failures of the action-plan methods. Messages are `planErrors.*` keys (both locales);
 * VALIDATION keeps the shared `error.validation` headline and names each field in its details.
 */

export function planNotFound(): AppError {
  return new AppError('NOT_FOUND', 'planErrors.planNotFound');
}

export function rowNotFound(): AppError {
  return new AppError('NOT_FOUND', 'planErrors.rowNotFound');
}

export function catalogueNotFound(): AppError {
  return new AppError('NOT_FOUND', 'planErrors.catalogueNotFound');
}

export function invalidFields(details: FieldIssue[]): AppError {
  return new AppError('VALIDATION', 'error.validation', undefined, details);
}

export function invalidField(path: string, key: string, params?: FieldIssue['params']): AppError {
  return invalidFields([params ? { path, key, params } : { path, key }]);
}

/** Rows of an adopted plan keep their planned content until the plan is set to `revising`. */
export function planAdopted(): AppError {
  return new AppError('LOCKED', 'planErrors.planAdopted');
}
