import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_FUNDING_SOURCES, SEED_INTERVENTIONS } from '../../electron/db/migrations/004-action-plans';
import type { Sector } from '../../shared/domain/directory';
import type { ActionPlan, PlanRow, PlanRowFields, PlanRowStatus, PlanVillage } from '../../shared/domain/plans';
import { planTotals } from '../../shared/plans/totals';
import { RESOURCES_DIR } from './paths';

/**
 * A realistic action plan of Kabupaten Jeneponto for the plan figures and tests: activities that
 * fit their intervention (PMT lokal for gizi kurang, TTD for remaja putri, jamban for sanitasi…),
 * target groups, indicators and units from the seeded catalogue, volumes sized to the villages,
 * offices that carry such work, months in the patterns offices plan in (a quarter, a run of
 * months, every month), and funding lines in whole thousands of Rupiah from the sources such work
 * draws on. Deterministic for a seed.
 */

/** mulberry32: small, seeded, the same on every machine. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Draw {
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  sample<T>(items: readonly T[], n: number): T[];
}

function draw(random: () => number): Draw {
  const api: Draw = {
    int: (min, max) => min + Math.floor(random() * (max - min + 1)),
    pick: (items) => items[Math.floor(random() * items.length)] as (typeof items)[number],
    chance: (p) => random() < p,
    sample: (items, n) => {
      const copy = [...items];
      const out: (typeof items)[number][] = [];
      while (out.length < n && copy.length) out.push(copy.splice(Math.floor(random() * copy.length), 1)[0] as never);
      return out;
    },
  };
  return api;
}

/** Offices of a kabupaten that carry plan rows, by role; `{kec}` makes one per kecamatan. */
export const PLAN_OFFICES: readonly { key: string; name: string; sector: Sector; perKecamatan?: boolean }[] = [
  { key: 'dinkes', name: 'Dinas Kesehatan Kabupaten Jeneponto', sector: 'kesehatan' },
  { key: 'puskesmas', name: 'Puskesmas {kec}', sector: 'kesehatan', perKecamatan: true },
  { key: 'dppkb', name: 'Dinas Pengendalian Penduduk dan Keluarga Berencana', sector: 'keluarga_berencana' },
  { key: 'bappeda', name: 'Badan Perencanaan Pembangunan Daerah', sector: 'perencanaan' },
  { key: 'dpmd', name: 'Dinas Pemberdayaan Masyarakat dan Desa', sector: 'pemberdayaan_desa' },
  { key: 'pupr', name: 'Dinas Pekerjaan Umum dan Penataan Ruang', sector: 'pekerjaan_umum' },
  { key: 'perkim', name: 'Dinas Perumahan dan Kawasan Permukiman', sector: 'pekerjaan_umum' },
  { key: 'dinsos', name: 'Dinas Sosial', sector: 'sosial' },
  { key: 'disdik', name: 'Dinas Pendidikan dan Kebudayaan', sector: 'pendidikan' },
  { key: 'pangan', name: 'Dinas Ketahanan Pangan', sector: 'pertanian_pangan' },
  { key: 'kominfo', name: 'Dinas Komunikasi dan Informatika', sector: 'lainnya' },
  { key: 'kemenag', name: 'Kantor Kementerian Agama Kabupaten Jeneponto', sector: 'agama' },
  { key: 'pkk', name: 'TP PKK Kabupaten Jeneponto', sector: 'pkk' },
  { key: 'camat', name: 'Kantor Camat {kec}', sector: 'pemerintahan', perKecamatan: true },
];

interface Template {
  activities: readonly string[];
  volume: readonly [number, number];
  /** Rupiah per unit of volume. */
  unitCost: readonly [number, number];
  offices: readonly string[];
  /** Funding source codes, the first the most usual. */
  funding: readonly string[];
}

