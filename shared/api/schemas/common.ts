import { z } from 'zod';
import { isAreaCode } from '../../domain/areas';

/**
 * Building blocks for input schemas. Custom messages are i18n keys (`validation.*`); the
 * dispatcher turns every zod issue into a field-level message the renderer can translate.
 */
export const LIMITS = {
  shortText: 200,
  longText: 10_000,
  searchQuery: 200,
  pageSize: 500,
} as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const id = z.string().regex(UUID, { error: 'validation.id' });

/** A required line of text: trimmed, not empty, bounded. */
export function requiredText(max: number = LIMITS.shortText) {
  return z.string().trim().min(1, { error: 'validation.required' }).max(max);
}

/** Optional text: absent, null or blank all mean "no value" and are stored as NULL. */
export function optionalText(max: number = LIMITS.shortText) {
  return z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));
}

/** A Kemendagri area code; left empty it is missing ("required"), not an invalid code. */
export const areaCode = z
  .string()
  .trim()
  .min(1, { error: 'validation.required', abort: true })
  .refine(isAreaCode, { error: 'validation.areaCode' });

function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A calendar date `YYYY-MM-DD` between 2000 and 2100. */
export const isoDate = z
  .string()
  // An empty date is a missing one: "required", not "invalid".
  .min(1, { error: 'validation.required', abort: true })
  .refine((v) => isCalendarDate(v) && v >= '2000-01-01' && v <= '2100-12-31', { error: 'validation.date' });

/** A wall-clock time `HH:MM`. */
export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'validation.time' });

/** NIP: 18 digits; spaces people type while copying the printed grouping are accepted and removed. */
export const nip = z
  .string()
  .nullish()
  .transform((v) => (v ? v.replace(/\s+/g, '') : null))
  .refine((v) => v === null || /^\d{18}$/.test(v), { error: 'validation.nip' });

/** Indonesian phone numbers as typed (`0812-3456-7890`, `+62 812…`): 8 to 15 digits. */
export const phone = z
  .string()
  .trim()
  .max(30)
  .nullish()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || (/^\+?[\d\s().-]+$/.test(v) && /^\d{8,15}$/.test(v.replace(/\D/g, ''))), {
    error: 'validation.phone',
  });

export const email = z
  .string()
  .trim()
  .max(LIMITS.shortText)
  .nullish()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), { error: 'validation.email' });

export const searchQuery = z.string().max(LIMITS.searchQuery).default('');

export const paging = {
  limit: z.number().int().min(1).max(LIMITS.pageSize).default(50),
  offset: z.number().int().min(0).max(10_000_000).default(0),
};

export const byId = z.strictObject({ id });
export const empty = z.strictObject({});
