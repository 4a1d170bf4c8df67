import fc from 'fast-check';
import { expect } from 'vitest';
import { api, METHOD_NAMES, type MethodName } from '../../../../shared/api/contract';
import { ERROR_CODES, type Result } from '../../../../shared/api/result';
import { id as indonesian } from '../../../../renderer/i18n/locales/id';
import { startTestCore } from '../../support/temp';
import { arbitrariesOf, type Pools } from './from-schema';
import { jobDownload } from '../../support/jobs';
import { callerOf } from '../../support/seed-rakor';

/** A 1×1 PNG. */
export const TINY_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

export type TestCore = Awaited<ReturnType<typeof startTestCore>>;

/** Runs per method (the acceptance asks for at least 1,000). */
export const RUNS_PER_METHOD = Number(process.env.SIRAKOR_PROPERTY_RUNS ?? 1_000);
/** Fixed, so a failure replays; SIRAKOR_PROPERTY_SEED explores other payloads. */
export const BASE_SEED = Number(process.env.SIRAKOR_PROPERTY_SEED ?? 20_251_017);

/** Codes a refused call may carry: INTERNAL means a handler broke, UNAUTHORIZED belongs to the hosts. */
export const ACCEPTED_CODES: readonly string[] = ERROR_CODES.filter(
  (code) => code !== 'INTERNAL' && code !== 'UNAUTHORIZED',
);

/**
 * Methods whose successful call is expensive (documents drawn, files written, the database
 * replaced): once this many calls succeeded (or ten times as many reached the handler), the
 * remaining valid-shaped payloads get an unknown field, so the schema refuses them (still counted,
 * still checked). Everything else sends every payload as generated.
 */
export const VALID_CALL_BUDGET: Partial<Record<MethodName, number>> = {
  'documents.meeting': 12,
  'documents.agreement': 8,
  'backups.create': 3,
  // Each starts a worker thread (or a backup) that runs on after the answer.
  'jobs.start': 6,
  'backups.download': 6,
  'backups.restore': 2,
  'backups.restoreUpload': 4,
  'backups.uploadChunk': 40,
  'demo.load': 3,
  'demo.remove': 2,
  'documents.setLogo': 40,
  'commitments.addUpdate': 200,
};

/**
 * Any method whose calls that reach the handler add up to this much time gets the same treatment
 * from then on (a document method added later stays bounded without an entry above).
 */
export const HANDLER_TIME_BUDGET_MS = 2_500;

/**
 * Order of the runs: ordinary methods first, on the sample data; then the ones that draw files
 * from what the earlier payloads stored; then deletions; then the ones that replace or remove
 * everything. Derived from the name, so a new method lands in the first group by default.
 */
export function phaseOf(method: MethodName): number {
  if (method === 'demo.remove' || method.startsWith('backups.restore') || method === 'backups.delete') return 3;
  if (/\.(delete|remove)$/.test(method)) return 2;
  if (method.startsWith('documents.') || /export|download|^backups\.create$/.test(method)) return 1;
  return 0;
}

export function methodsOfPart(part: number, parts: number): MethodName[] {
  return METHOD_NAMES.filter((_, index) => index % parts === part).sort(
    (a, b) => phaseOf(a) - phaseOf(b) || METHOD_NAMES.indexOf(a) - METHOD_NAMES.indexOf(b),
  );
}

function seedOf(method: string): number {
  let hash = BASE_SEED;
  for (const c of method) hash = (Math.imul(hash, 31) + c.charCodeAt(0)) | 0;
  return hash;
}

/** Whether an i18n key has Indonesian text. */
export function hasIndonesian(key: string): boolean {
  let node: unknown = indonesian;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, part)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' && node.length > 0;
}

const PROTOTYPES = { object: Object.prototype, array: Array.prototype, function: Function.prototype };
const pristine = Object.fromEntries(
  Object.entries(PROTOTYPES).map(([name, proto]) => [name, Object.getOwnPropertyNames(proto).sort().join(',')]),
);

/** Fails when a run left a property on a built-in prototype. */
export function expectPrototypesClean(context: string): void {
  for (const [name, proto] of Object.entries(PROTOTYPES)) {
    const now = Object.getOwnPropertyNames(proto).sort().join(',');
    if (now !== pristine[name]) throw new Error(`${context}: ${name} prototype polluted (${now})`);
  }
  const probe = {} as Record<string, unknown>;
  if (probe.polluted !== undefined || probe.isAdmin !== undefined)
    throw new Error(`${context}: Object.prototype polluted`);
}

