import { z } from 'zod';
import { commitmentReportInput } from './documents';
import { ledgerExportInput } from './follow-up';
import { planDocumentInput, planExportInput } from './plans';
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
]);
