import type { z } from 'zod';
import type { FieldIssue } from './result';

type Issue = z.core.$ZodIssue;

function pathOf(path: readonly PropertyKey[]): string {
  return path.map(String).join('.') || '_';
}

/** The value the caller sent at `path`; zod leaves it out of its issues unless asked to report input. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Turns one zod issue into an i18n key with parameters. Custom messages are already keys. */
function messageOf(issue: Issue, input: unknown): Pick<FieldIssue, 'key' | 'params'> {
  const missing =
    (issue.code === 'invalid_type' || issue.code === 'invalid_value') && valueAt(input, issue.path) === undefined;
  if (missing) return { key: 'validation.required' };
  if (issue.message.startsWith('validation.')) return { key: issue.message };
  switch (issue.code) {
    case 'invalid_type':
      return { key: 'validation.type', params: { expected: String(issue.expected) } };
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? { key: 'validation.required' }
          : { key: 'validation.tooShort', params: { min: Number(issue.minimum) } };
      }
      if (issue.origin === 'array') return { key: 'validation.tooFewItems', params: { min: Number(issue.minimum) } };
      return { key: 'validation.tooSmall', params: { min: Number(issue.minimum) } };
    case 'too_big':
      if (issue.origin === 'string') return { key: 'validation.tooLong', params: { max: Number(issue.maximum) } };
      if (issue.origin === 'array') return { key: 'validation.tooManyItems', params: { max: Number(issue.maximum) } };
      return { key: 'validation.tooLarge', params: { max: Number(issue.maximum) } };
    case 'invalid_value':
      return { key: 'validation.option' };
    case 'invalid_format':
      return { key: 'validation.format' };
    case 'not_multiple_of':
      return { key: 'validation.integer' };
    default:
      return { key: 'validation.invalid' };
  }
}

/**
 * Field-level messages for a failed parse of `input`. An unknown field is reported on its own
 * path, like any other field, so the caller sees which one it sent.
 */
export function fieldIssuesOf(error: z.ZodError, input: unknown): FieldIssue[] {
  return error.issues.flatMap((issue): FieldIssue[] =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          path: pathOf([...issue.path, key]),
          key: 'validation.unknownField',
          params: { fields: key },
        }))
      : [{ path: pathOf(issue.path), ...messageOf(issue, input) }],
  );
}
