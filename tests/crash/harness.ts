import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import type { Plugin } from 'vite';
import type { Result } from '../../shared/api/result';
import type { BackupInfo } from '../../shared/domain/backups';

/**
 * The crash harness (issue 7): a child process runs the core on a data folder while this side
 * drives writes through it — new meetings, minutes typed and autosaved, commitments, bulk copies
 * of a large meeting and bulk imports of action-plan rows (one transaction of dozens of rows each),
 * backups and restores — and kills it with
 * SIGKILL at a random moment. After each restart it checks, on the database file itself:
 *
 * - `PRAGMA integrity_check` is ok and the core did not start in recovery;
 * - every write whose `ok:true` answer this side received is there (and nothing it never sent);
 * - every bulk copy is whole (all its agenda items and participants) or absent, and every bulk
 *   import of plan rows has all its rows or none;
 * - a restore interrupted by the kill left either the old data or the restored backup, exactly;
 * - every package import (Terima data, issue 11: upload, check, trust, the import job) is applied
 *   whole or not at all: each imported meeting has all its agenda items, and the history of
 *   exchanges names exactly the packages whose records are there.
 *
 * The client is sequential, as the UI is: one request at a time. Only the request in flight when
 * the kill came may or may not have happened.
 */

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url));

/**
 * The child is bundled once per run, as electron-vite bundles the main process (everything but
 * better-sqlite3 inlined): a restart then takes about 0.2 s instead of 0.9 s under tsx. The bundle
 * lives in the repository's git-ignored .cache so that better-sqlite3 resolves from node_modules.
 * A job's worker (`?modulePath`) gets a chunk of its own, as in the app: started on the child's
 * bundle, it would run a second child in the thread.
 */
async function bundleChild(): Promise<{ file: string; dir: string }> {
  const dir = mkdtempSync(join(REPO_ROOT, '.cache', 'crash-child-'));
  const { build } = await import('vite');
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      ssr: CHILD,
      outDir: dir,
      target: 'node20',
      minify: false,
      rolldownOptions: { output: { format: 'es', entryFileNames: 'child.mjs' } },
    },
    ssr: { noExternal: true, external: ['better-sqlite3'], target: 'node' },
    plugins: [workerChunks()],
  });
  return { file: join(dir, 'child.mjs'), dir };
}

const MODULE_PATH = '?modulePath';
const WORKER_CHUNK = '\0worker-chunk:';

/**
 * `import path from './worker?modulePath'`, as electron-vite does it: the worker bundled as a chunk of
 * its own beside the child, and its path as the import's value.
 */
function workerChunks(): Plugin {
  return {
    name: 'crash-child-worker-chunks',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith(MODULE_PATH)) return null;
      const resolved = await this.resolve(source.slice(0, -MODULE_PATH.length), importer, { skipSelf: true });
      return resolved ? `${WORKER_CHUNK}${resolved.id}` : null;
    },
    load(id) {
      if (!id.startsWith(WORKER_CHUNK)) return null;
      const source = id.slice(WORKER_CHUNK.length);
      const fileName = `${basename(source).replace(/\.ts$/, '')}.mjs`;
      this.emitFile({ type: 'chunk', id: source, fileName });
      return `import { fileURLToPath } from 'node:url';
export default fileURLToPath(new URL(${JSON.stringify(`./${fileName}`)}, import.meta.url));`;
    },
  };
}

/** Agenda items and invited people of the meeting that bulk copies duplicate. */
const BULK_AGENDA = 60;
const BULK_PEOPLE = 30;
/** Rows of each bulk import into the action plan (planRows.applyBatch, all or nothing). */
const BATCH_ROWS = 40;
const AREA = '73.04.05';
/** Packages of another office imported during the run, each one meeting with this many agenda items. */
const PACKAGES = 5;
const PACKAGE_AGENDA = 20;

export interface CrashOptions {
  kills: number;
  seed?: number;
  log?: (line: string) => void;
  /** The kill comes this long after the writes of a cycle start (uniform), in ms. */
  minDelayMs?: number;
  maxDelayMs?: number;
}

