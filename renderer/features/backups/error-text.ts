import type { ApiError } from '../../../shared/api/result';
import { translateMessage } from '../../i18n';

/** A refused call as one sentence in the user's language, with the first field message if any. */
export function errorText(error: ApiError): string {
  const detail = error.details?.[0];
  return detail ? `${translateMessage(error.message)} ${translateMessage(detail)}` : translateMessage(error.message);
}
