import { z } from 'zod';
import { MAX_AGREEMENT_WORDING } from '../../domain/agreement';
import { DOCUMENT_FORMATS, MEETING_DOCUMENTS, SIGNER_NAME_CASES } from '../../domain/document-settings';
import { MAX_PERIOD_DAYS, periodDays } from '../../domain/report-period';
import { id, isoDate, optionalText, requiredText } from './common';
import { ledgerFilters } from './follow-up';

const margin = z.number().min(5, { error: 'validation.margin' }).max(60, { error: 'validation.margin' });
const paper = z.enum(['A4', 'F4'], { error: 'validation.option' });

export const documentSettingsInput = z.strictObject({
  settings: z.strictObject({
    letterhead: z.strictObject({
      lines: z
        .array(z.strictObject({ text: requiredText(120), size: z.number().int().min(8).max(24), bold: z.boolean() }))
        .min(1, { error: 'validation.letterheadLines' })
        .max(5),
      address: optionalText(300),
      phone: optionalText(100),
      email: optionalText(120),
      website: optionalText(120),
      /** Changed only through documents.setLogo/removeLogo; accepted here so settings round-trip. */
      logoFile: z.string().max(200).nullish(),
    }),
    paper,
    margins: z.strictObject({ top: margin, right: margin, bottom: margin, left: margin }),
    placeName: requiredText(80),
    signerNameCase: z.enum(SIGNER_NAME_CASES, { error: 'validation.option' }).optional(),
  }),
  letters: z.strictObject({
    signerPersonId: id.nullish().transform((v) => v ?? null),
    signerHeading: optionalText(200),
    copies: z.array(requiredText(200)).max(10),
  }),
});

const MAX_LOGO_BYTES = 1024 * 1024;

export const logoInput = z.strictObject({
  name: z.string().trim().min(1).max(200),
  dataBase64: z
    .string()
    .max(Math.ceil((MAX_LOGO_BYTES * 4) / 3) + 4, { error: 'validation.logoTooLarge' })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'validation.fileEncoding' }),
});

export const meetingDocumentInput = z.strictObject({
  meetingId: id,
  document: z.enum(MEETING_DOCUMENTS, { error: 'validation.option' }),
  format: z.enum(DOCUMENT_FORMATS, { error: 'validation.option' }),
  /** Defaults to the office's paper. */
  paper: paper.optional(),
  /** Undangan: the date of the letter (default today) and who signs it (default from settings). */
  letterDate: isoDate.optional(),
  signerPersonId: id.optional(),
  /** Daftar hadir: print the invitees' phone numbers (personal data, off by default). */
  showPhone: z.boolean().default(false),
  blankRows: z.number().int().min(0).max(100).default(10),
});

/**
 * Laporan tindak lanjut komitmen: the ledger's filters (the commitments the report covers; `sort`
 * is accepted and ignored, the grouping orders the report), the grouping, the format and paper.
 */
export const commitmentReportInput = z.strictObject({
  ...ledgerFilters,
  groupBy: z.enum(['institution', 'meeting'], { error: 'validation.option' }).default('institution'),
  /** `full`: every commitment; `summary` (for long periods): the counts, then the open commitments only. */
  form: z.enum(['full', 'summary'], { error: 'validation.option' }).default('full'),
  format: z.enum(DOCUMENT_FORMATS, { error: 'validation.option' }),
  /** Defaults to the office's paper. */
  paper: paper.optional(),
  /** Who signs; by default the office's signer (Pengaturan → Dokumen). */
  signerPersonId: id.optional(),
});

const agreementText = requiredText(MAX_AGREEMENT_WORDING);

/** The berita acara's wording; placeholders are checked by the host, which names the unknown one. */
export const agreementWording = z.strictObject({ opening: agreementText, closing: agreementText });

/** Berita acara kesepakatan of a meeting that agreed commitments. */
export const agreementDocumentInput = z.strictObject({
  meetingId: id,
  format: z.enum(DOCUMENT_FORMATS, { error: 'validation.option' }),
  /** Defaults to the office's paper. */
  paper: paper.optional(),
  /** Nomor of the berita acara, printed under its title. */
  number: optionalText(100),
  /** This printing's wording; by default the office's (documents.agreementWording). */
  wording: agreementWording.optional(),
});

/** The office's wording; null goes back to Sirakor's default. */
export const agreementWordingInput = z.strictObject({ wording: agreementWording.nullable() });

const period = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('semester'),
      year: z.number().int().min(2000, { error: 'validation.year' }).max(2100, { error: 'validation.year' }),
      semester: z.union([z.literal(1), z.literal(2)], { error: 'validation.option' }),
    }),
    z.strictObject({ kind: z.literal('range'), from: isoDate, to: isoDate }).superRefine((range, ctx) => {
      // A date already refused says so on its own field; the range is judged between two dates.
      if (!isoDate.safeParse(range.from).success || !isoDate.safeParse(range.to).success) return;
      if (range.to < range.from) {
        ctx.addIssue({ code: 'custom', path: ['to'], message: 'validation.periodOrder' });
      } else if (periodDays(range.from, range.to) > MAX_PERIOD_DAYS) {
        ctx.addIssue({ code: 'custom', path: ['to'], message: 'validation.periodTooLong' });
      }
    }),
  ],
  { error: 'validation.option' },
);

/** Laporan semester of the TPPS chair to the Bupati: a semester or a range of up to a year. */
export const semesterReportInput = z.strictObject({
  period,
  format: z.enum(DOCUMENT_FORMATS, { error: 'validation.option' }),
  /** Defaults to the office's paper. */
  paper: paper.optional(),
  /** Who signs; by default the office's signer (Pengaturan → Dokumen). */
  signerPersonId: id.optional(),
});