export interface CrashReport {
  kills: number;
  /** Writes answered ok:true. */
  writesAcknowledged: number;
  /** Acknowledged writes found in place, summed over the checks after every restart. */
  acknowledgedChecked: number;
  /** Bulk copies and bulk imports found whole, summed over the checks (a half-applied one is a failure). */
  batchesChecked: number;
  /** Of which bulk imports of plan rows. */
  importsChecked: number;
  /** Imported packages found whole (every agenda item of their meeting), summed over the checks. */
  packagesChecked: number;
  /** Package imports acknowledged (the import job ended done, or the package was already applied). */
  packagesImported: number;
  restoresCompleted: number;
  /** Restores in flight when the kill came; the data was then the old one or the restored one. */
  restoresInterrupted: number;
  restoresInterruptedOld: number;
  restoresInterruptedNew: number;
  /** Requests in flight at the kill that turned out to have been applied. */
  inFlightApplied: number;
  failures: string[];
  seconds: number;
}

/** mulberry32: a small seeded generator, so a failing run can be repeated with its seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The shipped resources cut down to Sulawesi Selatan / Jeneponto / Kelara, so a first start is fast. */
function miniResources(dir: string): string {
  const full = gunzipSync(readFileSync(join(REPO_ROOT, 'resources', 'regions', 'wilayah-kemendagri-2025.csv.gz')));
  const lines = full.toString('utf8').split(/\r?\n/);
  const kept = lines.filter((line, i) => i === 0 || /^(73|73\.04|73\.04\.05(\.\d+)?),/.test(line));
  mkdirSync(join(dir, 'regions'), { recursive: true });
  writeFileSync(join(dir, 'regions', 'wilayah-kemendagri-2025.csv.gz'), gzipSync(kept.join('\n')));
  return dir;
}

type Answer = Result<unknown> | 'killed';

/** The child process and its line protocol. */
class Host {
  private readonly pending = new Map<number, (answer: Answer) => void>();
  private nextId = 1;
  private closed = false;
  readonly done: Promise<void>;

  private constructor(private readonly proc: ChildProcess) {
    this.done = new Promise((resolve) => {
      // 'close' comes after the last stdout data: every answer written before the kill is read.
      proc.once('close', () => {
        this.closed = true;
        for (const settle of this.pending.values()) settle('killed');
        this.pending.clear();
        resolve();
      });
    });
  }

  static async start(child: string, dataDir: string, resourcesDir: string): Promise<{ host: Host; state: string }> {
    const proc = spawn(process.execPath, [child, dataDir, resourcesDir], {
      cwd: REPO_ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const host = new Host(proc);
    // Writing to a child that was just killed fails with EPIPE: its answer is 'killed' anyway.
    proc.stdin?.on('error', () => undefined);
    let stderr = '';
    proc.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const lines = createInterface({ input: proc.stdout as NodeJS.ReadableStream });
    let ready: (state: string) => void = () => undefined;
    const readyState = new Promise<string>((resolve) => (ready = resolve));
    lines.on('line', (line) => {
      let message: { ready?: boolean; state?: string; id?: number; result?: Result<unknown> };
      try {
        message = JSON.parse(line) as typeof message;
      } catch {
        // The last line of a killed child can be cut short: that answer never arrived.
        return;
      }
      if (message.ready) ready(message.state ?? 'unknown');
      else if (message.id !== undefined) {
        const settle = host.pending.get(message.id);
        host.pending.delete(message.id);
        settle?.(message.result as Result<unknown>);
      }
    });
    const state = await Promise.race([
      readyState,
      host.done.then(() => {
        throw new Error(`The child exited before it was ready:\n${stderr}`);
      }),
    ]);
    return { host, state };
  }

  call(method: string, payload: unknown): Promise<Answer> {
    if (this.closed) return Promise.resolve('killed');
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.proc.stdin?.write(`${JSON.stringify({ id, method, payload })}\n`);
    });
  }

  kill(): void {
    this.proc.kill('SIGKILL');
  }

  /** A normal stop: stdin closes, the child closes the core. */
  async stop(): Promise<void> {
    this.proc.stdin?.end();
    await this.done;
  }
}

