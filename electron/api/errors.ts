import { AppError } from '../../shared/api/result';

export function notFound(entity: string): AppError {
  return new AppError('NOT_FOUND', `error.notFound.${entity}`);
}

/** A reference to something that does not exist, reported on the field that holds it. */
export function unknownReference(path: string, key: string): AppError {
  return new AppError('VALIDATION', 'error.validation', undefined, [{ path, key }]);
}
