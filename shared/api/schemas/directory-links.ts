import { z } from 'zod';
import { COMPARED_FIELDS, DIRECTORY_KINDS } from '../../domain/directory-links';
import { id } from './common';

const kind = z.enum(DIRECTORY_KINDS, { error: 'validation.option' });
const fields = [...new Set([...COMPARED_FIELDS.institutions, ...COMPARED_FIELDS.people])] as [string, ...string[]];

/** Two records of one kind: link them, or remember they are not the same. */
export const directoryPairInput = z.strictObject({ kind, firstId: id, secondId: id });
export const directoryUnlinkInput = z.strictObject({ kind, id });
/** Merge two of the office's own records: per differing field, whose value is kept. */
export const directoryMergeInput = z.strictObject({
  kind,
  keepId: id,
  removeId: id,
  take: z.partialRecord(z.enum(fields), z.enum(['keep', 'remove'])).default({}),
});
