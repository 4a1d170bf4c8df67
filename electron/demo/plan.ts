import type { Db } from '../db/connection';
import { newId, nowIso } from '../db/ids';
import type { DemoSeed } from './seed-rakor';

type InstitutionKey = keyof DemoSeed['institutions'];

interface CatalogueEntry {
  /** The code of the seeded catalogue (DOMAIN.md numbering), matched first. */
  code: string;
  kind: 'spesifik' | 'sensitif';
  name: string;
  indicator: string;
  nationalTarget: string | null;
  targetGroup: string;
}

/** The interventions the plan uses (DOMAIN.md, Perpres 72/2021 annex A). */
const INTERVENTIONS = {
  gizikurang: {
    code: 'SP-08',
    kind: 'spesifik',
    name: 'Tambahan asupan gizi bagi balita gizi kurang',
    indicator: 'Persentase balita gizi kurang yang mendapat tambahan asupan gizi',
    nationalTarget: '90%',
    targetGroup: 'Balita',
  },
  kek: {
    code: 'SP-01',
    kind: 'spesifik',
    name: 'Tambahan asupan gizi bagi ibu hamil KEK',
    indicator: 'Persentase ibu hamil Kurang Energi Kronik (KEK) yang mendapatkan tambahan asupan gizi',
    nationalTarget: '90%',
    targetGroup: 'Ibu hamil',
  },
  ttdRemaja: {
    code: 'SP-03',
    kind: 'spesifik',
    name: 'Tablet tambah darah bagi remaja putri',
    indicator: 'Persentase remaja putri yang mengonsumsi Tablet Tambah Darah (TTD)',
    nationalTarget: '58%',
    targetGroup: 'Remaja putri',
  },
  pemantauan: {
    code: 'SP-07',
    kind: 'spesifik',
    name: 'Pemantauan pertumbuhan balita',
    indicator: 'Persentase balita yang dipantau pertumbuhan dan perkembangannya',
    nationalTarget: '90%',
    targetGroup: 'Balita',
  },
  krs: {
    code: 'SN-07',
    kind: 'sensitif',
    name: 'Pendampingan keluarga berisiko stunting',
    indicator: 'Persentase keluarga berisiko stunting yang mendapatkan pendampingan',
    nationalTarget: '90%',
    targetGroup: 'Keluarga berisiko stunting',
  },
  catin: {
    code: 'SN-03',
    kind: 'sensitif',
    name: 'Pemeriksaan kesehatan calon pengantin',
    indicator: 'Persentase calon pengantin yang memperoleh pemeriksaan kesehatan sebelum menikah',
    nationalTarget: '90%',
    targetGroup: 'Calon pengantin',
  },
  sanitasi: {
    code: 'SN-05',
    kind: 'sensitif',
    name: 'Akses sanitasi layak',
    indicator: 'Persentase rumah tangga yang mendapatkan akses sanitasi layak di desa lokus',
    nationalTarget: null,
    targetGroup: 'Keluarga berisiko stunting',
  },
  airMinum: {
    code: 'SN-04',
    kind: 'sensitif',
    name: 'Akses air minum layak',
    indicator: 'Persentase rumah tangga yang mendapatkan akses air minum layak di desa lokus',
    nationalTarget: null,
    targetGroup: 'Keluarga berisiko stunting',
  },
  pemahaman: {
    code: 'SN-10',
    kind: 'sensitif',
    name: 'Pemahaman masyarakat tentang stunting',
    indicator: 'Persentase sasaran yang memahami pencegahan stunting di desa lokus',
    nationalTarget: null,
    targetGroup: 'Masyarakat',
  },
} as const satisfies Record<string, CatalogueEntry>;

