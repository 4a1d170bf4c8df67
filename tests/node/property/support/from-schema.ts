import fc from 'fast-check';
import type { z } from 'zod';
import * as common from '../../../../shared/api/schemas/common';
import { hostilePayload, hostileValue, nastyString, pollutionPayload, withProtoKey } from './hostile';

/**
 * Payload arbitraries derived from a method's zod input schema, so a new method (or a new field)
 * is covered without editing this file. "Valid-shaped" payloads use the schema's keys with values
 * that pass its checks but are as unpleasant as the checks allow (SQL metacharacters, lone
 * surrogates, RTL marks, boundary numbers, ids of the wrong entity): these reach the handlers.
 * "Near-valid" ones swap some values for hostile ones and add unknown or prototype keys.
 *
 * A string with a custom check (a refine the walker cannot satisfy by itself) needs a specific
 * arbitrary: a known building block of schemas/common.ts or a field-name hint below. Without
 * one, building the method's arbitrary throws, naming the field, so the test fails.
 */

/** Values read from the database as the test goes (mutable: arbitraries pick from them at run time). */
export interface Pools {
  /** Ids by table, and every id of them together. */
  idsByTable: Record<string, string[]>;
  ids: string[];
  areaCodes: string[];
  villageCodes: string[];
  backupIds: string[];
  /** Real files (base64) for upload fields: an exported plan workbook, a small PNG. */
  files: string[];
}

type Mode = 'valid' | 'near';
type AnySchema = z.core.$ZodType;
interface Def {
  type: string;
  checks?: { _zod: { def: Record<string, unknown> } }[];
  [key: string]: unknown;
}

