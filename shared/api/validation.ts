import type { z } from 'zod';
import type { FieldIssue } from './result';

type Issue = z.core.$ZodIssue;

function pathOf(issue: Issue): string {
  return issue.path.map(String).join('.') || '_';
}

/** Turns one zod issue into an i18n key with parameters. Custom messages are already keys. */
function messageOf(issue: Issue): Pick<FieldIssue, 'key' | 'params'> {
  if (issue.message.startsWith('validation.')) return { key: issue.message };
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? { key: 'validation.required' }
        : { key: 'validation.type', params: { expected: String(issue.expected) } };
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
    case 'unrecognized_keys':
      return { key: 'validation.unknownField', params: { fields: issue.keys.join(', ') } };
    default:
      return { key: 'validation.invalid' };
  }
}

export function fieldIssuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: pathOf(issue), ...messageOf(issue) }));
}
