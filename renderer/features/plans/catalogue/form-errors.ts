import type { ApiError } from '../../../../shared/api/result';
import { splitApiError, type SplitErrors } from '../../../hooks/api-errors';
import { translateMessage } from '../../../i18n';

/** Refusals the catalogue handlers give without a field path, and the field each is about. */
const CONFLICT_FIELDS: Record<string, string> = {
  'validation.codeTaken': 'code',
  'validation.numberTaken': 'number',
};

/**
 * The host's field messages for a catalogue form; a taken code or number (a CONFLICT of the whole
 * call) is shown under its field too, where the user will look for it.
 */
export function catalogueFormErrors(error: ApiError, fieldNames: readonly string[]): SplitErrors {
  const split = splitApiError(error, fieldNames);
  const field = CONFLICT_FIELDS[error.message.key];
  if (!field || !fieldNames.includes(field) || (error.details?.length ?? 0) > 0) return split;
  return { fields: { ...split.fields, [field]: translateMessage(error.message) }, general: null };
}