/** What this side believes the database holds: the acknowledged writes. */
interface Model {
  meetings: Set<string>;
  commitments: Set<string>;
  /** Minutes entries of the working meeting: id → body. */
  minutes: Map<string, string>;
  /** Titles of bulk copies. */
  copies: Set<string>;
  /** Markers of bulk imports of plan rows. */
  batches: Set<string>;
  /** Titles of the meetings that imported packages brought. */
  imports: Set<string>;
}

const cloneModel = (m: Model): Model => ({
  meetings: new Set(m.meetings),
  commitments: new Set(m.commitments),
  minutes: new Map(m.minutes),
  copies: new Set(m.copies),
  batches: new Set(m.batches),
  imports: new Set(m.imports),
});

type Op =
  | { kind: 'meeting'; title: string }
  | { kind: 'minutes.create'; body: string }
  | { kind: 'minutes.update'; id: string; body: string }
  | { kind: 'commitment'; description: string }
  | { kind: 'copy'; title: string }
  | { kind: 'batch'; marker: string }
  | { kind: 'import'; index: number }
  | { kind: 'backup' }
  | { kind: 'restore'; id: string }
  | { kind: 'restoreUpload'; id: string };

interface Fixed {
  institutionId: string;
  workMeetingId: string;
  bulkMeetingId: string;
  planId: string;
}

/** The database as it is, read from the file with a connection of our own. */
function readActual(
  file: string,
  fixed: Fixed,
): Model & {
  copySizes: Map<string, [number, number]>;
  batchSizes: Map<string, number>;
  importSizes: Map<string, number>;
  importHistory: number;
  integrity: string;
} {
  const db = new Database(file, { readonly: true });
  try {
    db.pragma('busy_timeout = 5000');
    let integrity: string;
    try {
      integrity = (db.pragma('integrity_check') as { integrity_check: string }[])
        .map((r) => r.integrity_check)
        .join('; ');
    } catch (error) {
      integrity = error instanceof Error ? error.message : String(error);
    }
    if (integrity !== 'ok') {
      const none = {
        meetings: new Set<string>(),
        commitments: new Set<string>(),
        minutes: new Map(),
        copies: new Set<string>(),
        batches: new Set<string>(),
        imports: new Set<string>(),
      };
      return {
        integrity,
        ...none,
        copySizes: new Map(),
        batchSizes: new Map(),
        importSizes: new Map(),
        importHistory: 0,
      };
    }
    const titles = (
      db.prepare("SELECT title FROM meetings WHERE deleted_at IS NULL AND title GLOB 'K *'").all() as {
        title: string;
      }[]
    ).map((r) => r.title);
    const copyRows = db
      .prepare(
        `SELECT m.title,
           (SELECT count(*) FROM agenda_items a WHERE a.meeting_id = m.id AND a.deleted_at IS NULL) AS agenda,
           (SELECT count(*) FROM meeting_participants p WHERE p.meeting_id = m.id AND p.deleted_at IS NULL) AS people
         FROM meetings m WHERE m.deleted_at IS NULL AND m.title GLOB 'D *'`,
      )
      .all() as { title: string; agenda: number; people: number }[];
    const commitments = (
      db.prepare("SELECT description FROM commitments WHERE deleted_at IS NULL AND description GLOB 'C *'").all() as {
        description: string;
      }[]
    ).map((r) => r.description);
    const minutes = db
      .prepare('SELECT id, body FROM minutes_entries WHERE meeting_id = ? AND deleted_at IS NULL')
      .all(fixed.workMeetingId) as { id: string; body: string }[];
    // Rows of an import are named `B <marker> #<n>`: group them by marker.
    const batchRows = db
      .prepare(
        `SELECT substr(activity, 1, instr(activity, ' #') - 1) AS marker, count(*) AS n FROM plan_rows
         WHERE plan_id = ? AND deleted_at IS NULL AND activity GLOB 'B * #*' GROUP BY marker`,
      )
      .all(fixed.planId) as { marker: string; n: number }[];
    const importRows = db
      .prepare(
        `SELECT m.title, (SELECT count(*) FROM agenda_items a WHERE a.meeting_id = m.id) AS agenda
         FROM meetings m WHERE m.title GLOB 'X *'`,
      )
      .all() as { title: string; agenda: number }[];
    const importHistory = (
      db.prepare(`SELECT count(*) AS n FROM exchange_history WHERE direction = 'in'`).get() as { n: number }
    ).n;
    return {
      integrity,
      meetings: new Set(titles),
      commitments: new Set(commitments),
      minutes: new Map(minutes.map((r) => [r.id, r.body])),
      copies: new Set(copyRows.map((r) => r.title)),
      copySizes: new Map(copyRows.map((r) => [r.title, [r.agenda, r.people]])),
      batches: new Set(batchRows.map((r) => r.marker)),
      batchSizes: new Map(batchRows.map((r) => [r.marker, r.n])),
      imports: new Set(importRows.map((r) => r.title)),
      importSizes: new Map(importRows.map((r) => [r.title, r.agenda])),
      importHistory,
    };
  } finally {
    db.close();
  }
}