const defOf = (schema: AnySchema): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Picks from a pool that may grow while the test runs; `fallback` while it is empty. */
function fromPool(pool: readonly string[], fallback: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(fc.nat(), fallback)
    .map(([n, other]) => (pool.length > 0 ? (pool[n % pool.length] as string) : other));
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const isoDateArb = fc.oneof(
  fc.constantFrom('2000-01-01', '2100-12-31', '2024-02-29', '2025-10-17', '2026-01-01'),
  fc
    .date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
);

const clockArb = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${pad(h)}:${pad(m)}`);

/** The table an id field most likely names, from the field and the method (`meetings.get` → meetings). */
export function tableOfIdField(method: string, key: string): string | null {
  const field = key.replace(/Ids?$/, '').toLowerCase();
  const byField: [RegExp, string][] = [
    [/person$|^signer|^speaker|^chair|^minutetaker|^contact|^reportedby/, 'people'],
    [/institution$|^supporter/, 'institutions'],
    [/meeting$/, 'meetings'],
    [/^plan$/, 'action_plans'],
    [/^commitment/, 'commitments'],
    [/^agendaitem/, 'agenda_items'],
    [/^intervention/, 'interventions'],
    [/^convergenceaction/, 'convergence_actions'],
    [/^fundingsource|^parent/, 'funding_sources'],
    [/^after/, 'minutes_entries'],
    [/^delete/, 'plan_rows'],
  ];
  for (const [pattern, table] of byField) if (pattern.test(field)) return table;
  if (field !== '' && field !== 'id' && key !== 'deletes') return null;
  const byMethod: Record<string, string> = {
    institutions: 'institutions',
    people: 'people',
    meetings: 'meetings',
    agenda: 'agenda_items',
    participants: 'meeting_participants',
    minutes: 'minutes_entries',
    decisions: 'decisions',
    commitments: 'commitments',
    evidence: 'evidence_files',
    plans: 'action_plans',
    planRows: 'plan_rows',
    interventions: 'interventions',
    convergenceActions: 'convergence_actions',
    fundingSources: 'funding_sources',
  };
  return byMethod[method.split('.')[0] ?? ''] ?? null;
}

function knownArbitraries(pools: Pools, method: string): Map<unknown, (key: string) => fc.Arbitrary<unknown>> {
  const idArb = (key: string) => {
    const table = tableOfIdField(method, key);
    const own = table ? (pools.idsByTable[table] ?? []) : pools.ids;
    return fc.oneof(
      { weight: 12, arbitrary: fromPool(own, fc.uuid()) },
      { weight: 2, arbitrary: fromPool(pools.ids, fc.uuid()) },
      { weight: 2, arbitrary: fc.uuid() },
      {
        weight: 1,
        arbitrary: fc.constantFrom('00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff'),
      },
      { weight: 1, arbitrary: fromPool(own, fc.uuid()).map((v) => v.toUpperCase()) },
    );
  };
  const always = (arb: fc.Arbitrary<unknown>) => () => arb;
  return new Map<unknown, (key: string) => fc.Arbitrary<unknown>>([
    [common.id, idArb],
    [
      common.areaCode,
      always(
        fc.oneof(
          { weight: 4, arbitrary: fromPool(pools.areaCodes, fc.constant('73')) },
          {
            weight: 1,
            arbitrary: fc.constantFrom('11', '94.71', '99', '99.99', '00.00.00', ' 73.04.05 ', '73.04.05.9999'),
          },
        ),
      ),
    ],
    [common.isoDate, always(isoDateArb)],
    [common.clockTime, always(clockArb)],
    [
      common.nip,
      always(fc.oneof(fc.constant(null), fc.stringMatching(/^\d{18}$/), fc.constant('19651231 199803 1 066'))),
    ],
    [
      common.phone,
      always(
        fc.oneof(fc.constant(null), fc.constantFrom('0812-3456-7890', '+62 812 3456 7890', '(0419) 21234', '   ')),
      ),
    ],
    [
      common.email,
      always(
        fc.oneof(
          fc.constant(null),
          fc.constantFrom("o'neil@dinkes.go.id", 'a+b@c.id', 'x@y.z', '"%"@[x].id', 'nama@dinkes.go.id'),
        ),
      ),
    ],
  ]);
}

/** Field-name hints for strings whose check the walker cannot satisfy from the schema alone. */
function hints(pools: Pools): Record<string, fc.Arbitrary<unknown>> {
  const base64Of = (bytes: fc.Arbitrary<Uint8Array>) => bytes.map((b) => Buffer.from(b).toString('base64'));
  return {
    budgetCode: fc.constantFrom('1.02.02.2.02.0033', 'X.XX.01', '9', null, '', ' 1.02 '),
    dataBase64: fc.oneof(
      fromPool(pools.files, fc.constant('AA==')),
      base64Of(fc.uint8Array({ maxLength: 64 })),
      base64Of(fc.constant(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]))),
      base64Of(fc.constant(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]))),
      base64Of(fc.constant(Buffer.from('SQLite format 3\u0000garbage'))),
      fc.constantFrom('====', 'A', 'AA==', '////'),
    ),
    villageCode: fc.oneof(
      fromPool(pools.villageCodes, fc.constant('73.04.05.2006')),
      fc.stringMatching(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/),
    ),
    backupId: fc.oneof(
      fromPool(pools.backupIds, fc.constant('sirakor-2025-01-01T000000-manual')),
      fc.stringMatching(/^sirakor-\d{4}-\d{2}-\d{2}T\d{6}-(auto|quit|manual|pre-migration|pre-restore)$/),
    ),
  };
}

/** A nasty string that still passes the length checks (after trimming, as the schema does). */
function boundedString(min: number, max: number, trims: boolean): fc.Arbitrary<string> {
  return nastyString.map((raw) => {
    let s = raw.length > max ? raw.slice(0, max) : raw;
    const length = () => (trims ? s.trim().length : s.length);
    if (length() < min) s = ('Rakor ' + s).slice(0, Math.max(max, min));
    while (length() < min) s += 'a';
    return s;
  });
}

function checksOf(def: Def): Record<string, unknown>[] {
  return (def.checks ?? []).map((c) => c._zod.def);
}

export class MissingArbitraryError extends Error {}

export interface SchemaArbitraries {
  /** Keys and values the schema accepts, as hostile as it allows. */
  valid: fc.Arbitrary<unknown>;
  /** Mostly valid, with hostile values, unknown and prototype keys mixed in. */
  near: fc.Arbitrary<unknown>;
  /** Anything: wrong types, huge strings, deep nesting, prototype keys. */
  hostile: fc.Arbitrary<unknown>;
}

export function arbitrariesOf(method: string, schema: AnySchema, pools: Pools): SchemaArbitraries {
  const known = knownArbitraries(pools, method);
  const hinted = hints(pools);

  const hintFor = (key: string, def: Def): fc.Arbitrary<unknown> | undefined => {
    if (hinted[key]) return hinted[key];
    const pattern = checksOf(def).find((c) => c.format === 'regex')?.pattern;
    if (pattern instanceof RegExp && pattern.source.includes('\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}'))
      return hinted.villageCode;
    if (pattern instanceof RegExp && pattern.source.startsWith('^sirakor-')) return hinted.backupId;
    return undefined;
  };

  const build = (schema: AnySchema, path: string, key: string, mode: Mode): fc.Arbitrary<unknown> => {
    const field = buildValid(schema, path, key, mode);
    if (mode === 'valid') return field;
    return fc.oneof({ weight: 6, arbitrary: field }, { weight: 1, arbitrary: hostileValue });
  };

  const buildValid = (schema: AnySchema, path: string, key: string, mode: Mode): fc.Arbitrary<unknown> => {
    const knownArb = known.get(schema);
    if (knownArb) return knownArb(key);
    const def = defOf(schema);
    const checks = checksOf(def);
    const custom = checks.some((c) => c.check === 'custom');
    switch (def.type) {
      case 'object': {
        const shape = def.shape as Record<string, AnySchema>;
        const entries = Object.entries(shape);
        const record: Record<string, fc.Arbitrary<unknown>> = {};
        const required: string[] = [];
        for (const [name, child] of entries) {
          record[name] = build(child, path ? `${path}.${name}` : name, name, mode);
          if (!isOptional(child)) required.push(name);
        }
        const base = fc.record(record, { requiredKeys: required });
        if (mode === 'valid') return base;
        return fc
          .tuple(
            base,
            fc.oneof(
              { weight: 6, arbitrary: fc.constant(null) },
              { weight: 1, arbitrary: fc.constantFrom('constructor', 'prototype', 'extra', 'id ', 'ID') },
              { weight: 1, arbitrary: fc.constant('__proto__') },
            ),
            hostileValue,
          )
          .map(([value, extra, extraValue]) => {
            const object = value as Record<string, unknown>;
            if (extra === null) return object;
            if (extra === '__proto__') return withProtoKey(object, pollutionPayload());
            return { ...object, [extra]: extraValue };
          });
      }
      case 'optional':
      case 'default':
      case 'prefault':
        return buildValid(def.innerType as AnySchema, path, key, mode);
      case 'nullable':
        return fc.oneof(
          { weight: 1, arbitrary: fc.constant(null) },
          { weight: 5, arbitrary: buildValid(def.innerType as AnySchema, path, key, mode) },
        );
      case 'pipe': {
        const hinted = hintFor(key, def);
        if (hinted) return hinted;
        if (custom) throw new MissingArbitraryError(`${method}: no arbitrary for "${path}" (a refined value)`);
        return buildValid(def.in as AnySchema, path, key, mode);
      }
      case 'transform':
        return fc.constant(undefined);
      case 'string': {
        const hinted = hintFor(key, def);
        if (hinted) return hinted;
        const pattern = checks.find((c) => c.format === 'regex')?.pattern as RegExp | undefined;
        const max = Math.min(
          ...checks.filter((c) => c.check === 'max_length').map((c) => c.maximum as number),
          100_000,
        );
        const min = Math.max(0, ...checks.filter((c) => c.check === 'min_length').map((c) => c.minimum as number));
        if (custom) throw new MissingArbitraryError(`${method}: no arbitrary for "${path}" (a refined string)`);
        if (pattern) return fc.stringMatching(pattern).filter((s) => s.length <= max && s.length >= min);
        const trims = checks.some((c) => c.check === 'overwrite');
        return boundedString(min, max, trims);
      }
      case 'number': {
        const int = checks.some((c) => c.check === 'number_format');
        const lower = checks.find((c) => c.check === 'greater_than');
        const upper = checks.find((c) => c.check === 'less_than');
        const min = lower ? (lower.value as number) + (lower.inclusive ? 0 : int ? 1 : 1e-9) : -1e15;
        const max = upper ? (upper.value as number) - (upper.inclusive ? 0 : int ? 1 : 1e-9) : 1e15;
        const bounds = fc.constantFrom(min, max, min === 0 ? -0 : min);
        const inside = int
          ? fc.integer({
              min: Math.ceil(Math.max(min, Number.MIN_SAFE_INTEGER)),
              max: Math.floor(Math.min(max, Number.MAX_SAFE_INTEGER)),
            })
          : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
        return fc.oneof({ weight: 1, arbitrary: bounds }, { weight: 3, arbitrary: inside });
      }
      case 'boolean':
        return fc.boolean();
      case 'enum':
        return fc.constantFrom(...Object.values(def.entries as Record<string, string>));
      case 'literal':
        return fc.constantFrom(...(def.values as unknown[]));
      case 'array': {
        const max = Math.min(...checks.filter((c) => c.check === 'max_length').map((c) => c.maximum as number), 1e9);
        const min = Math.max(0, ...checks.filter((c) => c.check === 'min_length').map((c) => c.minimum as number));
        const element = build(def.element as AnySchema, `${path}.n`, key, mode);
        // Unique items (by value): repeats are refused by several schemas, and are tried in "near" mode.
        const ordinary =
          mode === 'valid'
            ? fc.uniqueArray(element, {
                minLength: min,
                maxLength: Math.max(min, Math.min(max, 6)),
                selector: (v) => (typeof v === 'string' ? v.trim() : v),
              })
            : fc.array(element, { minLength: min, maxLength: Math.max(min, Math.min(max, 6)) });
        if (mode === 'valid' || max > 50_000) return ordinary;
        // One list just over its limit, of cheap values: the bound must be checked before the items.
        return fc.oneof(
          { weight: 8, arbitrary: ordinary },
          { weight: 1, arbitrary: fc.constant(Array(max + 1).fill('x')) },
        );
      }
      case 'union':
        return fc.oneof(...(def.options as AnySchema[]).map((o) => buildValid(o, path, key, mode)));
      case 'record': {
        // Keys from the key schema (an enum of field names), each with a value of the value schema.
        const keys = build(def.keyType as AnySchema, `${path}.key`, key, 'valid');
        const value = build(def.valueType as AnySchema, `${path}.n`, key, mode);
        return fc
          .array(fc.tuple(keys, value), { maxLength: 6 })
          .map((pairs) => Object.fromEntries(pairs as [string, unknown][]));
      }
      default:
        throw new MissingArbitraryError(`${method}: no arbitrary for "${path}" (zod type ${def.type})`);
    }
  };

  return {
    valid: buildValid(schema, '', '', 'valid'),
    near: buildValid(schema, '', '', 'near'),
    hostile: hostilePayload,
  };
}

function isOptional(schema: AnySchema): boolean {
  const type = defOf(schema).type;
  if (type === 'optional' || type === 'default' || type === 'prefault') return true;
  if (type === 'pipe') return isOptional(defOf(schema).in as AnySchema);
  return false;
}
