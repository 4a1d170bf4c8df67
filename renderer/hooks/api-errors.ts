import type { ApiError } from '../../shared/api/result';
import { translateMessage } from '../i18n';

export interface SplitErrors {
  /** Translated messages by form field (`areaCodes.1` is reported on `areaCodes`). */
  fields: Record<string, string>;
  /** A message for the whole form when no field carries the problem. */
  general: string | null;
}

/**
 * Splits an API error into field messages for the form and a general message.
 * `fieldNames` are the form's fields; `prefix` strips a nesting the form does not have.
 */
export function splitApiError(error: ApiError, fieldNames: readonly string[], prefix = ''): SplitErrors {
  const fields: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const issue of error.details ?? []) {
    const path = issue.path.startsWith(prefix) ? issue.path.slice(prefix.length) : issue.path;
    const field = fieldNames.find((name) => path === name || path.startsWith(`${name}.`));
    const text = translateMessage(issue);
    if (field && !fields[field]) fields[field] = text;
    else if (!field) unplaced.push(text);
  }
  const hasFieldErrors = Object.keys(fields).length > 0;
  const general = unplaced.length > 0 ? unplaced.join(' ') : hasFieldErrors ? null : translateMessage(error.message);
  return { fields, general };
}

/**
 * The error without the issues `splitApiError` placed on `fieldNames`: what is left is for a
 * dialog-wide message (the first remaining issue, else the error's own "check the marked fields").
 */
export function withoutPlacedIssues(error: ApiError, fieldNames: readonly string[], prefix = ''): ApiError {
  const placed = (path: string) => {
    const local = path.startsWith(prefix) ? path.slice(prefix.length) : path;
    return fieldNames.some((name) => local === name || local.startsWith(`${name}.`));
  };
  return { ...error, details: (error.details ?? []).filter((issue) => !placed(issue.path)) };
}