/** Whether `actual` is `expected` plus, at most, the effect of the request in flight. */
function differences(actual: Model, expected: Model, inFlight: Op | null): string[] {
  const problems: string[] = [];
  const sets = [
    ['meetings', actual.meetings, expected.meetings, inFlight?.kind === 'meeting' ? inFlight.title : null],
    [
      'commitments',
      actual.commitments,
      expected.commitments,
      inFlight?.kind === 'commitment' ? inFlight.description : null,
    ],
    ['copies', actual.copies, expected.copies, inFlight?.kind === 'copy' ? inFlight.title : null],
    ['batches', actual.batches, expected.batches, inFlight?.kind === 'batch' ? inFlight.marker : null],
    ['imports', actual.imports, expected.imports, inFlight?.kind === 'import' ? packageTitle(inFlight.index) : null],
  ] as const;
  for (const [name, have, want, maybe] of sets) {
    for (const item of want) if (!have.has(item)) problems.push(`${name}: acknowledged "${item}" is missing`);
    for (const item of have) if (!want.has(item) && item !== maybe) problems.push(`${name}: unexpected "${item}"`);
  }
  for (const [id, body] of expected.minutes) {
    const now = actual.minutes.get(id);
    if (now === undefined) problems.push(`minutes ${id}: acknowledged entry is missing`);
    else if (now !== body && !(inFlight?.kind === 'minutes.update' && inFlight.id === id && now === inFlight.body)) {
      problems.push(`minutes ${id}: body "${now}" is neither the acknowledged "${body}" nor the one in flight`);
    }
  }
  const extra = [...actual.minutes].filter(([id]) => !expected.minutes.has(id));
  const allowed = inFlight?.kind === 'minutes.create' ? 1 : 0;
  if (
    extra.length > allowed ||
    (extra.length === 1 && inFlight?.kind === 'minutes.create' && extra[0]?.[1] !== inFlight.body)
  ) {
    problems.push(`minutes: unexpected entries ${JSON.stringify(extra)}`);
  }
  return problems;
}

function acknowledgedCount(m: Model): number {
  return m.meetings.size + m.commitments.size + m.minutes.size + m.copies.size + m.batches.size + m.imports.size;
}

/** The meeting package `index` brings. */
function packageTitle(index: number): string {
  return `X paket ${index + 1}`;
}

/**
 * The packages of another office (Kantor Camat Pengirim, on a data folder of its own, run in this
 * process): each carries one new meeting with PACKAGE_AGENDA agenda items, for any office.
 */
