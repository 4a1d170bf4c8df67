import { z } from 'zod';
import {
  CONVERGENCE_SCHEMES,
  IMPORT_MODES,
  INTERVENTION_KINDS,
  MAX_AMOUNT,
  MAX_PLAN_ROWS,
  PLAN_ROW_LIMITS,
  PLAN_ROW_STATUSES,
  PLAN_STATUSES,
  PLAN_TEXT_LIMITS,
} from '../../domain/plans';
import { DOCUMENT_FORMATS } from '../../domain/document-settings';
import { ALL_MONTHS } from '../../plans/schedule';
import { areaCode, id, isoDate, optionalText, paging, requiredText, searchQuery } from './common';

/**
 * Inputs of the action-plan methods. Money is whole Rupiah: an amount with cents or below zero is
 * refused here (`validation.integer`, `validation.tooSmall`), so no handler ever sees one.
 */

const optionalId = id.nullish().transform((v) => v ?? null);

/** Whole Rupiah, 0 … Rp 10 triliun. */
export const rupiah = z.number().int({ error: 'validation.integer' }).min(0).max(MAX_AMOUNT);

const optionalRupiah = rupiah.nullish().transform((v) => v ?? null);

const year = z.number().int({ error: 'validation.integer' }).min(2000).max(2100);

const villageCode = z
  .string()
  .trim()
  .regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, { error: 'validation.areaCode' });

/** Desa/kelurahan codes without repeats (a repeat is reported at its second place). */
function villageCodes(max: number) {
  return z
    .array(villageCode)
    .max(max)
    .superRefine((values, ctx) => {
      values.forEach((value, index) => {
        if (values.indexOf(value) !== index)
          ctx.addIssue({ code: 'custom', path: [index], message: 'validation.duplicateArea', input: value });
      });
    });
}

/** APBD programme / kegiatan / sub-kegiatan code: digit groups separated by dots (`1.02.02.2.02.0033`). */
const budgetCode = z
  .string()
  .trim()
  .max(PLAN_TEXT_LIMITS.budgetCode)
  .nullish()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || /^[0-9X]+(\.[0-9X]+)*$/i.test(v), { error: 'validation.format' });

const fundingLine = z.strictObject({ fundingSourceId: id, amount: rupiah });

const planRowFields = {
  activity: requiredText(PLAN_TEXT_LIMITS.activity),
  budgetCode,
  interventionId: optionalId,
  /** Taken from the intervention when one is chosen (a different kind is refused); `lainnya` otherwise. */
  interventionKind: z.enum(INTERVENTION_KINDS, { error: 'validation.option' }).optional(),
  convergenceActionId: optionalId,
  targetGroup: optionalText(PLAN_TEXT_LIMITS.targetGroup),
  indicator: optionalText(PLAN_TEXT_LIMITS.indicator),
  targetVolume: z
    .number()
    .min(0)
    .max(1e12)
    .nullish()
    .transform((v) => v ?? null),
  targetUnit: optionalText(PLAN_TEXT_LIMITS.targetUnit),
  locations: villageCodes(PLAN_ROW_LIMITS.locations).default([]),
  responsibleInstitutionId: optionalId,
  /** Repeats, and the responsible institution among them, are refused by the handler. */
  supporterIds: z.array(id).max(PLAN_ROW_LIMITS.supporters).default([]),
  /** Bit 0 = January … bit 11 = December. */
  scheduleMonths: z.number().int({ error: 'validation.integer' }).min(0).max(ALL_MONTHS).default(0),
  /** One line per source (a repeated source is refused by the handler). */
  funding: z.array(fundingLine).max(PLAN_ROW_LIMITS.funding).default([]),
  status: z.enum(PLAN_ROW_STATUSES, { error: 'validation.option' }).default('planned'),
  realisationPercent: z
    .number()
    .int({ error: 'validation.integer' })
    .min(0)
    .max(100)
    .nullish()
    .transform((v) => v ?? null),
  realisationAmount: optionalRupiah,
  notes: optionalText(PLAN_TEXT_LIMITS.notes),
  commitmentIds: z.array(id).max(PLAN_ROW_LIMITS.commitments).default([]),
};

const planFields = {
  title: requiredText(300),
  status: z.enum(PLAN_STATUSES, { error: 'validation.option' }).default('draft'),
  adoptedMeetingId: optionalId,
  /** Desa lokus of the year, under the plan's area. */
  priorityVillageCodes: villageCodes(500).default([]),
};

export const planListInput = z.strictObject({
  query: searchQuery,
  /** Plans of this area and of the areas under it. */
  areaCode: areaCode.optional(),
  /** Plans owned by this office (issue 11). */
  officeId: id.optional(),
  year: year.optional(),
  status: z.enum(PLAN_STATUSES, { error: 'validation.option' }).optional(),
  ...paging,
});

export const planCreateInput = z.strictObject({ areaCode, year, ...planFields });
/** Every field is replaced, except the desa lokus: left out, they stay as they are. */
export const planUpdateInput = z.strictObject({
  id,
  ...planFields,
  priorityVillageCodes: villageCodes(500).optional(),
});

