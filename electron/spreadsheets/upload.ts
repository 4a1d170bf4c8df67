import { createHash } from 'node:crypto';
import type { Worksheet } from 'exceljs';
import { AppError } from '../../shared/api/result';
import type { ImportProblem } from '../../shared/domain/import-problem';
import { csvWorksheets, isCsvFileName } from './csv-sheet';
import { MAX_UNPACKED_BYTES, unpacksWithin } from './zip-guard';

/**
 * An uploaded spreadsheet, read the same way by every import (action plans, the directory,
 * progress forms): at most `maxBytes`, a ZIP container (every XLSX is one) that does not unpack
 * beyond 100 MB, or UTF-8 text when the file is named `.csv` and CSV is allowed. File-level
 * refusals are VALIDATION errors on `dataBase64`; a CSV that cannot be read comes back as a
 * problem with its line, for the import's report.
 */
export interface UploadRules {
  maxBytes: number;
  /** Data rows the import takes (bounds the CSV reader). */
  maxRows: number;
  /** Prefix of the message keys: `fileTooLarge`, `empty`, `notXlsx`, `unpacksTooLarge`, and the CSV ones. */
  keyPrefix: string;
  csv: boolean;
}

export interface ReadUpload {
  sheets: Worksheet[];
  /** SHA-256 of the bytes: a confirmation names the file its check was shown for. */
  sha256: string;
  /** A CSV that could not be read (no sheets then). */
  problem: ImportProblem | null;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export function isZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((byte, i) => bytes[i] === byte);
}

function refused(rules: UploadRules, suffix: string, params?: Record<string, string | number>): AppError {
  const key = `${rules.keyPrefix}${suffix}`;
  return new AppError('VALIDATION', 'error.validation', undefined, [
    params ? { path: 'dataBase64', key, params } : { path: 'dataBase64', key },
  ]);
}

export interface CheckedUpload {
  bytes: Buffer;
  /** Text to read as CSV (else an XLSX). */
  csv: boolean;
  sha256: string;
}

/** The checked bytes of an upload and whether they are CSV text. */
export function uploadBytes(fileName: string, dataBase64: string, rules: UploadRules): CheckedUpload {
  const bytes = Buffer.from(dataBase64, 'base64');
  if (bytes.length > rules.maxBytes) throw refused(rules, 'fileTooLarge', { maxMb: rules.maxBytes / 1024 / 1024 });
  if (bytes.length === 0) throw refused(rules, 'empty');
  const zip = isZip(bytes);
  if (!zip && !(rules.csv && isCsvFileName(fileName))) throw refused(rules, 'notXlsx');
  if (zip && !unpacksWithin(bytes))
    throw refused(rules, 'unpacksTooLarge', { maxMb: MAX_UNPACKED_BYTES / 1024 / 1024 });
  return { bytes, csv: !zip, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** Reads a checked upload into worksheets (exceljs is loaded on the first import, not at start-up). */
export async function readUpload(upload: CheckedUpload, rules: UploadRules): Promise<ReadUpload> {
  const { bytes, csv, sha256 } = upload;
  const { default: ExcelJS } = await import('exceljs');
  if (csv) {
    const read = csvWorksheets(bytes, () => new ExcelJS.Workbook(), rules);
    return 'problem' in read
      ? { sheets: [], sha256, problem: read.problem }
      : { sheets: read.sheets, sha256, problem: null };
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw refused(rules, 'notXlsx');
  }
  return { sheets: workbook.worksheets, sha256, problem: null };
}
