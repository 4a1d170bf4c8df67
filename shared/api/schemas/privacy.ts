import { z } from 'zod';
import { id, paging, searchQuery } from './common';

/** `deleted`: only people deleted from the directory whose personal data is still held. */
const PRIVACY_SCOPES = ['all', 'active', 'deleted'] as const;

export const privacyPeopleInput = z.strictObject({
  query: searchQuery,
  scope: z.enum(PRIVACY_SCOPES, { error: 'validation.option' }).default('all'),
  ...paging,
});

/**
 * Erases a person's personal data. `keepPosition` keeps the position (jabatan) so the meeting
 * records still say in which capacity someone attended or spoke; the institution always stays.
 */
export const personEraseInput = z.strictObject({
  id,
  keepPosition: z.boolean().default(true),
});