const TEMPLATES: Record<string, Template> = {
  'SP-01': {
    activities: [
      'PMT lokal bagi ibu hamil KEK',
      'Kelas ibu hamil dan demo masak PMT lokal',
      'Pendampingan gizi ibu hamil KEK oleh bidan desa',
    ],
    volume: [8, 60],
    unitCost: [450_000, 1_200_000],
    offices: ['puskesmas', 'dinkes'],
    funding: ['DAK-NF-BOK', 'APBD', 'DD'],
  },
  'SP-02': {
    activities: [
      'Distribusi TTD dan pemantauan kepatuhan minum TTD ibu hamil',
      'Pemeriksaan ANC terpadu dan pemberian TTD',
    ],
    volume: [30, 250],
    unitCost: [15_000, 60_000],
    offices: ['puskesmas', 'dinkes'],
    funding: ['DAK-NF-BOK', 'APBD'],
  },
  'SP-03': {
    activities: [
      'Aksi Bergizi: minum TTD bersama remaja putri di sekolah',
      'Skrining anemia remaja putri kelas 7 dan 10',
    ],
    volume: [80, 900],
    unitCost: [10_000, 35_000],
    offices: ['puskesmas', 'disdik', 'dinkes'],
    funding: ['DAK-NF-BOK', 'APBD'],
  },
  'SP-04': {
    activities: ['Konseling menyusui dan kelompok pendukung ASI', 'Pelatihan konselor ASI bagi bidan desa'],
    volume: [15, 200],
    unitCost: [50_000, 200_000],
    offices: ['puskesmas', 'dinkes'],
    funding: ['DAK-NF-BOK', 'APBD'],
  },
  'SP-05': {
    activities: ['Kelas ibu balita dan demo MP-ASI berbahan pangan lokal', 'Pelatihan PMBA bagi kader posyandu'],
    volume: [15, 250],
    unitCost: [40_000, 250_000],
    offices: ['puskesmas', 'pkk'],
    funding: ['DAK-NF-BOK', 'DD', 'APBD'],
  },
  'SP-06': {
    activities: ['Tata laksana gizi buruk dan rujukan ke TFC', 'Penyediaan F-75, F-100 dan RUTF'],
    volume: [2, 25],
    unitCost: [750_000, 3_500_000],
    offices: ['dinkes', 'puskesmas'],
    funding: ['APBD', 'DAK-NF-BOK'],
  },
  'SP-07': {
    activities: [
      'Pengukuran dan publikasi stunting serentak di posyandu',
      'Pengadaan antropometri kit posyandu',
      'Pemutakhiran data e-PPGBM',
    ],
    volume: [4, 40],
    unitCost: [350_000, 4_500_000],
    offices: ['puskesmas', 'dinkes'],
    funding: ['DAK-F', 'DD', 'APBD'],
  },
  'SP-08': {
    activities: ['PMT pemulihan berbahan pangan lokal bagi balita gizi kurang', 'Pos gizi (PD/Hearth) di desa lokus'],
    volume: [8, 120],
    unitCost: [300_000, 1_100_000],
    offices: ['puskesmas', 'dinkes'],
    funding: ['DAK-NF-BOK', 'DD', 'APBD'],
  },
  'SP-09': {
    activities: ['Sweeping imunisasi dasar lengkap', 'Pelacakan balita drop out imunisasi'],
    volume: [40, 500],
    unitCost: [15_000, 75_000],
    offices: ['puskesmas'],
    funding: ['DAK-NF-BOK', 'APBD'],
  },
  'SN-01': {
    activities: ['Pelayanan KB pascapersalinan', 'Konseling KB pascapersalinan pada kelas ibu hamil'],
    volume: [25, 300],
    unitCost: [25_000, 150_000],
    offices: ['dppkb', 'puskesmas'],
    funding: ['DAK-NF-BOKB', 'APBD'],
  },
  'SN-02': {
    activities: ['Konseling PUS unmet need oleh PKB/PLKB', 'Penyuluhan kesehatan reproduksi'],
    volume: [40, 400],
    unitCost: [10_000, 60_000],
    offices: ['dppkb'],
    funding: ['DAK-NF-BOKB', 'APBD'],
  },
  'SN-03': {
    activities: ['Pemeriksaan kesehatan calon pengantin melalui Elsimil', 'Bimbingan perkawinan bersama KUA'],
    volume: [15, 200],
    unitCost: [25_000, 120_000],
    offices: ['dppkb', 'kemenag', 'puskesmas'],
    funding: ['DAK-NF-BOKB', 'APBD', 'APBN'],
  },
  'SN-04': {
    activities: ['Pembangunan sarana air bersih perpipaan', 'Sambungan rumah air minum bagi keluarga miskin'],
    volume: [8, 120],
    unitCost: [1_500_000, 4_000_000],
    offices: ['pupr', 'camat'],
    funding: ['DAK-F', 'APBD', 'DD'],
  },
  'SN-05': {
    activities: ['Pembangunan jamban sehat keluarga', 'Stimulan jamban sehat bagi keluarga berisiko stunting'],
    volume: [5, 60],
    unitCost: [2_500_000, 6_500_000],
    offices: ['perkim', 'pupr', 'camat'],
    funding: ['DAK-F', 'DD', 'APBD', 'CSR'],
  },
  'SN-06': {
    activities: ['Pendaftaran keluarga miskin sebagai peserta JKN PBI', 'Verifikasi dan validasi data PBI JKN'],
    volume: [100, 2500],
    unitCost: [5_000, 42_000],
    offices: ['dinsos', 'dinkes'],
    funding: ['APBD', 'APBN'],
  },
  'SN-07': {
    activities: ['Pendampingan keluarga berisiko stunting oleh TPK', 'Audit kasus stunting'],
    volume: [40, 700],
    unitCost: [20_000, 90_000],
    offices: ['dppkb', 'pkk'],
    funding: ['DAK-NF-BOKB', 'APBD', 'DD'],
  },
  'SN-08': {
    activities: ['Pertemuan peningkatan kemampuan keluarga (P2K2) PKH', 'Pemutakhiran DTKS keluarga berisiko stunting'],
    volume: [40, 600],
    unitCost: [50_000, 300_000],
    offices: ['dinsos'],
    funding: ['APBN', 'APBD'],
  },
  'SN-09': {
    activities: ['Penyaluran bantuan pangan bagi keluarga berisiko stunting', 'Pekarangan pangan lestari'],
    volume: [40, 600],
    unitCost: [50_000, 400_000],
    offices: ['pangan', 'dinsos'],
    funding: ['APBN', 'APBD', 'DD'],
  },
  'SN-10': {
    activities: ['Kampanye perubahan perilaku pencegahan stunting', 'Sosialisasi stunting melalui majelis taklim'],
    volume: [2, 20],
    unitCost: [1_500_000, 12_000_000],
    offices: ['kominfo', 'dinkes', 'kemenag', 'pkk'],
    funding: ['APBD', 'CSR', 'DD'],
  },
  'SN-11': {
    activities: ['Pemicuan STBM dan deklarasi desa ODF', 'Verifikasi desa Stop BABS'],
    volume: [1, 10],
    unitCost: [2_000_000, 9_000_000],
    offices: ['puskesmas', 'dinkes'],
    funding: ['DAK-NF-BOK', 'APBD', 'DD'],
  },
};

