import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openConnection } from '../../../electron/db/connection';
import { localOfficeId } from '../../../electron/db/ownership';
import { receive } from '../exchange/receive-records';
import type { Call } from './seed-rakor';

/**
 * A kabupaten installation holding the data of several kecamatan offices (issue 11, views across
 * offices): each kecamatan office records its own Rakor, commitments and action plan on an
 * installation of its own; their records are then copied into the kabupaten's data folder as a
 * package import copies them (`receive`, applyingPackage mode), beside the kabupaten's own data.
 * Works for any host: `open` starts one on a data folder (a test core, a preview host).
 */
export interface OfficeSpec {
  name: string;
  level: 'kecamatan' | 'kabupaten';
  /** The kecamatan's code (or the kabupaten's, 73.04). */
  areaCode: string;
  areaName: string;
  /** Commitments of its Rakor: how many are done, overdue (open, due early in 2026) and cancelled. */
  done: number;
  overdue: number;
  cancelled: number;
  /** Rows of its 2026 action plan, each funded by APBD Kabupaten (and every second one by Dana Desa). */
  planRows: number;
}

export const KABUPATEN: OfficeSpec = {
  name: 'Sekretariat TPPS Kabupaten Jeneponto',
  level: 'kabupaten',
  areaCode: '73.04',
  areaName: 'Jeneponto',
  done: 1,
  overdue: 1,
  cancelled: 0,
  planRows: 1,
};

export const KECAMATAN: readonly OfficeSpec[] = [
  {
    name: 'Kantor Camat Kelara',
    level: 'kecamatan',
    areaCode: '73.04.05',
    areaName: 'Kelara',
    done: 2,
    overdue: 1,
    cancelled: 0,
    planRows: 3,
  },
  {
    name: 'Kantor Camat Rumbia',
    level: 'kecamatan',
    areaCode: '73.04.10',
    areaName: 'Rumbia',
    done: 0,
    overdue: 3,
    cancelled: 1,
    planRows: 2,
  },
  {
    name: 'Kantor Camat Bangkala',
    level: 'kecamatan',
    areaCode: '73.04.01',
    areaName: 'Bangkala',
    done: 1,
    overdue: 0,
    cancelled: 0,
    planRows: 0,
  },
];

export interface Host {
  call: Call;
  close(): Promise<void> | void;
}

export interface HeldOffice extends OfficeSpec {
  id: string;
  meetingId: string;
  planId: string | null;
  institutionId: string;
  commitmentIds: string[];
}

function settingsOf(spec: OfficeSpec) {
  return {
    office:
      spec.level === 'kabupaten'
        ? { level: 'kabupaten' as const, kabupatenCode: spec.areaCode, officeName: spec.name }
        : {
            level: 'kecamatan' as const,
            kabupatenCode: spec.areaCode.slice(0, 5),
            kecamatanCode: spec.areaCode,
            officeName: spec.name,
          },
  };
}

