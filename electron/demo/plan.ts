import type { DemoCall } from './call';
import type { DemoSeed } from './seed-rakor';

type InstitutionKey = keyof DemoSeed['institutions'];

/**
 * Catalogue codes of the interventions and funding sources the rows use (the catalogue seeded by
 * migration 004, DOMAIN.md numbering). An entry the office has since deleted is left out of the row.
 */
const INTERVENTIONS = {
  gizikurang: 'SP-08',
  kek: 'SP-01',
  ttdRemaja: 'SP-03',
  pemantauan: 'SP-07',
  krs: 'SN-07',
  catin: 'SN-03',
  sanitasi: 'SN-05',
  airMinum: 'SN-04',
  pemahaman: 'SN-10',
} as const;

const FUNDING = {
  apbd: 'APBD',
  dakFisik: 'DAK-F',
  bok: 'DAK-NF-BOK',
  bokb: 'DAK-NF-BOKB',
  danaDesa: 'DD',
} as const;

const TOLO = '73.04.05.1001';
const TOLO_UTARA = '73.04.05.1002';
const GANTARANG = '73.04.05.2006';
const BONTOLEBANG = '73.04.05.2009';
const BONTONOMPO = '73.04.05.2010';
const SAMATARING = '73.04.05.2014';
const RUMBIA = '73.04.10.2001';
const LEBANGMANAI = '73.04.10.2002';
const BONTOTIRO = '73.04.10.2004';
const LOKA = '73.04.10.2005';
const KASSI = '73.04.10.2007';

/** Bit 0 = January … bit 11 = December. */
function months(...numbers: number[]): number {
  return numbers.reduce((bits, month) => bits | (1 << (month - 1)), 0);
}
const ALL_YEAR = 4095;

interface Row {
  activity: string;
  intervention: keyof typeof INTERVENTIONS | null;
  volume: number;
  unit: string;
  responsible: InstitutionKey;
  supporters: InstitutionKey[];
  villages: string[];
  schedule: number;
  /** Funding lines in whole Rupiah. */
  funding: [keyof typeof FUNDING, number][];
}

/** Twelve activities across both kecamatan, as the follow-up Rakor adopted them. */
const ROWS: Row[] = [
  {
    activity: 'PMT lokal bagi balita gizi kurang di Kelurahan Tolo dan Desa Gantarang',
    intervention: 'gizikurang',
    volume: 60,
    unit: 'balita',
    responsible: 'puskesmasKelara',
    supporters: ['pkkTolo', 'pkkGantarang'],
    villages: [TOLO, GANTARANG],
    schedule: months(2, 3, 4),
    funding: [['bok', 36_000_000]],
  },
  {
    activity: 'PMT lokal bagi balita gizi kurang di Desa Rumbia dan Desa Bontotiro',
    intervention: 'gizikurang',
    volume: 48,
    unit: 'balita',
    responsible: 'puskesmasRumbia',
    supporters: ['pkkRumbia', 'pkkBontotiro'],
    villages: [RUMBIA, BONTOTIRO],
    schedule: months(2, 3, 4),
    funding: [['danaDesa', 28_800_000]],
  },
  {
    activity: 'Makanan tambahan berbahan pangan lokal bagi ibu hamil KEK',
    intervention: 'kek',
    volume: 25,
    unit: 'ibu hamil',
    responsible: 'puskesmasKelara',
    supporters: ['pkkTolo'],
    villages: [TOLO_UTARA, BONTOLEBANG],
    schedule: months(3, 4, 5, 6),
    funding: [['bok', 22_500_000]],
  },
  {
    activity: 'Aksi Bergizi: minum TTD bersama remaja putri di sekolah setiap Jumat',
    intervention: 'ttdRemaja',
    volume: 420,
    unit: 'remaja putri',
    responsible: 'puskesmasRumbia',
    supporters: ['camatRumbia'],
    villages: [LEBANGMANAI, LOKA],
    schedule: ALL_YEAR,
    funding: [['apbd', 12_600_000]],
  },
  {
    activity: 'Pengukuran dan publikasi stunting serentak di posyandu',
    intervention: 'pemantauan',
    volume: 38,
    unit: 'posyandu',
    responsible: 'puskesmasKelara',
    supporters: ['puskesmasRumbia', 'camatKelara'],
    villages: [TOLO, GANTARANG, RUMBIA, BONTOTIRO],
    schedule: months(2, 8),
    funding: [
      ['apbd', 9_500_000],
      ['danaDesa', 15_000_000],
    ],
  },
  {
    activity: 'Pendampingan keluarga berisiko stunting oleh TPK',
    intervention: 'krs',
    volume: 640,
    unit: 'keluarga',
    responsible: 'dppkb',
    supporters: ['pkkTolo', 'pkkGantarang', 'pkkRumbia', 'pkkBontotiro'],
    villages: [TOLO, GANTARANG, RUMBIA, BONTOTIRO],
    schedule: ALL_YEAR,
    funding: [['bokb', 48_000_000]],
  },
  {
    activity: 'Pemeriksaan kesehatan dan pendampingan calon pengantin melalui Elsimil',
    intervention: 'catin',
    volume: 120,
    unit: 'catin',
    responsible: 'dppkb',
    supporters: ['puskesmasKelara', 'puskesmasRumbia'],
    villages: [TOLO, RUMBIA],
    schedule: ALL_YEAR,
    funding: [['bokb', 6_000_000]],
  },
  {
    activity: 'Stimulan jamban sehat bagi keluarga berisiko stunting',
    intervention: 'sanitasi',
    volume: 35,
    unit: 'unit',
    responsible: 'camatRumbia',
    supporters: ['puskesmasRumbia'],
    villages: [BONTOTIRO, KASSI],
    schedule: months(6, 7, 8, 9),
    funding: [['danaDesa', 122_500_000]],
  },
  {
    activity: 'Sambungan rumah air minum bagi keluarga miskin',
    intervention: 'airMinum',
    volume: 40,
    unit: 'sambungan rumah',
    responsible: 'camatKelara',
    supporters: ['bappeda'],
    villages: [BONTONOMPO, SAMATARING],
    schedule: months(7, 8, 9, 10),
    funding: [['dakFisik', 110_000_000]],
  },
  {
    activity: 'Sosialisasi pencegahan stunting melalui majelis taklim dan posyandu bersama Babinsa',
    intervention: 'pemahaman',
    volume: 12,
    unit: 'kegiatan',
    responsible: 'pkkGantarang',
    supporters: ['koramil'],
    villages: [GANTARANG],
    schedule: months(3, 6, 9, 12),
    funding: [['danaDesa', 4_800_000]],
  },
  {
    activity: 'Penguatan kelembagaan TPPS desa/kelurahan Kelara dan Rumbia',
    intervention: null,
    volume: 2,
    unit: 'kegiatan',
    responsible: 'bappeda',
    supporters: ['camatKelara', 'camatRumbia'],
    villages: [TOLO, RUMBIA],
    schedule: months(1, 2, 3),
    funding: [['apbd', 8_000_000]],
  },
  {
    activity: 'Konvergensi program dan anggaran stunting desa dalam APBDes 2026',
    intervention: null,
    volume: 1,
    unit: 'kegiatan',
    responsible: 'bappeda',
    supporters: ['camatKelara', 'camatRumbia', 'pemkab'],
    villages: [TOLO, GANTARANG, RUMBIA, BONTOTIRO],
    schedule: months(1, 2),
    funding: [['apbd', 7_500_000]],
  },
];