const OTHER: Template = {
  activities: [
    'Penguatan kelembagaan TPPS desa/kelurahan',
    'Rembuk stunting desa',
    'Pelatihan Kader Pembangunan Manusia',
    'Publikasi data stunting',
    'Reviu kinerja tahunan aksi konvergensi',
  ],
  volume: [1, 4],
  unitCost: [5_000_000, 60_000_000],
  offices: ['bappeda', 'dpmd', 'camat'],
  funding: ['APBD', 'DD'],
};

const NOTES = [
  'Lokasi mengikuti hasil analisis situasi',
  'Sasaran dari data e-PPGBM bulan Agustus',
  'Menunggu petunjuk teknis',
  'Dilaksanakan bersama kader TPK',
];

export interface GeneratorOffice {
  id: string;
  key: string;
  name: string;
  /** The kecamatan of a per-kecamatan office. */
  kecamatanCode: string | null;
}

export interface GeneratorContext {
  villages: readonly PlanVillage[];
  offices: readonly GeneratorOffice[];
}

function scheduleOf(d: Draw): number {
  const pattern = d.int(0, 9);
  if (pattern === 0) return 0xfff;
  if (pattern <= 2) return 0b111 << (d.int(0, 3) * 3);
  if (pattern === 3) return 0b100100100100;
  const first = d.int(0, 11);
  return ((1 << d.int(1, 12 - first)) - 1) << first;
}

const thousands = (amount: number): number => Math.max(1000, Math.round(amount / 1000) * 1000);

