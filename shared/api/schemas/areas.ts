import { z } from 'zod';
import { AREA_LEVELS } from '../../domain/areas';
import { areaCode, searchQuery } from './common';

export const areasSearchInput = z.strictObject({
  query: searchQuery,
  level: z.enum(AREA_LEVELS).optional(),
  /** Only areas under this code (e.g. the villages of one kecamatan). */
  within: areaCode.optional(),
  /** Areas under this code rank first (the office's own kabupaten): names repeat across Indonesia. */
  near: areaCode.optional(),
  limit: z.number().int().min(1).max(200).default(30),
});

export const areasChildrenInput = z.strictObject({
  /** Null lists the provinces. */
  code: areaCode.nullable(),
});

export const areasGetInput = z.strictObject({ code: areaCode });
