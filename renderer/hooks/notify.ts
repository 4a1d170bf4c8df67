import { notifications } from '@mantine/notifications';
import type { Result } from '../../shared/api/result';
import { translateMessage } from '../i18n';

/**
 * Shows a refused write as a red notification in the user's language (e.g. a locked meeting),
 * with the first field message when there is one, and passes the result on.
 */
export function notifyFailure<T>(result: Result<T>): Result<T> {
  if (!result.ok) {
    const detail = result.error.details?.[0];
    const message = detail
      ? `${translateMessage(result.error.message)} ${translateMessage(detail)}`
      : translateMessage(result.error.message);
    notifications.show({ color: 'red', message, autoClose: 8000 });
  }
  return result;
}

export function notifySuccess(message: string): void {
  notifications.show({ color: 'green', message });
}