function tableIds(core: TestCore, table: string): string[] {
  return (core.store.db.prepare(`SELECT id FROM ${table} ORDER BY rowid DESC LIMIT 200`).all() as { id: string }[]).map(
    (r) => r.id,
  );
}

const ID_TABLES = [
  'institutions',
  'people',
  'meetings',
  'agenda_items',
  'meeting_participants',
  'minutes_entries',
  'decisions',
  'commitments',
  'commitment_updates',
  'evidence_files',
  'action_plans',
  'plan_rows',
  'interventions',
  'convergence_actions',
  'funding_sources',
];

/** Refreshes the pools from the database (ids made by earlier payloads join them). */
export async function refreshPools(core: TestCore, pools: Pools): Promise<void> {
  for (const table of ID_TABLES) {
    const list = (pools.idsByTable[table] ??= []);
    list.splice(0, list.length, ...tableIds(core, table));
  }
  pools.ids.splice(0, pools.ids.length, ...ID_TABLES.flatMap((table) => pools.idsByTable[table] ?? []));
  const backups = await core.dispatch('backups.list', {});
  if (backups.ok)
    pools.backupIds.splice(0, pools.backupIds.length, ...(backups.value as { id: string }[]).map((b) => b.id));
}

export async function startPropertyCore(logged: { method: string; error: unknown }[]) {
  const core = await startTestCore({ logError: (method, error) => logged.push({ method, error }) });
  const demo = await core.dispatch('demo.load', {});
  if (!demo.ok) throw new Error(`demo.load: ${JSON.stringify(demo.error)}`);
  await core.dispatch('backups.create', {});
  const commitment = core.store.db.prepare('SELECT id FROM commitments LIMIT 1').get() as { id: string };
  const update = await core.dispatch('commitments.addUpdate', {
    commitmentId: commitment.id,
    reportedOn: '2025-11-03',
    note: 'Bukti <b>&</b> \u0000',
    evidence: [{ name: 'foto.png', mediaType: 'image/png', dataBase64: TINY_PNG }],
  });
  if (!update.ok) throw new Error(`commitments.addUpdate: ${JSON.stringify(update.error)}`);
  const plan = core.store.db.prepare('SELECT id FROM action_plans LIMIT 1').get() as { id: string };
  const workbook = await jobDownload(callerOf(core.dispatch), { kind: 'planXlsx', input: { planId: plan.id } });
  const areaCodes = ['73', '73.04', '73.04.05', '73.04.10', '73.04.05.2006', '11.01', '94.71.01'];
  const villageCodes = (
    core.store.db
      .prepare(
        "SELECT code FROM areas WHERE code LIKE '73.04.05.%' OR code LIKE '73.04.10.%' OR code LIKE '11.01.01.%'",
      )
      .all() as { code: string }[]
  ).map((r) => r.code);
  const files = [TINY_PNG, workbook.dataBase64];
  const pools: Pools = { idsByTable: {}, ids: [], areaCodes, villageCodes, backupIds: [], files };
  await refreshPools(core, pools);
  return { core, pools };
}

export interface MethodFigures {
  method: MethodName;
  runs: number;
  accepted: number;
  refusedBySchema: number;
  refusedByHandler: number;
  budgeted: number;
  codes: Record<string, number>;
  ms: number;
  cpuMs: number;
}

/** Adds an unknown field: the schema refuses it before any handler runs. */
function refusedFast(payload: unknown): unknown {
  const object = payload && typeof payload === 'object' ? payload : {};
  return { ...object, propertyTestBudgetSpent: true };
}

/**
 * Sends RUNS_PER_METHOD generated payloads to one method and checks every answer: a Result, never a
 * throw; success only for a payload the schema accepts; a refusal by the schema is VALIDATION; no
 * INTERNAL; every message key has Indonesian text; no prototype gained a property.
 */
