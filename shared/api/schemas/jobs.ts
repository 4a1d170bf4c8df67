import { z } from 'zod';
import { commitmentReportInput } from './documents';
import { ledgerExportInput } from './follow-up';
import { planDocumentInput, planExportInput } from './plans';
import { backupRef } from './backups';
import { empty } from './common';

/** Starts a job: its kind and the input of the export or document it produces. */
export const jobStartInput = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('ledgerXlsx'), input: ledgerExportInput }),
  z.strictObject({ kind: z.literal('planXlsx'), input: planExportInput }),
  z.strictObject({ kind: z.literal('planDocument'), input: planDocumentInput }),
  z.strictObject({ kind: z.literal('commitmentReport'), input: commitmentReportInput }),
  z.strictObject({ kind: z.literal('backup'), input: empty }),
  /** Restores a listed backup (Pengaturan → Cadangan); the recovery screen restores with backups.restore. */
  z.strictObject({ kind: z.literal('restore'), input: backupRef }),
]);