export const planCopyInput = z.strictObject({
  id,
  year,
  /** By default the source's title with its year replaced. */
  title: optionalText(300),
});

export const planCoverageInput = z.strictObject({
  planId: id,
  kind: z.enum(INTERVENTION_KINDS, { error: 'validation.option' }).optional(),
  /** `lokus` (default): the plan's priority villages, or the villages its rows name when none are set. */
  villages: z.enum(['lokus', 'all'], { error: 'validation.option' }).default('lokus'),
  /** Only the villages of one kecamatan (a kabupaten's plan reaches many). */
  kecamatanCode: z
    .string({ error: 'validation.type' })
    .regex(/^\d{2}\.\d{2}\.\d{2}$/, { error: 'validation.areaCode' })
    .optional(),
});

export const planRowCreateInput = z.strictObject({
  planId: id,
  /** 0-based place; appended when absent. */
  position: z.number().int().min(0).max(MAX_PLAN_ROWS).optional(),
  ...planRowFields,
});

export const planRowUpdateInput = z.strictObject({ id, ...planRowFields });

export const planRowMoveInput = z.strictObject({ id, toPosition: z.number().int().min(0).max(MAX_PLAN_ROWS) });

/** One row of a batch: with an id of this plan it replaces that row (restoring it if deleted); without, or with a new id, it creates one. */
const planRowUpsert = z.strictObject({
  id: id.optional(),
  position: z.number().int().min(0).max(MAX_PLAN_ROWS).optional(),
  ...planRowFields,
});

export const planRowBatchInput = z.strictObject({
  planId: id,
  upserts: z.array(planRowUpsert).max(5_000).default([]),
  deletes: z.array(id).max(MAX_PLAN_ROWS).default([]),
});

export const interventionListInput = z.strictObject({
  kind: z.enum(INTERVENTION_KINDS, { error: 'validation.option' }).optional(),
  query: searchQuery,
});
const interventionFields = {
  kind: z.enum(INTERVENTION_KINDS, { error: 'validation.option' }),
  code: optionalText(20),
  name: requiredText(300),
  indicator: optionalText(500),
  unit: optionalText(60),
  nationalTarget: optionalText(60),
  targetGroup: optionalText(200),
  position: z.number().int().min(0).max(10_000).optional(),
};
export const interventionCreateInput = z.strictObject(interventionFields);
export const interventionUpdateInput = z.strictObject({ id, ...interventionFields });

export const convergenceActionListInput = z.strictObject({
  scheme: z.enum(CONVERGENCE_SCHEMES, { error: 'validation.option' }).optional(),
});
const convergenceActionFields = {
  scheme: z.enum(CONVERGENCE_SCHEMES, { error: 'validation.option' }),
  number: z.number().int().min(1).max(99),
  name: requiredText(200),
  grouping: optionalText(60),
};
export const convergenceActionCreateInput = z.strictObject(convergenceActionFields);
export const convergenceActionUpdateInput = z.strictObject({ id, ...convergenceActionFields });

export const fundingSourceListInput = z.strictObject({});
const fundingSourceFields = {
  code: z
    .string()
    .trim()
    .min(1, { error: 'validation.required' })
    .max(30)
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { error: 'validation.format' }),
  name: requiredText(120),
  parentId: optionalId,
  position: z.number().int().min(0).max(10_000).optional(),
};
export const fundingSourceCreateInput = z.strictObject(fundingSourceFields);
export const fundingSourceUpdateInput = z.strictObject({ id, ...fundingSourceFields });

export const planExportInput = z.strictObject({ planId: id });

/** Files up to 5 MB (checked on the decoded bytes, `planImport.file.fileTooLarge`). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export const planImportInput = z.strictObject({
  planId: id,
  fileName: z.string().trim().min(1).max(200),
  dataBase64: z
    .string()
    .min(1, { error: 'validation.required' })
    .max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) * 2)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'validation.fileEncoding' }),
  /** `check` reads and reports; `import` writes only a clean file; `validOnly` writes the valid rows. */
  mode: z.enum(IMPORT_MODES, { error: 'validation.option' }).default('check'),
  /** For `validOnly`: the sha256 the check of this same file reported, as the user's confirmation. */
  checkedSha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, { error: 'validation.format' })
    .optional(),
  /** Replace the plan's rows instead of appending to them. */
  replaceRows: z.boolean().default(false),
});

export const planDocumentInput = z.strictObject({
  planId: id,
  format: z.enum(DOCUMENT_FORMATS, { error: 'validation.option' }),
  /** Defaults to the office's paper. */
  paper: z.enum(['A4', 'F4'], { error: 'validation.option' }).optional(),
  schedule: z.enum(['months', 'quarters'], { error: 'validation.option' }).default('months'),
  /** Who signs; by default the office's signer (Pengaturan → Dokumen). */
  signerPersonId: id.optional(),
  /** The date of the place-date line; today by default. */
  date: isoDate.optional(),
});
