import { z } from 'zod';
import { id } from './common';

/** The action plans of one year across offices; without a year, the latest year with plans up to now. */
export const planConsolidationInput = z.strictObject({
  year: z.number().int({ error: 'validation.integer' }).min(2000).max(2100).optional(),
  /** Only the plans of this office. */
  officeId: id.optional(),
});
