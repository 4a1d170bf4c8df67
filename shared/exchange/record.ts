import type { ExchangeLimits } from './limits';
import { isFieldName, KIND_PATTERN, RECORD_ID_PATTERN } from './names';
import { isOfficeId, parseStamp } from './stamp';
import type { RecordVersion } from './versions';

/**
 * One line of a package's records payload, checked field by field (a hand-written check rather
 * than a schema: it runs for every record of a 100 MB package and must tell an oversized value
 * from a malformed one). A record is `{kind, id, owner, version, deleted, data}`, nothing more;
 * `data` is a flat object of scalars and short lists of scalars, or null for a tombstone.
 */

export type RecordCheck =
  { ok: true; record: RecordVersion } | { ok: false; reason: 'RECORD_INVALID' | 'RECORD_TOO_LARGE' };

const RECORD_KEYS = ['kind', 'id', 'owner', 'version', 'deleted', 'data'];
const INVALID: RecordCheck = { ok: false, reason: 'RECORD_INVALID' };
const TOO_LARGE: RecordCheck = { ok: false, reason: 'RECORD_TOO_LARGE' };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** 'ok', or why a scalar is refused. */
function checkScalar(value: unknown, limits: ExchangeLimits): 'ok' | RecordCheck {
  if (value === null || typeof value === 'boolean') return 'ok';
  if (typeof value === 'number') return Number.isFinite(value) ? 'ok' : INVALID;
  if (typeof value === 'string') return value.length <= limits.stringChars ? 'ok' : TOO_LARGE;
  return INVALID;
}

function checkData(data: Record<string, unknown>, limits: ExchangeLimits): 'ok' | RecordCheck {
  const fields = Object.keys(data);
  if (fields.length > limits.fieldsPerRecord) return TOO_LARGE;
  for (const field of fields) {
    if (!isFieldName(field)) return INVALID;
    const value = data[field];
    if (Array.isArray(value)) {
      if (value.length > limits.listItems) return TOO_LARGE;
      for (const item of value) {
        const check = checkScalar(item, limits);
        if (check !== 'ok') return check;
      }
    } else {
      const check = checkScalar(value, limits);
      if (check !== 'ok') return check;
    }
  }
  return 'ok';
}

/** Checks a parsed record line; the record returned is the value itself, now known to be a RecordVersion. */
export function checkRecord(value: unknown, limits: ExchangeLimits): RecordCheck {
  if (!isPlainObject(value)) return INVALID;
  const keys = Object.keys(value);
  if (keys.length !== RECORD_KEYS.length || !RECORD_KEYS.every((key) => Object.hasOwn(value, key))) return INVALID;
  const { kind, id, owner, version, deleted, data } = value;
  if (typeof kind !== 'string' || !KIND_PATTERN.test(kind)) return INVALID;
  if (typeof id !== 'string' || !RECORD_ID_PATTERN.test(id)) return INVALID;
  if (typeof owner !== 'string' || !isOfficeId(owner)) return INVALID;
  if (typeof version !== 'string' || parseStamp(version)?.office !== owner) return INVALID;
  if (typeof deleted !== 'boolean') return INVALID;
  if (deleted) {
    if (data !== null) return INVALID;
  } else {
    if (!isPlainObject(data)) return INVALID;
    const check = checkData(data, limits);
    if (check !== 'ok') return check;
  }
  return { ok: true, record: value as unknown as RecordVersion };
}

/** The key under which a record is unique in a package and in a database: kind and id. */
export function recordKey(record: Pick<RecordVersion, 'kind' | 'id'>): string {
  return `${record.kind}\u0000${record.id}`;
}
