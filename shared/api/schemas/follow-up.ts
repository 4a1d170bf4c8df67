import { z } from 'zod';
import { COMMITMENT_STATUSES } from '../../domain/commitments';
import { SECTORS } from '../../domain/directory';
import { LEDGER_SORTS, SEARCH_KINDS } from '../../domain/follow-up';
import { DASHBOARD_PERIOD_KINDS, periodsInYear } from '../../domain/dashboard-period';
import { areaCode, id, isoDate, LIMITS, optionalText, searchQuery } from './common';

const optionalId = id.nullish().transform((v) => v ?? null);

export const ledgerFilters = {
  query: searchQuery,
  statuses: z
    .array(z.enum(COMMITMENT_STATUSES, { error: 'validation.option' }))
    .max(4)
    .optional(),
  overdueOnly: z.boolean().default(false),
  institutionId: id.optional(),
  sector: z.enum(SECTORS, { error: 'validation.option' }).optional(),
  /** Commitments of meetings of this area or of any area under it. */
  areaCode: areaCode.optional(),
  meetingId: id.optional(),
  /** Commitments owned by this office (issue 11). */
  officeId: id.optional(),
  dueFrom: isoDate.optional(),
  dueTo: isoDate.optional(),
  /** Completion dates (`completed_on`), for the dashboard's "done this quarter". */
  completedFrom: isoDate.optional(),
  completedTo: isoDate.optional(),
  sort: z.enum(LEDGER_SORTS, { error: 'validation.option' }).default('due_asc'),
};

export const ledgerInput = z.strictObject({
  ...ledgerFilters,
  limit: z.number().int().min(1).max(500).default(100),
  offset: z.number().int().min(0).max(10_000_000).default(0),
});

export const ledgerExportInput = z.strictObject(ledgerFilters);

export const commitmentStatusInput = z.strictObject({
  id,
  status: z.enum(COMMITMENT_STATUSES, { error: 'validation.option' }),
  note: optionalText(LIMITS.longText),
  /** The meeting during which the status was reported (carry-over review). */
  meetingId: optionalId,
});

export const MAX_EVIDENCE_BYTES = 3 * 1024 * 1024;
/** Evidence files attached to one progress update. */
export const MAX_EVIDENCE_FILES = 5;

const evidenceInput = z.strictObject({
  name: z.string().trim().min(1).max(200),
  mediaType: z
    .string()
    .max(100)
    .nullish()
    .transform((v) => v ?? null),
  /** The file's bytes, base64-encoded; at most 3 MB per file. */
  dataBase64: z
    .string()
    .max(Math.ceil((MAX_EVIDENCE_BYTES * 4) / 3) + 4, { error: 'validation.fileTooLarge' })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'validation.fileEncoding' }),
});

export const progressUpdateInput = z.strictObject({
  commitmentId: id,
  reportedOn: isoDate,
  note: optionalText(LIMITS.longText),
  percent: z
    .number()
    .int()
    .min(0)
    .max(100)
    .nullish()
    .transform((v) => v ?? null),
  statusAfter: z
    .enum(COMMITMENT_STATUSES, { error: 'validation.option' })
    .nullish()
    .transform((v) => v ?? null),
  reportedByPersonId: optionalId,
  reportedByText: optionalText(),
  meetingId: optionalId,
  evidence: z.array(evidenceInput).max(MAX_EVIDENCE_FILES).default([]),
});

/** A kabupaten Rakor can inherit thousands of open commitments; the review lists the first ones. */
export const carryOverInput = z.strictObject({
  meetingId: id,
  limit: z.number().int().min(1).max(500).default(100),
});

/** A year, a semester or a quarter of a year (shared/domain/dashboard-period.ts). */
export const dashboardPeriod = z
  .strictObject({
    kind: z.enum(DASHBOARD_PERIOD_KINDS, { error: 'validation.option' }),
    year: z.number().int().min(1900).max(2200),
    index: z.number().int().min(1).max(4),
  })
  .refine((period) => period.index <= periodsInYear(period.kind), { path: ['index'], error: 'validation.option' });

export const dashboardInput = z.strictObject({
  areaCode: areaCode.optional(),
  /** Commitments owned by this office (issue 11). */
  officeId: id.optional(),
  /** Without one, the default year (`defaultDashboardYear`). */
  period: dashboardPeriod.optional(),
  limit: z.number().int().min(1).max(50).default(10),
});

const searchText = z.string().trim().min(1, { error: 'validation.required' }).max(LIMITS.searchQuery);

export const searchInput = z.strictObject({
  query: searchText,
  limit: z.number().int().min(1).max(100).default(50),
});

export const searchCountInput = z.strictObject({ query: searchText });

/** The full results page: every hit, filtered by kind, period, area and office, a page of groups at a time. */
export const searchPageInput = z.strictObject({
  query: searchText,
  kind: z.enum(SEARCH_KINDS).optional(),
  /** A whole year (the same as a `period` of kind year). */
  year: z.number().int().min(2000).max(2100).optional(),
  /** A year, a semester or a quarter of meeting dates (plan rows: their plan's year); wins over `year`. */
  period: dashboardPeriod.optional(),
  areaCode: areaCode.optional(),
  officeId: id.optional(),
  limit: z.number().int().min(1).max(100).default(25),
  offset: z.number().int().min(0).max(10_000_000).default(0),
});

/** The hits with the same text as one hit of the search box ("+N serupa" opened in place). */
export const searchSimilarInput = z.strictObject({
  query: searchText,
  kind: z.enum(SEARCH_KINDS),
  id,
  limit: z.number().int().min(1).max(50).default(10),
});
