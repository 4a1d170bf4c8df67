import { z } from 'zod';
import { INSTITUTION_LEVELS, SECTORS } from '../../domain/directory';
import { LIMITS, areaCode, email, id, nip, optionalText, paging, phone, requiredText, searchQuery } from './common';

const institutionFields = {
  name: requiredText(),
  shortName: optionalText(60),
  sector: z.enum(SECTORS, { error: 'validation.option' }),
  level: z.enum(INSTITUTION_LEVELS, { error: 'validation.option' }),
  areaCode: areaCode.nullish().transform((v) => v ?? null),
  address: optionalText(500),
  phone,
  email,
};

export const institutionCreateInput = z.strictObject(institutionFields);
export const institutionUpdateInput = z.strictObject({ id, ...institutionFields });
export const institutionListInput = z.strictObject({
  query: searchQuery,
  sector: z.enum(SECTORS).optional(),
  areaCode: areaCode.optional(),
  ...paging,
});

const personFields = {
  name: requiredText(),
  position: optionalText(),
  institutionId: id.nullish().transform((v) => v ?? null),
  nip,
  rank: optionalText(60),
  phone,
  email,
};

export const personCreateInput = z.strictObject(personFields);
export const personUpdateInput = z.strictObject({ id, ...personFields });
export const personListInput = z.strictObject({
  query: searchQuery,
  institutionId: id.optional(),
  /** Look up known people by id: pickers show a chosen person's name without fetching their full phone number. */
  ids: z.array(id).max(LIMITS.pageSize).optional(),
  ...paging,
});