async function makePackages(work: string, resourcesDir: string): Promise<string[]> {
  const { startCore } = await import('../../electron/core');
  const core = await startCore({
    dataDir: join(work, 'sender'),
    resourcesDir,
    host: 'preview',
    appVersion: 'crash-harness',
    dailyBackup: false,
  });
  const call = async (method: string, payload: unknown) =>
    valueOf<unknown>(await core.dispatch(method, payload), method);
  const folder = join(work, 'packages');
  mkdirSync(folder, { recursive: true });
  try {
    await call('settings.update', {
      office: { level: 'kecamatan', kabupatenCode: '73.04', kecamatanCode: AREA, officeName: 'Kantor Camat Pengirim' },
    });
    const paths: string[] = [];
    for (let index = 0; index < PACKAGES; index++) {
      const meeting = (await call('meetings.create', {
        title: packageTitle(index),
        kind: 'rakor_tpps',
        hostLevel: 'kecamatan',
        areaCodes: [AREA],
        date: '2025-11-20',
        startTime: '09:00',
        endTime: '12:00',
      })) as { id: string };
      for (let i = 0; i < PACKAGE_AGENDA; i++)
        await call('agenda.create', { meetingId: meeting.id, title: `Butir kiriman ${i + 1}`, durationMinutes: 10 });
      const job = await jobEnded(call, { kind: 'exchangeExport', input: { recipient: { kind: 'any' } } });
      const file = (await call('jobs.file', { id: job.id })) as { dataBase64: string };
      const path = join(folder, `paket-${index + 1}.sirakor`);
      writeFileSync(path, Buffer.from(file.dataBase64, 'base64'));
      paths.push(path);
    }
    return paths;
  } finally {
    core.close();
  }
}

type Caller = (method: string, payload: unknown) => Promise<unknown>;

