import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDispatcher } from '../../electron/api/dispatch';
import { handlers } from '../../electron/api/handlers';
import { DATABASE_FILE_NAME } from '../../electron/db/store';
import { sentThrough } from '../../electron/exchange/service/repositories/history';
import { writeExport } from '../../electron/exchange/service/send';
import type { MethodName } from '../../shared/api/contract';
import type { Figure, Measurement } from '../figure';
import { timeSeconds } from '../figure';
import { applyPlainPackage, writePlainPackage } from '../exchange/floors';
import {
  exchangeBench,
  exportEverything,
  localOf,
  openInstallation,
  type BenchInstallation,
  type ExchangeBench,
} from '../exchange/installations';
import { paired } from '../exchange/paired';
import { RESOURCES_DIR } from '../support/paths';
import { importKeptTimed } from './exchange-import-full';

type Call = (method: MethodName, input: unknown) => Promise<{ id: string }>;

interface WeekState {
  bench: ExchangeBench;
  dir: string;
  kecamatan: BenchInstallation;
  kabupaten: BenchInstallation;
  call: Call;
}

let state: WeekState | null = null;
let round = 0;

function callerOn(installation: BenchInstallation): Call {
  const dispatch = createDispatcher({
    ctx: {
      db: installation.db,
      dataDir: installation.dataDir,
      databaseFile: join(installation.dataDir, DATABASE_FILE_NAME),
      resourcesDir: RESOURCES_DIR,
      host: 'preview',
      appVersion: 'bench',
      now: () => new Date(),
    },
    handlers,
    emit: () => undefined,
    logError: (method, error) => console.error(method, error),
  });
  return async (method, input) => {
    const result = await dispatch(method, input);
    if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
    return result.value as { id: string };
  };
}

/**
 * A week of one kecamatan office's work, at the dataset's averages per kecamatan and week (6,000
 * meetings, 60,000 agenda items, 120,000 participants, 200,000 minutes entries, 18,000 decisions,
 * 50,000 commitments and 150,000 progress reports over ten years and 11 kecamatan, plus the
 * kabupaten): one Rakor with 10 agenda items, 20 participants, 33 minutes entries, 3 decisions and
 * 9 commitments naming its own or the kabupaten's institutions, and 26 progress reports on its open
 * commitments; all through the API handlers.
 */
async function weekOfWork(
  call: Call,
  installation: BenchInstallation,
  kabupatenId: string,
  week: number,
): Promise<void> {
  const { db, office } = installation;
  const today = new Date().toISOString().slice(0, 10);
  const institutions = db
    .prepare(
      `SELECT id FROM institutions WHERE deleted_at IS NULL AND owner_office_id IN (?, ?) ORDER BY id LIMIT 20 OFFSET ?`,
    )
    .pluck()
    .all(office.officeId, kabupatenId, (week * 20) % 200) as string[];
  const meeting = await call('meetings.create', {
    title: `Rakor TPPS ${office.name}, minggu ${week + 1}`,
    kind: 'rakor_tpps',
    hostLevel: 'kecamatan',
    areaCodes: [office.areaCode],
    date: today,
    startTime: '09:00',
    venue: office.name,
  });
  for (let i = 0; i < 10; i++)
    await call('agenda.create', { meetingId: meeting.id, kind: 'discussion', title: `Capaian intervensi ${i + 1}` });
  for (const institutionId of institutions) await call('participants.add', { meetingId: meeting.id, institutionId });
  for (let i = 0; i < 33; i++)
    await call('minutes.create', {
      meetingId: meeting.id,
      body: `Pembahasan capaian posyandu dan data keluarga ${i + 1}`,
    });
  for (let i = 0; i < 3; i++) await call('decisions.create', { meetingId: meeting.id, body: `Keputusan ${i + 1}` });
  for (let i = 0; i < 9; i++)
    await call('commitments.create', {
      meetingId: meeting.id,
      institutionId: institutions[i % institutions.length],
      description: `Pendataan keluarga berisiko stunting tahap ${i + 1}`,
      dueDate: '2027-03-31',
    });
  const open = db
    .prepare(
      `SELECT id FROM commitments WHERE owner_office_id = ? AND listed = 1 AND status IN ('not_started', 'in_progress')
       ORDER BY id LIMIT 26 OFFSET ?`,
    )
    .pluck()
    .all(office.officeId, week * 26) as string[];
  for (const [i, commitmentId] of open.entries())
    await call('commitments.addUpdate', {
      commitmentId,
      reportedOn: today,
      note: `Laporan minggu ${week + 1}`,
      percent: 10 + ((i * 7) % 90),
      statusAfter: i % 5 === 0 ? 'done' : 'in_progress',
      evidence: [],
    });
}

/**
 * Terima data of one week of Kantor Camat Kelara's changes at the kabupaten holding all 11
 * kecamatan's packages: each sample, Kelara works a week through the API (untimed), sends the
 * changes since its last package (Kirim data, "sejak paket terakhir"), and the kabupaten's import
 * job applies it (timed as in `exchange.import.full`); the samples are successive weeks on the same
 * two installations. Nothing may be held afterwards. Floor: the week's rows as a plain package.
 */
export const exchangeImportWeek: Figure = {
  id: 'exchange.import.week',
  label: 'Terima data: a week of one kecamatan at the kabupaten holding all 11 (10-year dataset)',
  unit: 's',
  budget: 0.5,
  ratioBudget: 30,
  runs: 5,
  floor: { label: "the week's rows as JSON lines inflated, parsed, inserted into plain tables" },
  async setup() {
    const bench = await exchangeBench();
    const dir = mkdtempSync(join(tmpdir(), 'sirakor-bench-week-'));
    const kecamatan = openInstallation(bench.split, bench.measured, bench.kabupaten);
    // The full package went to the kabupaten before (it holds it): the next one carries what changed since.
    exportEverything(kecamatan.db, kecamatan.dataDir, kecamatan.office, bench.kabupaten, dir, () => new Date());
    const kabupaten = openInstallation(bench.kabupatenAll, bench.kabupaten, bench.kabupaten);
    state = { bench, dir, kecamatan, kabupaten, call: callerOn(kecamatan) };
  },
  async teardown() {
    state?.kecamatan.close();
    state?.kabupaten.close();
    if (state) rmSync(state.dir, { recursive: true, force: true });
    state = null;
  },
  async sample(): Promise<Measurement> {
    if (!state) throw new Error('setup did not run');
    const { bench, dir, kecamatan, kabupaten, call } = state;
    const week = round++;
    await weekOfWork(call, kecamatan, bench.kabupaten.officeId, week);
    const since = sentThrough(kecamatan.db, bench.kabupaten.officeId)?.through ?? null;
    const folder = mkdtempSync(join(dir, 'week-'));
    try {
      const written = writeExport(kecamatan.db, {
        dataDir: kecamatan.dataDir,
        local: localOf(kecamatan.office),
        request: {
          recipient: { kind: 'office', officeId: bench.kabupaten.officeId },
          everything: false,
          includeContacts: false,
          includeFiles: false,
        },
        folder,
        now: () => new Date(),
        appVersion: 'bench',
      });
      const plainPath = join(folder, 'plain');
      writePlainPackage(kecamatan.db, kecamatan.office.officeId, since, plainPath);
      return await paired(
        week,
        () => importKeptTimed(kabupaten.db, kabupaten.dataDir, bench.kabupaten, written.path),
        () => timeSeconds(() => applyPlainPackage(plainPath, join(folder, 'floor.sqlite'))),
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  },
};