/** Records one office's data through its own API. */
export async function fillOffice(call: Call, spec: OfficeSpec): Promise<Omit<HeldOffice, 'id'>> {
  await call('settings.update', settingsOf(spec));
  const institution = await call('institutions.create', {
    name: `Puskesmas ${spec.areaName}`,
    sector: 'kesehatan',
    level: spec.level,
    areaCode: spec.areaCode,
  });
  const meeting = await call('meetings.create', {
    title: `Rakor TPPS ${spec.level === 'kabupaten' ? 'Kabupaten' : 'Kecamatan'} ${spec.areaName}`,
    kind: 'rakor_tpps',
    hostLevel: spec.level,
    areaCodes: [spec.areaCode],
    date: '2026-01-20',
    startTime: '09:00',
    endTime: '12:00',
  });
  const commitmentIds: string[] = [];
  const make = async (description: string, dueDate: string) => {
    const commitment = await call('commitments.create', {
      meetingId: meeting.id,
      institutionId: institution.id,
      description,
      dueDate,
    });
    commitmentIds.push(commitment.id);
    return commitment;
  };
  for (let i = 0; i < spec.done; i += 1) {
    const c = await make(`Posyandu aktif ${spec.areaName} ${i + 1}`, '2026-03-31');
    await call('commitments.setStatus', { id: c.id, status: 'done', note: null, meetingId: null });
  }
  for (let i = 0; i < spec.overdue; i += 1)
    await make(`Data keluarga berisiko ${spec.areaName} ${i + 1}`, '2026-02-28');
  for (let i = 0; i < spec.cancelled; i += 1) {
    const c = await make(`Kelas ibu hamil ${spec.areaName} ${i + 1}`, '2026-04-30');
    await call('commitments.setStatus', { id: c.id, status: 'cancelled', note: null, meetingId: null });
  }
  let planId: string | null = null;
  if (spec.planRows > 0) {
    const [intervention, other] = await call('interventions.list', { query: '' });
    const sources = await call('fundingSources.list', {});
    const apbd = sources.find((s) => s.code === 'APBD');
    const desa = sources.find((s) => s.code === 'DD');
    if (!apbd || !desa) throw new Error('The seeded funding sources APBD and DD are missing');
    const plan = await call('plans.create', {
      areaCode: spec.areaCode,
      year: 2026,
      title: `Rencana Aksi Terpadu ${spec.areaName} 2026`,
    });
    planId = plan.id;
    for (let i = 0; i < spec.planRows; i += 1) {
      await call('planRows.create', {
        planId: plan.id,
        activity: `Pendampingan keluarga ${spec.areaName} ${i + 1}`,
        interventionId: (i % 2 === 0 ? intervention : other)?.id ?? null,
        funding: [
          { fundingSourceId: apbd.id, amount: 1_000_000 * (i + 1) },
          ...(i % 2 === 1 ? [{ fundingSourceId: desa.id, amount: 500_000 }] : []),
        ],
      });
    }
  }
  return { ...spec, meetingId: meeting.id, planId, institutionId: institution.id, commitmentIds };
}

/** Opens a host on `dataDir`, lets `work` record through its API, and closes it. */
async function withHost<T>(
  open: (dataDir: string) => Promise<Host>,
  dataDir: string,
  work: (call: Call) => Promise<T>,
) {
  const host = await open(dataDir);
  try {
    return await work(host.call);
  } finally {
    await host.close();
  }
}

function officeIdIn(dataDir: string): string {
  const db = openConnection(join(dataDir, 'sirakor.sqlite'), { readonly: true });
  try {
    return localOfficeId(db);
  } finally {
    db.close();
  }
}

/**
 * Builds the kabupaten's data folder `kabupatenDir`: its own data, then each kecamatan office's,
 * recorded on an installation in a temporary folder and received as a package import would.
 */
export async function buildKabupaten(
  open: (dataDir: string) => Promise<Host>,
  kabupatenDir: string,
  kecamatan: readonly OfficeSpec[] = KECAMATAN,
): Promise<{ kabupaten: HeldOffice; kecamatan: HeldOffice[] }> {
  const own = await withHost(open, kabupatenDir, (call) => fillOffice(call, KABUPATEN));
  const kabupaten = { ...own, id: officeIdIn(kabupatenDir) };
  const held: HeldOffice[] = [];
  for (const spec of kecamatan) {
    const dir = mkdtempSync(join(tmpdir(), 'sirakor-kecamatan-'));
    try {
      const filled = await withHost(open, dir, (call) => fillOffice(call, spec));
      const office = { ...filled, id: officeIdIn(dir) };
      held.push(office);
      const target = openConnection(join(kabupatenDir, 'sirakor.sqlite'));
      try {
        receive(target, join(dir, 'sirakor.sqlite'), { id: office.id, name: spec.name, areaCode: spec.areaCode });
      } finally {
        target.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return { kabupaten, kecamatan: held };
}