const AREA = '73.04';
const YEAR = 2026;
const TITLE = 'Rencana Aksi Terpadu Percepatan Penurunan Stunting Kecamatan Kelara dan Rumbia Tahun 2026';

/**
 * The follow-up action plan of Kelara and Rumbia for 2026, entered through the plans API as a
 * draft (its desa lokus are the villages its rows name), then adopted in the follow-up Rakor.
 * Interventions, target groups and indicators come from the catalogue. Returns the plan's id, or
 * null when the office already has its own plan for Jeneponto 2026 (one live plan per area and
 * year): the sample then comes without a plan rather than touching the office's.
 */
export function enterDemoPlan(call: DemoCall, seed: DemoSeed, adoptedIn: string): string | null {
  const existing = call('plans.list', { areaCode: AREA, year: YEAR, limit: 100 }).items;
  if (existing.some((plan) => plan.areaCode === AREA)) return null;
  const interventions = new Map(call('interventions.list', {}).map((i) => [i.code, i]));
  const funding = new Map(call('fundingSources.list', {}).map((f) => [f.code, f.id]));
  const priorityVillageCodes = [...new Set(ROWS.flatMap((row) => row.villages))].sort();
  const plan = call('plans.create', { areaCode: AREA, year: YEAR, title: TITLE, priorityVillageCodes });
  for (const row of ROWS) {
    const intervention = row.intervention ? interventions.get(INTERVENTIONS[row.intervention]) : undefined;
    call('planRows.create', {
      planId: plan.id,
      activity: row.activity,
      interventionId: intervention?.id ?? null,
      targetGroup: intervention?.targetGroup ?? null,
      indicator: intervention?.indicator ?? null,
      targetVolume: row.volume,
      targetUnit: row.unit,
      locations: row.villages,
      responsibleInstitutionId: seed.institutions[row.responsible].id,
      supporterIds: row.supporters.map((key) => seed.institutions[key].id),
      scheduleMonths: row.schedule,
      funding: row.funding.flatMap(([source, amount]) => {
        const fundingSourceId = funding.get(FUNDING[source]);
        return fundingSourceId ? [{ fundingSourceId, amount }] : [];
      }),
    });
  }
  call('plans.update', {
    id: plan.id,
    title: TITLE,
    status: 'adopted',
    adoptedMeetingId: adoptedIn,
    priorityVillageCodes,
  });
  return plan.id;
}