/** `count` rows of a plan of the context's area, as PlanRow (with names), deterministic for `seed`. */
export function generatePlanRows(context: GeneratorContext, count: number, seed = 2026): PlanRow[] {
  const d = draw(seeded(seed));
  const sources = new Map(SEED_FUNDING_SOURCES.map((s) => [s.code, s]));
  const byKey = new Map<string, GeneratorOffice[]>();
  for (const office of context.offices) byKey.set(office.key, [...(byKey.get(office.key) ?? []), office]);
  const rows: PlanRow[] = [];
  for (let position = 0; position < count; position++) {
    const intervention = d.chance(0.1) ? null : d.pick(SEED_INTERVENTIONS);
    const template = intervention ? (TEMPLATES[intervention.code] as Template) : OTHER;
    const villages = d.sample(context.villages, d.int(1, 4));
    const kecamatan = villages[0]?.kecamatanCode ?? null;
    const candidates = template.offices.flatMap((key) => byKey.get(key) ?? []);
    const local = candidates.filter((o) => o.kecamatanCode === null || o.kecamatanCode === kecamatan);
    const responsible = d.pick(local.length ? local : context.offices);
    const supporters = d
      .sample(
        context.offices.filter((o) => o.id !== responsible.id && o.kecamatanCode === null),
        d.int(0, 2),
      )
      .sort((a, b) => (a.name < b.name ? -1 : 1));
    const volume = d.int(template.volume[0], template.volume[1]) * villages.length;
    const total = thousands(volume * d.int(template.unitCost[0], template.unitCost[1]));
    const lines = d.chance(0.7) ? 1 : d.int(2, Math.min(3, template.funding.length));
    const codes = [template.funding[0] as string, ...d.sample(template.funding.slice(1), lines - 1)];
    const funding = codes.map((code, i) => {
      const source = sources.get(code) ?? (SEED_FUNDING_SOURCES[0] as (typeof SEED_FUNDING_SOURCES)[number]);
      const amount = i === codes.length - 1 ? 0 : thousands(total * (i === 0 ? 0.6 : 0.25));
      return { fundingSourceId: source.id, fundingSourceCode: source.code, fundingSourceName: source.name, amount };
    });
    const spent = funding.reduce((sum, line) => sum + line.amount, 0);
    (funding[funding.length - 1] as (typeof funding)[number]).amount = Math.max(1000, total - spent);
    const status: PlanRowStatus = d.pick(['planned', 'planned', 'in_progress', 'in_progress', 'done', 'cancelled']);
    const percent = status === 'done' ? 100 : status === 'in_progress' ? d.int(10, 90) : null;
    const rowTotal = funding.reduce((sum, line) => sum + line.amount, 0);
    rows.push({
      id: `row-${position}`,
      planId: 'plan',
      position,
      activity: `${d.pick(template.activities)} di ${villages.length === 1 ? `Desa ${villages[0]?.name}` : `${villages.length} desa lokus`}`,
      budgetCode: d.chance(0.6)
        ? `1.02.02.2.${String(d.int(1, 3)).padStart(2, '0')}.${String(d.int(1, 40)).padStart(4, '0')}`
        : null,
      interventionId: intervention?.id ?? null,
      interventionCode: intervention?.code ?? null,
      interventionName: intervention?.name ?? null,
      interventionKind: intervention?.kind ?? 'lainnya',
      convergenceActionId: null,
      targetGroup: intervention?.targetGroup ?? null,
      indicator: intervention?.indicator ?? null,
      targetVolume: volume,
      targetUnit: intervention?.unit ?? 'kegiatan',
      locations: [...villages].sort((a, b) => (a.code < b.code ? -1 : 1)),
      responsibleInstitutionId: responsible.id,
      responsibleInstitutionName: responsible.name,
      supporters: supporters.map((s) => ({ id: s.id, name: s.name })),
      scheduleMonths: scheduleOf(d),
      funding,
      status,
      realisationPercent: percent,
      realisationAmount: percent === null ? null : Math.floor((rowTotal * percent) / 100_000) * 1000,
      notes: d.chance(0.08) ? d.pick(NOTES) : null,
      commitmentIds: [],
      updatedAt: '2026-01-15T01:00:00.000Z',
    });
  }
  return rows;
}

/** A row as planRows.applyBatch takes it. */
export function fieldsOfGenerated(row: PlanRow): PlanRowFields {
  return {
    activity: row.activity,
    budgetCode: row.budgetCode,
    interventionId: row.interventionId,
    interventionKind: row.interventionKind,
    convergenceActionId: row.convergenceActionId,
    targetGroup: row.targetGroup,
    indicator: row.indicator,
    targetVolume: row.targetVolume,
    targetUnit: row.targetUnit,
    locations: row.locations.map((v) => v.code),
    responsibleInstitutionId: row.responsibleInstitutionId,
    supporterIds: row.supporters.map((s) => s.id),
    scheduleMonths: row.scheduleMonths,
    funding: row.funding.map((f) => ({ fundingSourceId: f.fundingSourceId, amount: f.amount })),
    status: row.status,
    realisationPercent: row.realisationPercent,
    realisationAmount: row.realisationAmount,
    notes: row.notes,
    commitmentIds: [],
  };
}

