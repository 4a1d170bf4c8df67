import { z } from 'zod';
import { HOST_LEVELS } from '../../domain/meetings';
import { LANGUAGES } from '../../domain/settings';
import { areaCode, optionalText, requiredText } from './common';

export const officeIdentityInput = z
  .strictObject({
    level: z.enum(HOST_LEVELS),
    kabupatenCode: areaCode,
    kecamatanCode: areaCode.nullish().transform((v) => v ?? null),
    desaCode: areaCode.nullish().transform((v) => v ?? null),
    officeName: requiredText(),
    address: optionalText(500),
  })
  .superRefine((office, ctx) => {
    if (office.level !== 'kabupaten' && !office.kecamatanCode) {
      ctx.addIssue({ code: 'custom', path: ['kecamatanCode'], message: 'validation.required' });
    }
    if (office.level === 'desa' && !office.desaCode) {
      ctx.addIssue({ code: 'custom', path: ['desaCode'], message: 'validation.required' });
    }
  });

export const settingsUpdateInput = z.strictObject({
  office: officeIdentityInput.optional(),
  language: z.enum(LANGUAGES).optional(),
});
