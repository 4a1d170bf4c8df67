import { institutionSearchText } from '../../directory/repositories/institutions';
import { personSearchText } from '../../directory/repositories/people';
import { meetingSearchText } from '../../meetings/repositories/meetings';
import type { RecordData, RecordScalar, RecordValue, RecordVersion } from '../../../shared/exchange/versions';
import { CONTACT_FIELDS, partFieldName, type RecordTableInfo } from './repositories/tables';

/**
 * A row of a record table, with its parts, as a record version, and back. The record's `data` is
 * the row's exchanged columns by name, and each part table's rows as one list per column
 * (`meeting_areas__area_code`, `meeting_areas__position`), in one order, so the lists line up.
 * Local-only and derived columns stay out; derived ones are made again on arrival.
 */

export type Row = Record<string, unknown>;

function scalar(value: unknown): RecordScalar {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (typeof value === 'bigint') return Number(value);
  throw new TypeError(`not an exchangeable value: ${typeof value}`);
}

/** The record version of a row read with `selectRecordsSql`; contact details left out unless asked for. */
export function recordOfRow(info: RecordTableInfo, row: Row, includeContacts = true): RecordVersion {
  const data: RecordData = {};
  const omitted = includeContacts ? [] : (CONTACT_FIELDS[info.kind] ?? []);
  for (const column of info.columns) if (!omitted.includes(column)) data[column] = scalar(row[column]);
  for (const part of info.parts) {
    const rows = JSON.parse(String(row[`part:${part.table}`] ?? '[]')) as unknown[][];
    part.columns.forEach((column, index) => {
      data[partFieldName(part.table, column)] = rows.map((values) => scalar(values[index]));
    });
  }
  return {
    kind: info.kind,
    id: String(row.id),
    owner: String(row.owner_office_id),
    version: String(row.version),
    deleted: false,
    data,
  };
}

/** A record's row and part rows, ready to write; null when `data` does not fit the table. */
export interface DecodedRecord {
  values: Record<string, RecordScalar>;
  parts: { table: string; parentColumn: string; columns: string[]; rows: RecordScalar[][] }[];
}

function isScalarList(value: RecordValue | undefined): value is RecordScalar[] {
  return Array.isArray(value);
}

/**
 * The row behind a live record: every field a column of the table or a list of one of its parts,
 * required columns present, the lists of a part of equal length. Contact details a sender left
 * out are written as null (unknown here). Null when the data does not fit.
 */
export function decodeRecord(info: RecordTableInfo, data: RecordData): DecodedRecord | null {
  const known = new Set(info.columns);
  const partFields = new Map<string, true>();
  for (const part of info.parts)
    for (const column of part.columns) partFields.set(partFieldName(part.table, column), true);
  for (const field of Object.keys(data)) if (!known.has(field) && !partFields.has(field)) return null;
  const values: Record<string, RecordScalar> = {};
  for (const column of info.columns) {
    const value = data[column];
    if (Array.isArray(value)) return null;
    if (value === undefined || value === null) {
      if (info.required.has(column)) return null;
      values[column] = null;
    } else values[column] = value;
  }
  const parts: DecodedRecord['parts'] = [];
  for (const part of info.parts) {
    const lists = part.columns.map((column) => data[partFieldName(part.table, column)]);
    if (!lists.every(isScalarList)) return null;
    const length = lists[0]?.length ?? 0;
    if (lists.some((list) => list.length !== length)) return null;
    const rows = Array.from({ length }, (_, index) => lists.map((list) => list[index] as RecordScalar));
    parts.push({ table: part.table, parentColumn: part.parentColumn, columns: part.columns, rows });
  }
  return { values, parts };
}

const text = (value: RecordScalar | undefined): string => (typeof value === 'string' ? value : '');

/** Derived columns made again on arrival, by the rules the directory and meeting repositories write them with. */
export const DERIVED_COLUMNS: Record<string, { column: string; of: (values: Record<string, RecordScalar>) => string }> =
  {
    institutions: {
      column: 'search_text',
      of: (v) => institutionSearchText({ name: text(v.name), shortName: text(v.short_name) }),
    },
    people: {
      column: 'search_text',
      of: (v) => personSearchText({ name: text(v.name), position: text(v.position), nip: text(v.nip) }),
    },
    meetings: {
      column: 'search_text',
      of: (v) =>
        meetingSearchText({ title: text(v.title), venue: text(v.venue), invitationNumber: text(v.invitation_number) }),
    },
  };

/** The version stored for comparison: contact details never decide which version wins. */
export function withoutContacts(record: RecordVersion): RecordVersion {
  const contacts = CONTACT_FIELDS[record.kind];
  if (!contacts || !record.data) return record;
  const data = Object.fromEntries(Object.entries(record.data).filter(([field]) => !contacts.includes(field)));
  return { ...record, data };
}