/** Desa/kelurahan of Kabupaten Jeneponto (73.04) with their kecamatan, from the shipped region list. */
export function jenepontoVillages(): { villages: PlanVillage[]; kecamatan: { code: string; name: string }[] } {
  const text = gunzipSync(readFileSync(join(RESOURCES_DIR, 'regions', 'wilayah-kemendagri-2025.csv.gz'))).toString(
    'utf8',
  );
  const kecamatan = new Map<string, string>();
  const villages: PlanVillage[] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('73.04.')) continue;
    const [code = '', name = ''] = line.split(',');
    const parts = code.split('.');
    if (parts.length === 3) kecamatan.set(code, name);
    if (parts.length === 4) {
      const parent = parts.slice(0, 3).join('.');
      villages.push({ code, name, kecamatanCode: parent, kecamatanName: kecamatan.get(parent) ?? '' });
    }
  }
  return { villages, kecamatan: [...kecamatan].map(([code, name]) => ({ code, name })) };
}

/** Offices with made-up ids, for plans built without a database (the memory figures). */
export function syntheticOffices(kecamatan: readonly { code: string; name: string }[]): GeneratorOffice[] {
  return PLAN_OFFICES.flatMap((office, i): GeneratorOffice[] =>
    office.perKecamatan
      ? kecamatan.map((k, j) => ({
          id: `office-${i}-${j}`,
          key: office.key,
          name: office.name.replace('{kec}', k.name),
          kecamatanCode: k.code,
        }))
      : [{ id: `office-${i}`, key: office.key, name: office.name, kecamatanCode: null }],
  );
}

/** A plan of Kabupaten Jeneponto with `count` generated rows and its totals, without a database. */
export function syntheticPlan(count: number): { plan: ActionPlan; rows: PlanRow[] } {
  const { villages, kecamatan } = jenepontoVillages();
  const rows = generatePlanRows({ villages, offices: syntheticOffices(kecamatan) }, count);
  const totals = planTotals(rows, SEED_FUNDING_SOURCES);
  return {
    plan: {
      id: 'plan',
      areaCode: '73.04',
      areaName: 'Kabupaten Jeneponto',
      areaLevel: 'kabupaten',
      year: 2026,
      title: 'Rencana Aksi Terpadu Percepatan Penurunan Stunting Kabupaten Jeneponto Tahun 2026',
      status: 'adopted',
      adoptedMeetingId: null,
      adoptedMeetingTitle: null,
      adoptedMeetingDate: null,
      copiedFromPlanId: null,
      priorityVillageCodes: [],
      rowCount: rows.length,
      totalAmount: totals.overall,
      createdAt: '2026-01-15T01:00:00.000Z',
      updatedAt: '2026-01-15T01:00:00.000Z',
      origin: null,
    },
    rows,
  };
}

/** A dispatcher call that throws on a failed result (tests' `callerOf`, the figures' `call`). */
export type PlanCall = (method: string, input: unknown) => Promise<unknown>;

/**
 * Creates the offices and a plan of `areaCode` (a kabupaten or kecamatan) with `count` generated
 * rows through the API, as the grid would (applyBatch in blocks of 500). Returns the plan's id.
 */
export async function seedPlanThroughApi(
  call: PlanCall,
  options: { areaCode: string; year: number; count: number; seed?: number; title?: string },
): Promise<{ planId: string; rows: PlanRowFields[]; offices: GeneratorOffice[] }> {
  const { villages: all, kecamatan: allKecamatan } = jenepontoVillages();
  const villages = all.filter((v) => v.code.startsWith(`${options.areaCode}.`));
  const kecamatan = allKecamatan.filter(
    (k) => k.code === options.areaCode || k.code.startsWith(`${options.areaCode}.`),
  );
  const offices: GeneratorOffice[] = [];
  for (const template of syntheticOffices(kecamatan)) {
    const office = PLAN_OFFICES.find((o) => o.key === template.key);
    const created = (await call('institutions.create', {
      name: template.name,
      sector: office?.sector ?? 'lainnya',
      level: template.kecamatanCode ? 'kecamatan' : 'kabupaten',
      areaCode: template.kecamatanCode ?? '73.04',
    })) as { id: string };
    offices.push({ ...template, id: created.id });
  }
  const plan = (await call('plans.create', {
    areaCode: options.areaCode,
    year: options.year,
    title:
      options.title ??
      `Rencana Aksi Terpadu Percepatan Penurunan Stunting ${options.areaCode === '73.04' ? 'Kabupaten Jeneponto' : `Kecamatan ${kecamatan[0]?.name ?? ''}`} Tahun ${options.year}`,
  })) as { id: string };
  const rows = generatePlanRows({ villages, offices }, options.count, options.seed).map(fieldsOfGenerated);
  for (let start = 0; start < rows.length; start += 500) {
    await call('planRows.applyBatch', { planId: plan.id, upserts: rows.slice(start, start + 500) });
  }
  return { planId: plan.id, rows, offices };
}