/** Starts a job and polls until it ends. */
async function jobEnded(
  call: Caller,
  input: unknown,
): Promise<{ id: string; state: string; error: { key: string } | null }> {
  const { id } = (await call('jobs.start', input)) as { id: string };
  for (;;) {
    const jobs = (await call('jobs.list', {})) as { id: string; state: string; error: { key: string } | null }[];
    const job = jobs.find((each) => each.id === id);
    if (!job) throw new Error('the job is gone');
    if (job.state !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

function valueOf<T>(answer: Answer, what: string): T {
  if (answer === 'killed') throw new Error(`${what}: the child died`);
  if (!answer.ok) throw new Error(`${what} failed: ${JSON.stringify(answer.error)}`);
  return answer.value as T;
}

export async function runCrashHarness(options: CrashOptions): Promise<CrashReport> {
  const started = Date.now();
  const seed = options.seed ?? Date.now() % 1_000_000;
  const random = prng(seed);
  const log = options.log ?? (() => undefined);
  const minDelay = options.minDelayMs ?? 5;
  const maxDelay = options.maxDelayMs ?? 300;
  mkdirSync(join(REPO_ROOT, '.cache'), { recursive: true });
  const child = await bundleChild();
  const work = mkdtempSync(join(tmpdir(), 'sirakor-crash-'));
  const dataDir = join(work, 'data');
  const resourcesDir = miniResources(join(work, 'resources'));
  const databaseFile = join(dataDir, 'sirakor.sqlite');
  const packages = await makePackages(work, resourcesDir);
  const report: CrashReport = {
    kills: 0,
    writesAcknowledged: 0,
    acknowledgedChecked: 0,
    batchesChecked: 0,
    importsChecked: 0,
    packagesChecked: 0,
    packagesImported: 0,
    restoresCompleted: 0,
    restoresInterrupted: 0,
    restoresInterruptedOld: 0,
    restoresInterruptedNew: 0,
    inFlightApplied: 0,
    failures: [],
    seconds: 0,
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  let counter = 0;
  const marker = () => `${(++counter).toString(36)}-${Math.floor(random() * 1e9).toString(36)}`;

  try {
    // Set-up, not interrupted: the directory, the working meeting, the large meeting copied in bulk.
    let { host } = await Host.start(child.file, dataDir, resourcesDir);
    const call = (method: string, payload: unknown) => host.call(method, payload);
    const institution = valueOf<{ id: string }>(
      await call('institutions.create', {
        name: 'Puskesmas Kelara',
        sector: 'kesehatan',
        level: 'kecamatan',
        areaCode: AREA,
      }),
      'institution',
    );
    const meetingInput = (title: string) => ({
      title,
      kind: 'rakor_tpps',
      hostLevel: 'kecamatan',
      areaCodes: [AREA],
      date: '2025-11-14',
      startTime: '09:00',
      endTime: '12:00',
    });
    const work1 = valueOf<{ id: string }>(
      await call('meetings.create', meetingInput('Rapat kerja harness')),
      'meeting',
    );
    const bulk = valueOf<{ id: string }>(
      await call('meetings.create', meetingInput('Rapat sumber salinan')),
      'meeting',
    );
    for (let i = 0; i < BULK_AGENDA; i++) {
      valueOf(
        await call('agenda.create', { meetingId: bulk.id, title: `Butir agenda ${i + 1}`, durationMinutes: 10 }),
        'agenda',
      );
    }
    for (let i = 0; i < BULK_PEOPLE; i++) {
      const person = valueOf<{ id: string }>(
        await call('people.create', { name: `Peserta ${i + 1}`, institutionId: institution.id }),
        'person',
      );
      valueOf(await call('participants.add', { meetingId: bulk.id, personId: person.id }), 'participant');
    }
    const plan = valueOf<{ id: string }>(
      await call('plans.create', { areaCode: AREA, year: 2026, title: 'Rencana kerja harness' }),
      'plan',
    );
    const fixed: Fixed = {
      institutionId: institution.id,
      workMeetingId: work1.id,
      bulkMeetingId: bulk.id,
      planId: plan.id,
    };
    let model: Model = {
      meetings: new Set(),
      commitments: new Set(),
      minutes: new Map(),
      copies: new Set(),
      batches: new Set(),
      imports: new Set(),
    };
    /** Backups this side made, with the data each holds. */
    const backups = new Map<string, Model>();
    const first = valueOf<BackupInfo>(await call('backups.create', {}), 'backup');
    backups.set(first.id, cloneModel(model));

    const nextOp = (): Op => {
      const r = random();
      const minutesIds = [...model.minutes.keys()];
      if (r < 0.22) return { kind: 'meeting', title: `K ${marker()}` };
      if (r < 0.32 || minutesIds.length === 0) return { kind: 'minutes.create', body: `catatan ${marker()}` };
      if (r < 0.58) {
        const id = pick(minutesIds);
        // Autosave: the same entry, a little more text each time.
        return { kind: 'minutes.update', id, body: `${(model.minutes.get(id) ?? '').slice(0, 200)} ${marker()}` };
      }
      if (r < 0.68) return { kind: 'commitment', description: `C ${marker()}` };
      if (r < 0.76) return { kind: 'copy', title: `D ${marker()}` };
      if (r < 0.82) return { kind: 'batch', marker: `B ${marker()}` };
      if (r < 0.88) return { kind: 'backup' };
      const target = pick([...backups.keys()]);
      return r < 0.96 ? { kind: 'restore', id: target } : { kind: 'restoreUpload', id: target };
    };

    /**
     * Terima data as the screen does it: the file sent, checked, its sender trusted the first time,
     * the import job run to its end. A package applied before (the kill came after it was applied
     * but before its answer) is acknowledged as it is.
     */
    const importPackage = async (path: string): Promise<Answer> => {
      const sent = await call('backups.uploadChunk', {
        uploadId: null,
        offset: 0,
        dataBase64: readFileSync(path).toString('base64'),
      });
      if (sent === 'killed' || !sent.ok) return sent;
      const { uploadId } = sent.value as { uploadId: string };
      const inspected = await call('exchange.inspect', { uploadId, name: 'paket.sirakor' });
      if (inspected === 'killed' || !inspected.ok) return inspected;
      const inspection = inspected.value as { ref: string; status: string; sender: { kode: string } };
      if (inspection.status === 'already-imported') {
        return call('exchange.discard', { ref: inspection.ref });
      }
      if (inspection.status === 'needs-trust') {
        const trusted = await call('exchange.trust', { ref: inspection.ref, kode: inspection.sender.kode });
        if (trusted === 'killed' || !trusted.ok) return trusted;
      }
      const started = await call('jobs.start', { kind: 'exchangeImport', input: { ref: inspection.ref } });
      if (started === 'killed' || !started.ok) return started;
      const { id } = started.value as { id: string };
      for (;;) {
        const listed = await call('jobs.list', {});
        if (listed === 'killed' || !listed.ok) return listed;
        const job = (listed.value as { id: string; state: string; error: unknown }[]).find((each) => each.id === id);
        if (job && job.state === 'done') return { ok: true, value: job };
        if (!job || job.state !== 'running')
          return { ok: false, error: { code: 'IO', message: { key: JSON.stringify(job) } } };
      }
    };

    /** Sends the request of `op`; `restoring` is called just before a restore request goes out. */
    const send = async (op: Op, restoring: () => void): Promise<Answer> => {
      switch (op.kind) {
        case 'meeting':
          return call('meetings.create', meetingInput(op.title));
        case 'minutes.create':
          return call('minutes.create', { meetingId: fixed.workMeetingId, body: op.body });
        case 'minutes.update':
          return call('minutes.update', { id: op.id, body: op.body });
        case 'commitment':
          return call('commitments.create', {
            meetingId: fixed.workMeetingId,
            institutionId: fixed.institutionId,
            description: op.description,
            dueDate: '2025-12-31',
          });
        case 'copy':
          return call('meetings.duplicate', { id: fixed.bulkMeetingId, title: op.title });
        case 'batch':
          return call('planRows.applyBatch', {
            planId: fixed.planId,
            upserts: Array.from({ length: BATCH_ROWS }, (_, i) => ({
              activity: `${op.marker} #${i + 1}`,
              targetVolume: i + 1,
              scheduleMonths: 0b111111000000,
            })),
          });
        case 'import':
          return importPackage(packages[op.index] as string);
        case 'backup':
          return call('backups.create', {});
        case 'restore':
          restoring();
          return call('backups.restore', { id: op.id });
        case 'restoreUpload': {
          // The user saved a copy (download) and hands the file back.
          const download = await call('backups.download', { id: op.id });
          if (download === 'killed' || !download.ok) return download;
          const { dataBase64 } = download.value as { dataBase64: string };
          restoring();
          return call('backups.restoreUpload', { name: `${op.id}.sqlite`, dataBase64 });
        }
      }
    };

    const apply = (op: Op, value: unknown) => {
      switch (op.kind) {
        case 'meeting':
          model.meetings.add(op.title);
          break;
        case 'minutes.create':
          model.minutes.set((value as { id: string }).id, op.body);
          break;
        case 'minutes.update':
          model.minutes.set(op.id, op.body);
          break;
        case 'commitment':
          model.commitments.add(op.description);
          break;
        case 'copy':
          model.copies.add(op.title);
          break;
        case 'batch':
          model.batches.add(op.marker);
          break;
        case 'import':
          model.imports.add(packageTitle(op.index));
          report.packagesImported++;
          break;
        case 'backup':
          backups.set((value as BackupInfo).id, cloneModel(model));
          break;
        case 'restore':
        case 'restoreUpload':
          model = cloneModel(backups.get(op.id) as Model);
          report.restoresCompleted++;
          break;
      }
    };

    for (let cycle = 1; cycle <= options.kills; cycle++) {
      // Keep the backups folder small: the newest few of ours stay, the others (and pre-restore
      // copies) go. Not subject to the kill.
      const listed = valueOf<BackupInfo[]>(await call('backups.list', {}), 'list');
      const keep = new Set(
        listed
          .filter((b) => backups.has(b.id))
          .slice(0, 4)
          .map((b) => b.id),
      );
      for (const b of listed) {
        if (keep.has(b.id)) continue;
        valueOf(await call('backups.delete', { id: b.id }), 'delete');
        backups.delete(b.id);
      }

      // Drive writes until the kill.
      let inFlight: Op | null = null;
      let restoreSent = false;
      const delay = minDelay + random() * (maxDelay - minDelay);
      const timer = setTimeout(() => host.kill(), delay);
      // Every third cycle begins with a package import (slow beside the other writes, so it is not
      // drawn among them: the kill then often lands inside it, and the other writes keep their mix).
      let importFirst = cycle % 3 === 0;
      for (;;) {
        const op: Op = importFirst ? { kind: 'import', index: Math.floor(random() * packages.length) } : nextOp();
        importFirst = false;
        inFlight = op;
        restoreSent = false;
        const answer = await send(op, () => (restoreSent = true));
        if (answer === 'killed') break;
        if (!answer.ok) {
          report.failures.push(`cycle ${cycle}: ${op.kind} answered ${JSON.stringify(answer.error)}`);
          break;
        }
        report.writesAcknowledged++;
        apply(op, answer.value);
        inFlight = null;
      }
      clearTimeout(timer);
      await host.done;
      report.kills++;

      // Restart, then check the file.
      const restarted = await Host.start(child.file, dataDir, resourcesDir);
      host = restarted.host;
      if (restarted.state !== 'ok') report.failures.push(`cycle ${cycle}: the core started in ${restarted.state}`);
      const actual = readActual(databaseFile, fixed);
      if (actual.integrity !== 'ok') report.failures.push(`cycle ${cycle}: integrity_check: ${actual.integrity}`);
      for (const [title, [agenda, people]] of actual.copySizes) {
        if (agenda !== BULK_AGENDA || people !== BULK_PEOPLE) {
          report.failures.push(
            `cycle ${cycle}: bulk copy "${title}" is half-applied (${agenda} items, ${people} people)`,
          );
        }
      }
      for (const [batch, rows] of actual.batchSizes) {
        if (rows !== BATCH_ROWS) {
          report.failures.push(`cycle ${cycle}: bulk import "${batch}" is half-applied (${rows} rows)`);
        }
      }
      for (const [title, agenda] of actual.importSizes) {
        if (agenda !== PACKAGE_AGENDA) {
          report.failures.push(`cycle ${cycle}: package "${title}" is half-applied (${agenda} agenda items)`);
        }
      }
      if (actual.importHistory !== actual.imports.size) {
        report.failures.push(
          `cycle ${cycle}: ${actual.importHistory} imports in the history but ${actual.imports.size} packages' records`,
        );
      }
      report.packagesChecked += actual.importSizes.size;
      report.batchesChecked += actual.copySizes.size + actual.batchSizes.size;
      report.importsChecked += actual.batchSizes.size;

      const candidates: { name: string; model: Model }[] = [{ name: 'old', model }];
      if ((inFlight?.kind === 'restore' || inFlight?.kind === 'restoreUpload') && restoreSent) {
        report.restoresInterrupted++;
        candidates.push({ name: 'new', model: backups.get(inFlight.id) as Model });
      }
      const matches = candidates.map((c) => ({ ...c, problems: differences(actual, c.model, inFlight) }));
      const match = matches.find((m) => m.problems.length === 0);
      if (!match) {
        report.failures.push(
          `cycle ${cycle} (in flight: ${inFlight?.kind ?? 'none'}): ${matches.map((m) => `${m.name}: ${m.problems.slice(0, 5).join('; ')}`).join(' | ')}`,
        );
      } else {
        report.acknowledgedChecked += acknowledgedCount(match.model);
        if (match.name === 'new') report.restoresInterruptedNew++;
        else if (candidates.length > 1) report.restoresInterruptedOld++;
      }
      const before = acknowledgedCount(model);
      // From here on the data as found is the truth (it matched the acknowledged writes).
      const { meetings, commitments, minutes, copies, batches, imports } = actual;
      if (inFlight && inFlight.kind !== 'restore' && inFlight.kind !== 'restoreUpload' && inFlight.kind !== 'backup') {
        if (acknowledgedCount({ meetings, commitments, minutes, copies, batches, imports }) > before)
          report.inFlightApplied++;
      }
      model = { meetings, commitments, minutes, copies, batches, imports };
      // A backup in flight may have been completed: adopt it with the data it holds.
      if (inFlight?.kind === 'backup') {
        const now = valueOf<BackupInfo[]>(await call('backups.list', {}), 'list');
        for (const b of now) {
          if (b.kind === 'manual' && !backups.has(b.id)) {
            backups.set(b.id, cloneModel(model));
            report.inFlightApplied++;
          }
        }
      }
      if (cycle % 10 === 0 || report.failures.length > 0) {
        log(
          `${cycle}/${options.kills} kills, ${report.acknowledgedChecked} acknowledged writes checked, ${report.batchesChecked} bulk writes, ${report.restoresInterrupted} restores interrupted, ${report.failures.length} failures`,
        );
      }
      if (report.failures.length > 0) break;
    }
    await host.stop();
  } finally {
    report.seconds = (Date.now() - started) / 1000;
    rmSync(child.dir, { recursive: true, force: true });
    if (report.failures.length === 0) rmSync(work, { recursive: true, force: true });
    else log(`seed ${seed}; data folder kept in ${work}`);
  }
  return report;
}