/** Funding sources by their catalogue code and name. */
const FUNDING = {
  apbd: ['APBD', 'APBD'],
  dakFisik: ['DAK-F', 'DAK Fisik'],
  bok: ['DAK-NF-BOK', 'DAK Nonfisik BOK'],
  bokb: ['DAK-NF-BOKB', 'DAK Nonfisik BOKB'],
  danaDesa: ['DD', 'Dana Desa/APBDes'],
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

/** Codes of catalogue rows the demo adds: marked, so nobody takes them for the seeded catalogue. */
function demoCode(code: string): string {
  return `DEMO-${code}`;
}

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

export interface DemoPlan {
  planId: string;
  /** Catalogue rows the plan needed that the catalogue did not have. */
  interventions: string[];
  fundingSources: string[];
}

/**
 * The follow-up action plan of Kelara and Rumbia for 2026, adopted in the follow-up Rakor. The
 * action-plan API does not exist yet (issue 5), so the plan, its rows, locations, supporters and
 * funding lines are inserted here with SQL, inside the demo's transaction. Catalogue rows are
 * taken from the catalogue (by code or name) when present, otherwise added and listed for removal.
 */
export function insertDemoPlan(db: Db, seed: DemoSeed, adoptedIn: string): DemoPlan {
  const at = nowIso();
  const created: DemoPlan = { planId: newId(), interventions: [], fundingSources: [] };
  const existing = (table: 'interventions' | 'funding_sources', code: string, name: string) =>
    db
      .prepare(
        `SELECT id FROM ${table} WHERE (code = ? COLLATE NOCASE OR name = ? COLLATE NOCASE) AND deleted_at IS NULL
         ORDER BY is_seeded DESC, position, id`,
      )
      .pluck()
      .get(code, name) as string | undefined;
  const interventionIds = new Map<string, string>();
  Object.entries(INTERVENTIONS).forEach(([key, entry], position) => {
    let id = existing('interventions', entry.code, entry.name);
    if (!id) {
      id = newId();
      db.prepare(
        `INSERT INTO interventions (id, kind, code, name, indicator, unit, national_target, target_group, position,
           is_seeded, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, '%', ?, ?, ?, 0, ?, ?)`,
      ).run(
        id,
        entry.kind,
        demoCode(key),
        entry.name,
        entry.indicator,
        entry.nationalTarget,
        entry.targetGroup,
        position,
        at,
        at,
      );
      created.interventions.push(id);
    }
    interventionIds.set(key, id);
  });
  const fundingIds = new Map<string, string>();
  Object.entries(FUNDING).forEach(([key, [code, name]], position) => {
    let id = existing('funding_sources', code, name);
    if (!id) {
      id = newId();
      db.prepare(
        `INSERT INTO funding_sources (id, code, name, parent_id, position, is_seeded, created_at, updated_at)
         VALUES (?, ?, ?, NULL, ?, 0, ?, ?)`,
      ).run(id, demoCode(code), name, position, at, at);
      created.fundingSources.push(id);
    }
    fundingIds.set(key, id);
  });

  db.prepare(
    `INSERT INTO action_plans (id, area_code, year, title, status, adopted_meeting_id, created_at, updated_at)
     VALUES (?, '73.04', 2026, ?, 'adopted', ?, ?, ?)`,
  ).run(
    created.planId,
    'Rencana Aksi Terpadu Percepatan Penurunan Stunting Kecamatan Kelara dan Rumbia Tahun 2026',
    adoptedIn,
    at,
    at,
  );
  const insertRow = db.prepare(
    `INSERT INTO plan_rows (id, plan_id, position, activity, intervention_id, intervention_kind, target_group,
       indicator, target_volume, target_unit, responsible_institution_id, schedule_months, status, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'planned', ?, ?)`,
  );
  const insertLocation = db.prepare('INSERT INTO plan_row_locations (row_id, area_code) VALUES (?, ?)');
  const insertSupporter = db.prepare('INSERT INTO plan_row_supporters (row_id, institution_id) VALUES (?, ?)');
  const insertFunding = db.prepare(
    'INSERT INTO plan_row_funding (id, row_id, funding_source_id, amount, position) VALUES (?, ?, ?, ?, ?)',
  );
  // The desa lokus the coverage view checks, where the schema has them (migration 004).
  const lokus = db
    .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'plan_priority_villages'")
    .get();
  if (lokus) {
    const villages = [...new Set(ROWS.flatMap((row) => row.villages))].sort();
    const insertLokus = db.prepare(
      'INSERT INTO plan_priority_villages (plan_id, area_code, position) VALUES (?, ?, ?)',
    );
    villages.forEach((code, position) => insertLokus.run(created.planId, code, position));
  }
  ROWS.forEach((row, position) => {
    const rowId = newId();
    const entry = row.intervention ? INTERVENTIONS[row.intervention] : null;
    insertRow.run(
      rowId,
      created.planId,
      position,
      row.activity,
      row.intervention ? (interventionIds.get(row.intervention) ?? null) : null,
      entry?.kind ?? 'lainnya',
      entry?.targetGroup ?? null,
      entry?.indicator ?? null,
      row.volume,
      row.unit,
      seed.institutions[row.responsible].id,
      row.schedule,
      at,
      at,
    );
    for (const code of row.villages) insertLocation.run(rowId, code);
    for (const key of row.supporters) insertSupporter.run(rowId, seed.institutions[key].id);
    row.funding.forEach(([source, amount], line) =>
      insertFunding.run(newId(), rowId, fundingIds.get(source), amount, line),
    );
  });
  return created;
}