export async function hammer(
  core: TestCore,
  pools: Pools,
  method: MethodName,
  logged: { method: string; error: unknown }[],
): Promise<MethodFigures> {
  const spec = api[method];
  const { valid, near, hostile } = arbitrariesOf(method, spec.input, pools);
  const payloads = fc.oneof(
    { weight: 4, arbitrary: valid },
    { weight: 4, arbitrary: near },
    { weight: 2, arbitrary: hostile },
  );
  const budget = VALID_CALL_BUDGET[method];
  const figures: MethodFigures = {
    method,
    runs: 0,
    accepted: 0,
    refusedBySchema: 0,
    refusedByHandler: 0,
    budgeted: 0,
    codes: {},
    ms: 0,
    cpuMs: 0,
  };
  let handlerCalls = 0;
  let handlerMs = 0;
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  await fc.assert(
    fc.asyncProperty(payloads, async (generated) => {
      let payload = generated;
      let parsed = spec.input.safeParse(payload ?? {});
      if (parsed.success) {
        const spent =
          handlerMs >= HANDLER_TIME_BUDGET_MS ||
          (budget !== undefined && (figures.accepted >= budget || handlerCalls >= budget * 10));
        if (spent) {
          payload = refusedFast(payload);
          parsed = spec.input.safeParse(payload);
          figures.budgeted++;
        } else handlerCalls++;
      }
      figures.runs++;
      const loggedBefore = logged.length;
      let result: Result<unknown>;
      const callStarted = performance.now();
      try {
        result = await core.dispatch(method, payload);
      } catch (error) {
        throw new Error(`${method} threw: ${String(error)}`);
      }
      if (parsed.success) handlerMs += performance.now() - callStarted;
      expectPrototypesClean(method);
      if (typeof result !== 'object' || result === null || typeof result.ok !== 'boolean')
        throw new Error(`${method}: not a Result`);
      if (result.ok) {
        if (!parsed.success) throw new Error(`${method}: accepted a payload its schema refuses`);
        figures.accepted++;
        return;
      }
      const { code, message, details } = result.error;
      figures.codes[code] = (figures.codes[code] ?? 0) + 1;
      if (code === 'INTERNAL') {
        const cause = logged.slice(loggedBefore).map((l) => String((l.error as Error)?.stack ?? l.error));
        throw new Error(`${method}: INTERNAL\n${cause.join('\n')}`);
      }
      if (!ACCEPTED_CODES.includes(code)) throw new Error(`${method}: unexpected code ${code}`);
      if (!parsed.success) {
        if (code !== 'VALIDATION') throw new Error(`${method}: schema refused it but the code is ${code}`);
        figures.refusedBySchema++;
      } else figures.refusedByHandler++;
      if (!hasIndonesian(message.key)) throw new Error(`${method}: message key ${message.key} has no Indonesian text`);
      for (const detail of details ?? []) {
        if (!hasIndonesian(detail.key)) throw new Error(`${method}: field key ${detail.key} has no Indonesian text`);
        if (typeof detail.path !== 'string') throw new Error(`${method}: field issue without a path`);
      }
    }),
    { numRuns: RUNS_PER_METHOD, seed: seedOf(method), endOnFailure: true },
  );
  figures.ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuStarted);
  figures.cpuMs = (cpu.user + cpu.system) / 1000;
  return figures;
}

/**
 * A fresh draft meeting (a copy of a sample one, with its agenda and participants) before each
 * method, so meeting-scoped writes find an unlocked meeting whatever earlier methods approved.
 */
export async function addDraftMeeting(core: TestCore): Promise<void> {
  const source = core.store.db
    .prepare('SELECT id FROM meetings WHERE deleted_at IS NULL ORDER BY rowid LIMIT 1')
    .get() as { id: string } | undefined;
  if (source) await core.dispatch('meetings.duplicate', { id: source.id, date: '2026-02-10' });
}

/**
 * The core still answers, and the database is sound, after a method's runs. `integrity_check` of
 * the whole file takes a third of a second (the 91,599 areas, which no method writes), so after
 * each writing method every other table is checked on its own, and the whole file once at the end.
 */
export async function expectCoreHealthy(core: TestCore, method: string, wrote: boolean): Promise<void> {
  const info = await core.dispatch('app.info', {});
  expect(info.ok, `app.info after ${method}`).toBe(true);
  const status = await core.dispatch('app.status', {});
  expect(status.ok && (status.value as { state: string }).state, `app.status after ${method}`).toBe('ok');
  if (!wrote) return;
  const db = core.store.db;
  const tables = (
    db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as {
      name: string;
    }[]
  ).map((r) => r.name);
  for (const table of tables.filter((t) => t !== 'areas'))
    expect(db.pragma(`integrity_check(${table})`, { simple: true }), `integrity_check(${table}) after ${method}`).toBe(
      'ok',
    );
  expect(db.pragma('foreign_key_check'), `foreign_key_check after ${method}`).toEqual([]);
}

export function expectWholeDatabaseSound(core: TestCore): void {
  expect(core.store.db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(core.store.db.pragma('foreign_key_check')).toEqual([]);
}
