import type { CommitmentStatus } from '../../shared/domain/commitments';
import { parseDateId } from '../../shared/format/parse-date';
import { STATUS_LABELS_ID } from '../../shared/domain/indonesian-labels';
import type { CellScalar } from '../spreadsheets/cells';

/**
 * The cells an institution fills in a progress form, read the ways they come back: chosen from
 * the drop-down or typed (`selesai`, `Sedang berjalan`), numbers typed as numbers or text (`75`,
 * `75%`, `75,0`, a cell formatted as a percentage), dates as Excel dates, serial numbers or text
 * (`17/12/2025`, `17 Desember 2025`). A value that cannot be read answers its message key.
 */
export type CellRead<T> = { ok: true; value: T | null } | { ok: false; key: string };

const STATUS_WORDS: Record<string, CommitmentStatus> = {
  ...Object.fromEntries(
    (Object.entries(STATUS_LABELS_ID) as [CommitmentStatus, string][]).map(([status, label]) => [
      label.toLowerCase(),
      status,
    ]),
  ),
  belum: 'not_started',
  'belum dimulai': 'not_started',
  'sedang berjalan': 'in_progress',
  proses: 'in_progress',
  'dalam proses': 'in_progress',
  sudah: 'done',
  'sudah selesai': 'done',
  batal: 'cancelled',
};

function blank(value: CellScalar): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

export function readStatus(value: CellScalar): CellRead<CommitmentStatus> {
  if (blank(value)) return { ok: true, value: null };
  const word = String(value).trim().toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '');
  const status = STATUS_WORDS[word];
  return status ? { ok: true, value: status } : { ok: false, key: 'forms.import.status' };
}

/** 0–100, whole numbers; `percentFormat`: the cell shows a percentage, so 0.75 means 75. */
export function readPercent(value: CellScalar, percentFormat: boolean): CellRead<number> {
  if (blank(value)) return { ok: true, value: null };
  let number: number;
  if (typeof value === 'number') {
    number = percentFormat ? value * 100 : value;
  } else if (typeof value === 'string') {
    const text = value.trim().replace(/\s+/g, '').replace(/%$/, '').replace(',', '.');
    if (!/^-?\d+(\.\d+)?$/.test(text)) return { ok: false, key: 'forms.import.percentNumber' };
    number = Number(text);
  } else return { ok: false, key: 'forms.import.percentNumber' };
  const rounded = Math.round(number * 1e6) / 1e6;
  if (!Number.isInteger(rounded)) return { ok: false, key: 'forms.import.percentWhole' };
  if (rounded < 0 || rounded > 100) return { ok: false, key: 'forms.import.percentRange' };
  return { ok: true, value: rounded };
}

const FIRST_SERIAL = 36_526; // 1 January 2000
const LAST_SERIAL = 73_415; // 31 December 2100

/** `YYYY-MM-DD`. exceljs gives a date cell as a UTC date, read by `cellValue` as its ISO date. */
export function readDate(value: CellScalar): CellRead<string> {
  if (blank(value)) return { ok: true, value: null };
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < FIRST_SERIAL || value > LAST_SERIAL)
      return { ok: false, key: 'forms.import.date' };
    const date = new Date(Date.UTC(1899, 11, 30) + value * 86_400_000);
    return { ok: true, value: date.toISOString().slice(0, 10) };
  }
  if (typeof value !== 'string') return { ok: false, key: 'forms.import.date' };
  const parsed = parseDateId(value);
  if (!parsed || parsed < '2000-01-01' || parsed > '2100-12-31') return { ok: false, key: 'forms.import.date' };
  return { ok: true, value: parsed };
}

export function readText(value: CellScalar, max: number): CellRead<string> {
  if (blank(value)) return { ok: true, value: null };
  const text = String(value).trim();
  return text.length > max ? { ok: false, key: 'forms.import.tooLong' } : { ok: true, value: text };
}
