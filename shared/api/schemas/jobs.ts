import { z } from 'zod';
import { commitmentReportInput, semesterReportInput } from './documents';
import { directoryExportInput } from './directory-files';
import { progressFormsInput } from './progress-forms';
import { ledgerExportInput } from './follow-up';
import { planDocumentInput, planExportInput } from './plans';
import { backupRef } from './backups';
import { empty } from './common';
import { exportInput, packageRef } from './exchange';

/** Starts a job: its kind and the input of the export or document it produces. */
export const jobStartInput = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('ledgerXlsx'), input: ledgerExportInput }),
  z.strictObject({ kind: z.literal('planXlsx'), input: planExportInput }),
  z.strictObject({ kind: z.literal('planDocument'), input: planDocumentInput }),
  z.strictObject({ kind: z.literal('commitmentReport'), input: commitmentReportInput }),
  z.strictObject({ kind: z.literal('backup'), input: empty }),
  z.strictObject({ kind: z.literal('exchangeExport'), input: exportInput }),
  z.strictObject({ kind: z.literal('exchangeImport'), input: packageRef }),
  z.strictObject({ kind: z.literal('semesterReport'), input: semesterReportInput }),
  z.strictObject({ kind: z.literal('directoryXlsx'), input: directoryExportInput }),
  z.strictObject({ kind: z.literal('progressForms'), input: progressFormsInput }),
  /** Restores a listed backup (Pengaturan → Cadangan); the recovery screen restores with backups.restore. */
  z.strictObject({ kind: z.literal('restore'), input: backupRef }),
]);

type JobStart = z.input<typeof jobStartInput>;
type ParsedJobStart = z.output<typeof jobStartInput>;

/** What a job of one kind is given, as a screen sends it. */
export type JobInputOf<K extends JobStart['kind']> = Extract<JobStart, { kind: K }>['input'];

/** The same, as the host receives it once checked (defaults filled in). */
export type ParsedJobInputOf<K extends ParsedJobStart['kind']> = Extract<ParsedJobStart, { kind: K }>['input'];
