import type { Sector } from '../../../shared/domain/directory';
import { villageLabel, type Village } from '../areas';
import { FIRST_YEAR, LAST_YEAR, instantMs, isoOf } from '../calendar';
import { scaled, type GenContext } from '../context';
import { OTHER_ACTIVITIES, type InterventionSpec } from '../pools/catalogue';
import type { Prng } from '../prng';
import type { Catalogue } from './catalogue';
import type { Directory, GenInstitution } from './directory';
import type { Meetings } from './meetings';

export const FULL_PLAN_ROWS = 3_000;
const DAY_MS = 86_400_000;

/** APBD code prefixes (urusan.bidang) of the offices that hold plan budgets. */
const URUSAN: Partial<Record<Sector, string>> = {
  pendidikan: '1.01',
  kesehatan: '1.02',
  pekerjaan_umum: '1.03',
  sosial: '1.06',
  pertanian_pangan: '2.09',
  kependudukan: '2.12',
  pemberdayaan_desa: '2.13',
  keluarga_berencana: '2.14',
  perencanaan: '5.01',
};

const NOTES = [
  'Lokasi mengikuti hasil analisis situasi',
  'Sasaran dari data e-PPGBM bulan Agustus',
  'Menunggu petunjuk teknis dari kementerian',
  'Dilaksanakan bersama kader TPK',
  'Didukung dana CSR',
] as const;

