import { uniqueNames } from '../files/file-names';
import { storedPart, zipArchive } from '../files/zip-writer';
import type { FormSheet } from './form-data';
import { formFileName, formWorkbook } from './form-xlsx';

/**
 * The file handed to the user: one form as its XLSX, or several (every institution with open
 * commitments) as a ZIP of one XLSX each, which an office sends institution by institution on
 * WhatsApp. The workbooks are already compressed, so the ZIP stores them as they are.
 */
export function formsFile(forms: readonly FormSheet[], now: Date, onWritten?: (done: number) => void): Uint8Array {
  if (forms.length === 1) return formWorkbook(forms[0] as FormSheet, now);
  const names = uniqueNames(forms.map((form) => formFileName(form.institutionName)));
  return zipArchive(
    forms.map((form, i) => {
      const part = storedPart(names[i] as string, formWorkbook(form, now));
      onWritten?.(i + 1);
      return part;
    }),
    now,
  );
}