export interface Plans {
  /** Row ids of each year's plan, for commitments that belong to a plan row. */
  rowsByYear: Map<number, string[]>;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function roundThousand(amount: number): number {
  return Math.round(amount / 1000) * 1000;
}

/** Month bits, bit 0 = January: a run of months, the quarter ends, or the whole year. */
function scheduleOf(rng: Prng): number {
  const pattern = rng.int(0, 9);
  if (pattern === 0) return 0b100100100100;
  if (pattern === 1) return 4095;
  const first = rng.int(0, 11);
  const length = rng.int(1, 12 - first);
  return ((1 << length) - 1) << first;
}

/** The institution that carries a row, by the intervention's preferred kinds of office. */
function responsibleOf(rng: Prng, directory: Directory, spec: InterventionSpec | null): GenInstitution {
  const keys = spec?.responsible ?? ['bappeda', 'dpmd', 'pemdes'];
  const key = rng.weighted(keys.map((k, i) => [k, keys.length - i] as const));
  const atKabupaten = directory.kabupaten.get(key);
  if (atKabupaten) return atKabupaten;
  const local = directory.byKind.get(key);
  return local?.length ? rng.pick(local) : rng.pick(directory.institutions);
}

function locationsOf(rng: Prng, ctx: GenContext, responsible: GenInstitution): Village[] {
  if (responsible.village) return [responsible.village];
  const pool = responsible.kecamatan?.villages ?? ctx.area.villages;
  return rng.sample(pool, rng.int(1, Math.min(4, pool.length)));
}

/**
 * Writes ten yearly action plans of the kabupaten (2016–2025), 3,000 rows each at full scale,
 * with locations (desa lokus), supporting institutions, a month schedule and funding lines in
 * whole Rupiah. Each plan is adopted in that year's Rembuk Stunting and copied from the last.
 */
export function writePlans(ctx: GenContext, directory: Directory, catalogue: Catalogue, meetings: Meetings): Plans {
  const rng = ctx.rng.fork('plans');
  const db = ctx.db;
  const insertPlan = db.prepare(
    `INSERT INTO action_plans (id, area_code, year, title, status, adopted_meeting_id, copied_from_plan_id, created_at,
       updated_at)
     VALUES (?, ?, ?, ?, 'adopted', ?, ?, ?, ?)`,
  );
  const insertRow = db.prepare(
    `INSERT INTO plan_rows (id, plan_id, position, activity, budget_code, intervention_id, intervention_kind,
       target_group, indicator, target_volume, target_unit, responsible_institution_id, schedule_months, status,
       realisation_percent, realisation_amount, notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertLocation = db.prepare('INSERT INTO plan_row_locations (row_id, area_code) VALUES (?, ?)');
  const insertSupporter = db.prepare('INSERT INTO plan_row_supporters (row_id, institution_id) VALUES (?, ?)');
  const insertFunding = db.prepare(
    'INSERT INTO plan_row_funding (id, row_id, funding_source_id, amount, position) VALUES (?, ?, ?, ?, ?)',
  );
  const fundingId = (code: string): string => {
    const id = catalogue.funding.get(code);
    if (!id) throw new Error(`Funding source ${code} is not in the catalogue`);
    return id;
  };
  // Supporters are offices and partners above the villages.
  const supporterPool = directory.institutions.filter((i) => !i.village);
  const plans: Plans = { rowsByYear: new Map() };
  const rows = scaled(ctx, FULL_PLAN_ROWS);
  let previous: string | null = null;
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    db.transaction(() => {
      const rembuk = meetings.all.find((m) => m.adoptsPlan && m.year === year && m.status !== 'draft');
      const createdMs = rembuk ? rembuk.createdMs - 10 * DAY_MS : instantMs(`${year}-02-01`, 9 * 60);
      const planId = ctx.newId(createdMs);
      const team = year >= 2022 ? 'Percepatan Penurunan Stunting' : 'Konvergensi Pencegahan Stunting';
      insertPlan.run(
        planId,
        ctx.area.code,
        year,
        `Rencana Aksi Terpadu ${team} Kabupaten Jeneponto Tahun ${year}`,
        rembuk?.id ?? null,
        previous,
        isoOf(createdMs),
        isoOf(rembuk?.approvedMs ?? createdMs),
      );
      previous = planId;
      const ids: string[] = [];
      for (let position = 0; position < rows; position++) {
        const other = rng.chance(0.1);
        const intervention = other ? null : rng.pick(catalogue.interventions);
        const spec = intervention?.spec ?? null;
        const responsible = responsibleOf(rng, directory, spec);
        const villages = locationsOf(rng, ctx, responsible);
        const activity = spec ? rng.pick(spec.activities) : rng.pick(OTHER_ACTIVITIES);
        const where = villages.length === 1 ? villageLabel(villages[0] as Village) : `${villages.length} desa lokus`;
        const volume = spec ? rng.int(spec.volume[0], spec.volume[1]) * villages.length : rng.int(1, 4);
        const total = roundThousand(
          volume * (spec ? rng.int(spec.unitCost[0], spec.unitCost[1]) : rng.int(5, 60) * 1_000_000),
        );
        const urusan = URUSAN[responsible.sector];
        const budgetCode =
          urusan && !responsible.village
            ? `${urusan}.${pad(rng.int(1, 3), 2)}.${rng.int(1, 2)}.${pad(rng.int(1, 12), 2)}.${pad(rng.int(1, 40), 4)}`
            : null;
        const status = rng.weighted(
          year < LAST_YEAR
            ? ([
                ['done', 78],
                ['cancelled', 6],
                ['in_progress', 4],
                ['planned', 12],
              ] as const)
            : ([
                ['planned', 30],
                ['in_progress', 50],
                ['done', 20],
              ] as const),
        );
        const percent =
          status === 'done'
            ? rng.int(80, 100)
            : status === 'in_progress'
              ? rng.int(10, 80)
              : status === 'cancelled'
                ? 0
                : null;
        const rowMs = createdMs + position * 61_000;
        const rowId = ctx.newId(rowMs);
        insertRow.run(
          rowId,
          planId,
          position,
          `${activity} di ${where}`,
          budgetCode,
          intervention?.id ?? null,
          spec?.kind ?? 'lainnya',
          spec?.targetGroup ?? null,
          spec?.indicator ?? null,
          volume,
          spec?.volumeUnit ?? 'kegiatan',
          responsible.id,
          scheduleOf(rng),
          status,
          percent,
          percent === null ? null : Math.floor((total * percent) / 100_000) * 1000,
          rng.chance(0.08) ? rng.pick(NOTES) : null,
          isoOf(rowMs),
          isoOf(rowMs),
        );
        ids.push(rowId);
        for (const village of villages) insertLocation.run(rowId, village.code);
        const supporters = rng.sample(supporterPool, rng.int(0, 3)).filter((i) => i !== responsible);
        for (const supporter of supporters) insertSupporter.run(rowId, supporter.id);
        const sources = spec?.funding ?? ['APBD', 'DD'];
        const primary =
          responsible.village && sources.includes('DD')
            ? 'DD'
            : rng.weighted(sources.map((s, i) => [s, sources.length - i] as const));
        const others = [...new Set([...sources, 'CSR'])].filter((s) => s !== primary);
        const second = rng.chance(0.25) ? rng.pick(others) : null;
        const secondAmount = second ? roundThousand(total * 0.3) : 0;
        insertFunding.run(ctx.newId(rowMs), rowId, fundingId(primary), total - secondAmount, 0);
        if (second) insertFunding.run(ctx.newId(rowMs), rowId, fundingId(second), secondAmount, 1);
      }
      plans.rowsByYear.set(year, ids);
    })();
  }
  return plans;
}
