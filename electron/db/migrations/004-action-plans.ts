/**
 * Integrated action plans (issue 5): the seeded catalogue, one plan per area and year, the desa
 * lokus of a plan, and the indexes the plan screens and the "is it used?" checks read.
 *
 * The catalogue rows have fixed ids, UUIDv5 of `intervention:SP-01`, `convergence:aksi8:1`,
 * `funding:APBD`… in the namespace UUIDv5(URL, `https://sirakor.id/catalogue`)
 * (3fe56acb-1450-5fce-bcf0-8e17d196694e), so offices exchanging plans agree on them;
 * tests/unit/plans/plans-seed.test.ts recomputes every id. They are `is_seeded = 1` and editable.
 *
 * Interventions follow DOMAIN.md ("Interventions": Perpres 72/2021 annex A, 2024 targets). National
 * targets are seeded only where DOMAIN.md states them; DOMAIN.md itself marks the growth
 * monitoring target (90%) "verify". For the sensitif indicators DOMAIN.md gives no figure for, the
 * annex is remembered as: drinking water 100%, sanitation 90%, PBI JKN 112,9 juta jiwa, PKH
 * 10 juta keluarga, food aid 15,6 juta keluarga, understanding of stunting 70%, ODF 90% — not
 * verified here, so left empty for the office to fill in rather than printed wrong.
 * The wording of the 2025 supporting actions (SE Mendagri 400.5.7/1685/Bangda: "regulation,
 * publication" in DOMAIN.md) is ours; verify against the circular.
 *
 * Never edit this file once released: the runner refuses a changed checksum. Add a new file.
 */

const SEEDED_AT = '2025-01-01T00:00:00.000Z';

interface SeedIntervention {
  id: string;
  kind: 'spesifik' | 'sensitif';
  code: string;
  name: string;
  indicator: string;
  unit: string;
  nationalTarget: string | null;
  targetGroup: string;
}

export const SEED_INTERVENTIONS: readonly SeedIntervention[] = [
  {
    id: 'fbab1f09-798b-5b0c-904d-222213ccae89',
    kind: 'spesifik',
    code: 'SP-01',
    name: 'Tambahan asupan gizi bagi ibu hamil KEK',
    indicator: 'Persentase ibu hamil Kurang Energi Kronik (KEK) yang mendapatkan tambahan asupan gizi',
    unit: 'ibu hamil',
    nationalTarget: '90%',
    targetGroup: 'Ibu hamil',
  },
  {
    id: '7b957e45-1aba-5c7f-887e-4e8219f1b345',
    kind: 'spesifik',
    code: 'SP-02',
    name: 'Tablet tambah darah (TTD) bagi ibu hamil',
    indicator:
      'Persentase ibu hamil yang mengonsumsi Tablet Tambah Darah (TTD) minimal 90 tablet selama masa kehamilan',
    unit: 'ibu hamil',
    nationalTarget: '80%',
    targetGroup: 'Ibu hamil',
  },
  {
    id: 'a4ddeb8f-17b4-5739-bd8a-deecb2459976',
    kind: 'spesifik',
    code: 'SP-03',
    name: 'Tablet tambah darah (TTD) bagi remaja putri',
    indicator: 'Persentase remaja putri yang mengonsumsi Tablet Tambah Darah (TTD)',
    unit: 'remaja putri',
    nationalTarget: '58%',
    targetGroup: 'Remaja putri',
  },
  {
    id: '315842a1-e5b1-5366-980a-9a0365a8960c',
    kind: 'spesifik',
    code: 'SP-04',
    name: 'ASI eksklusif',
    indicator: 'Persentase bayi usia kurang dari 6 bulan yang mendapat air susu ibu (ASI) eksklusif',
    unit: 'bayi',
    nationalTarget: '80%',
    targetGroup: 'Baduta',
  },
  {
    id: '4ed50781-d39a-51f5-a2b5-79453e8f3b81',
    kind: 'spesifik',
    code: 'SP-05',
    name: 'Makanan pendamping ASI (MP-ASI)',
    indicator: 'Persentase anak usia 6–23 bulan yang mendapat Makanan Pendamping Air Susu Ibu (MP-ASI)',
    unit: 'baduta',
    nationalTarget: '80%',
    targetGroup: 'Baduta',
  },
  {
    id: 'b94662c8-fee1-544c-9793-98b1feb12a87',
    kind: 'spesifik',
    code: 'SP-06',
    name: 'Tata laksana gizi buruk',
    indicator: 'Persentase balita gizi buruk yang mendapat pelayanan tata laksana gizi buruk',
    unit: 'balita',
    nationalTarget: '90%',
    targetGroup: 'Balita',
  },
  {
    id: 'be5d6904-8175-50c7-a896-e0994c8be337',
    kind: 'spesifik',
    code: 'SP-07',
    name: 'Pemantauan pertumbuhan dan perkembangan balita',
    indicator: 'Persentase balita yang dipantau pertumbuhan dan perkembangannya',
    unit: 'balita',
    // DOMAIN.md: "(90%, verify)".
    nationalTarget: '90%',
    targetGroup: 'Balita',
  },
  {
    id: 'c25b2184-d4b4-52a5-a6ff-7b176abcb8a9',
    kind: 'spesifik',
    code: 'SP-08',
    name: 'Tambahan asupan gizi bagi balita gizi kurang',
    indicator: 'Persentase balita gizi kurang yang mendapat tambahan asupan gizi',
    unit: 'balita',
    nationalTarget: '90%',
    targetGroup: 'Balita',
  },
  {
    id: '929673f7-0a0b-5468-85a1-12b07a7e6276',
    kind: 'spesifik',
    code: 'SP-09',
    name: 'Imunisasi dasar lengkap',
    indicator: 'Persentase balita yang memperoleh imunisasi dasar lengkap',
    unit: 'balita',
    nationalTarget: '90%',
    targetGroup: 'Balita',
  },
  {
    id: '48558966-9c30-5ea3-b033-3bf047ec3fd9',
    kind: 'sensitif',
    code: 'SN-01',
    name: 'KB pascapersalinan',
    indicator: 'Persentase pelayanan Keluarga Berencana (KB) pascapersalinan',
    unit: 'akseptor',
    nationalTarget: '70%',
    targetGroup: 'Ibu pascapersalinan',
  },
  {
    id: '96158ada-bff6-59e9-8c37-1fe881a7e0bd',
    kind: 'sensitif',
    code: 'SN-02',
    name: 'Pencegahan kehamilan yang tidak diinginkan',
    indicator: 'Persentase kehamilan yang tidak diinginkan (makin rendah makin baik)',
    unit: 'pasangan usia subur',
    // A ceiling, not a floor: lower is better.
    nationalTarget: '15,5%',
    targetGroup: 'Pasangan usia subur',
  },
  {
    id: 'e5241cbc-d424-56c3-86d3-5dea7bfd4fea',
    kind: 'sensitif',
    code: 'SN-03',
    name: 'Pemeriksaan kesehatan calon pengantin',
    indicator: 'Persentase calon pengantin yang memperoleh pemeriksaan kesehatan sebelum menikah',
    unit: 'calon pengantin',
    nationalTarget: '90%',
    targetGroup: 'Calon pengantin',
  },
  {
    id: 'eaa9b97d-9fe9-5592-b2bb-831aa6d9b1bb',
    kind: 'sensitif',
    code: 'SN-04',
    name: 'Akses air minum layak',
    indicator: 'Persentase rumah tangga yang mendapatkan akses air minum layak di lokasi prioritas',
    unit: 'rumah tangga',
    nationalTarget: null,
    targetGroup: 'Rumah tangga',
  },
  {
    id: '83850219-c00b-58ff-951b-6f8b8db11244',
    kind: 'sensitif',
    code: 'SN-05',
    name: 'Akses sanitasi layak',
    indicator:
      'Persentase rumah tangga yang mendapatkan akses sanitasi (air limbah domestik) layak di lokasi prioritas',
    unit: 'rumah tangga',
    nationalTarget: null,
    targetGroup: 'Rumah tangga',
  },
  {
    id: 'e68dd4da-885b-5044-9a33-0eefc2ba7ef7',
    kind: 'sensitif',
    code: 'SN-06',
    name: 'Jaminan Kesehatan Nasional bagi penduduk miskin (PBI)',
    indicator: 'Cakupan Penerima Bantuan Iuran (PBI) Jaminan Kesehatan Nasional',
    unit: 'jiwa',
    nationalTarget: null,
    targetGroup: 'Penduduk miskin',
  },
  {
    id: '421f1b50-ca54-5329-bf6c-89c4836ba57a',
    kind: 'sensitif',
    code: 'SN-07',
    name: 'Pendampingan keluarga berisiko stunting',
    indicator: 'Persentase keluarga berisiko stunting yang mendapatkan pendampingan',
    unit: 'keluarga',
    nationalTarget: '90%',
    targetGroup: 'Keluarga berisiko stunting (KRS)',
  },
  {
    id: '979ce2b6-9a7b-5af2-b31d-522b63eb0730',
    kind: 'sensitif',
    code: 'SN-08',
    name: 'Bantuan tunai bersyarat (PKH)',
    indicator: 'Jumlah keluarga miskin dan rentan yang memperoleh bantuan tunai bersyarat',
    unit: 'keluarga',
    nationalTarget: null,
    targetGroup: 'Keluarga miskin dan rentan',
  },
  {
    id: '1df3a818-20c4-54cb-abd1-25631756c863',
    kind: 'sensitif',
    code: 'SN-09',
    name: 'Bantuan sosial pangan',
    indicator: 'Jumlah keluarga miskin dan rentan yang menerima bantuan sosial pangan',
    unit: 'keluarga',
    nationalTarget: null,
    targetGroup: 'Keluarga miskin dan rentan',
  },
  {
    id: 'bb11cb73-3baa-589d-907b-98b61ac4b88b',
    kind: 'sensitif',
    code: 'SN-10',
    name: 'Pemahaman masyarakat tentang stunting',
    indicator: 'Persentase sasaran yang memiliki pemahaman yang baik tentang stunting di lokasi prioritas',
    unit: 'orang',
    nationalTarget: null,
    targetGroup: 'Masyarakat',
  },
  {
    id: '8964f2ca-a1f8-5f47-9977-ef8f6b3d5fe5',
    kind: 'sensitif',
    code: 'SN-11',
    name: 'Desa/kelurahan Stop Buang Air Besar Sembarangan (ODF)',
    indicator: 'Persentase desa/kelurahan Stop Buang Air Besar Sembarangan (BABS) atau Open Defecation Free (ODF)',
    unit: 'desa/kelurahan',
    nationalTarget: null,
    targetGroup: 'Desa/kelurahan',
  },
];

interface SeedConvergenceAction {
  id: string;
  scheme: 'aksi8' | 'skema2025';
  number: number;
  name: string;
  grouping: string | null;
}

export const SEED_CONVERGENCE_ACTIONS: readonly SeedConvergenceAction[] = [
  { id: '7f2918a0-fa64-5ac8-a8fd-4feefcc938d6', scheme: 'aksi8', number: 1, name: 'Analisis Situasi', grouping: null },
  { id: '67025d55-6931-55fe-bf97-014c736f4eb1', scheme: 'aksi8', number: 2, name: 'Rencana Kegiatan', grouping: null },
  { id: 'ae87e318-5e6b-54c5-ab9e-472cd7b0c42c', scheme: 'aksi8', number: 3, name: 'Rembuk Stunting', grouping: null },
  {
    id: '47c68031-ec8d-592e-b229-7e8e2c5e2eab',
    scheme: 'aksi8',
    number: 4,
    name: 'Peraturan Bupati/Wali Kota tentang Peran Desa',
    grouping: null,
  },
  {
    id: '92f0f4f5-b6ee-5063-a876-ad931930cb3f',
    scheme: 'aksi8',
    number: 5,
    name: 'Pembinaan Kader Pembangunan Manusia',
    grouping: null,
  },
  {
    id: '54044953-0d64-5b88-b3c9-39fba2e85e75',
    scheme: 'aksi8',
    number: 6,
    name: 'Sistem Manajemen Data',
    grouping: null,
  },
  {
    id: 'd92152e8-8308-58db-813c-9ca3cf22b3e3',
    scheme: 'aksi8',
    number: 7,
    name: 'Pengukuran dan Publikasi Stunting',
    grouping: null,
  },
  {
    id: '2417d7fb-f79d-5a75-9ea0-8df2409417e9',
    scheme: 'aksi8',
    number: 8,
    name: 'Reviu Kinerja Tahunan',
    grouping: null,
  },
  {
    id: '76390a7a-9482-57ad-b949-417608a1debd',
    scheme: 'skema2025',
    number: 1,
    name: 'Analisis Situasi',
    grouping: 'utama',
  },
  {
    id: '69a5c136-5bb1-56b8-af5c-25ed85c03b20',
    scheme: 'skema2025',
    number: 2,
    name: 'Penguatan Perencanaan',
    grouping: 'utama',
  },
  {
    id: 'be1265c0-f589-5b82-8e38-d93941206e21',
    scheme: 'skema2025',
    number: 3,
    name: 'Penguatan Pelaksanaan',
    grouping: 'utama',
  },
  {
    id: '86f82065-faeb-55ea-924e-af0404f7f6d2',
    scheme: 'skema2025',
    number: 4,
    name: 'Monitoring dan Evaluasi',
    grouping: 'utama',
  },
  {
    id: '17ec861a-52cd-50f1-9902-5bf4138b48e7',
    scheme: 'skema2025',
    number: 5,
    name: 'Regulasi',
    grouping: 'pendukung',
  },
  {
    id: '755fddc1-6635-5767-a9b3-fb2a1cd83d93',
    scheme: 'skema2025',
    number: 6,
    name: 'Publikasi',
    grouping: 'pendukung',
  },
];

interface SeedFundingSource {
  id: string;
  code: string;
  name: string;
  parentCode: string | null;
}

export const SEED_FUNDING_SOURCES: readonly SeedFundingSource[] = [
  { id: 'e470b8ae-6fac-54bb-b289-f88f4bf9a171', code: 'APBD', name: 'APBD', parentCode: null },
  { id: 'ffc6c927-3b65-50d6-996a-c8d7c396ba98', code: 'DAK-F', name: 'DAK Fisik', parentCode: null },
  { id: '1e6880bf-7803-5cae-9440-587af3389be0', code: 'DAK-NF', name: 'DAK Nonfisik', parentCode: null },
  { id: '4b535bf9-8efb-5f4a-b017-1a984f2bc170', code: 'DAK-NF-BOK', name: 'DAK Nonfisik BOK', parentCode: 'DAK-NF' },
  { id: 'b1c6fb5a-3db4-517a-873f-ccc27fad9eb1', code: 'DAK-NF-BOKB', name: 'DAK Nonfisik BOKB', parentCode: 'DAK-NF' },
  {
    id: 'c565c992-fdb4-536f-8d56-67951c119088',
    code: 'DAK-NF-BOP-PAUD',
    name: 'DAK Nonfisik BOP PAUD',
    parentCode: 'DAK-NF',
  },
  { id: 'a32b3fd9-f4ee-5a3b-9f67-aa476b92a85c', code: 'DD', name: 'Dana Desa/APBDes', parentCode: null },
  { id: '163f7963-3017-5ce7-abab-17c7f91292c0', code: 'APBN', name: 'APBN', parentCode: null },
  { id: '59376a18-725d-5484-a936-25787c1e586d', code: 'CSR', name: 'CSR', parentCode: null },
  { id: 'd7cc4158-000f-58c4-a5b9-1da85c529cd5', code: 'LAIN', name: 'Lainnya', parentCode: null },
];

function text(value: string | null): string {
  return value === null ? 'NULL' : `'${value.replace(/'/g, "''")}'`;
}

const interventionRows = SEED_INTERVENTIONS.map(
  (i, position) =>
    `(${text(i.id)}, ${text(i.kind)}, ${text(i.code)}, ${text(i.name)}, ${text(i.indicator)}, ${text(i.unit)}, ` +
    `${text(i.nationalTarget)}, ${text(i.targetGroup)}, ${position}, 1, '${SEEDED_AT}', '${SEEDED_AT}')`,
).join(',\n  ');

const actionRows = SEED_CONVERGENCE_ACTIONS.map(
  (a) =>
    `(${text(a.id)}, ${text(a.scheme)}, ${a.number}, ${text(a.name)}, ${text(a.grouping)}, 1, '${SEEDED_AT}', '${SEEDED_AT}')`,
).join(',\n  ');

const fundingRows = SEED_FUNDING_SOURCES.map((f, position) => {
  const parent = f.parentCode ? (SEED_FUNDING_SOURCES.find((p) => p.code === f.parentCode)?.id ?? null) : null;
  return `(${text(f.id)}, ${text(f.code)}, ${text(f.name)}, ${text(parent)}, ${position}, 1, '${SEEDED_AT}', '${SEEDED_AT}')`;
}).join(',\n  ');

export const sql = /* sql */ `
-- One live plan per area and year: a revision is the same plan set to 'revising'.
CREATE UNIQUE INDEX action_plans_area_year_unique ON action_plans (area_code, year) WHERE deleted_at IS NULL;
CREATE INDEX action_plans_year ON action_plans (year DESC, area_code) WHERE deleted_at IS NULL;

-- Desa lokus of the plan's year: the villages the coverage view checks.
CREATE TABLE plan_priority_villages (
  plan_id TEXT NOT NULL REFERENCES action_plans (id) ON DELETE CASCADE,
  area_code TEXT NOT NULL REFERENCES areas (code),
  position INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (plan_id, area_code)
) STRICT, WITHOUT ROWID;

-- Catalogue codes are how imports and exchanged files name entries: unique among live ones.
CREATE UNIQUE INDEX interventions_code_unique ON interventions (code COLLATE NOCASE)
  WHERE deleted_at IS NULL AND code IS NOT NULL;
CREATE INDEX interventions_order ON interventions (kind, position) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX convergence_actions_number_unique ON convergence_actions (scheme, number) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX funding_sources_code_unique ON funding_sources (code COLLATE NOCASE) WHERE deleted_at IS NULL;

-- "Is this catalogue entry or institution used by a row?" and the commitments of a row.
CREATE INDEX plan_rows_intervention ON plan_rows (intervention_id) WHERE intervention_id IS NOT NULL;
CREATE INDEX plan_rows_convergence_action ON plan_rows (convergence_action_id) WHERE convergence_action_id IS NOT NULL;
CREATE INDEX plan_rows_responsible ON plan_rows (responsible_institution_id) WHERE responsible_institution_id IS NOT NULL;
CREATE INDEX plan_row_funding_source ON plan_row_funding (funding_source_id);
CREATE INDEX plan_row_supporters_institution ON plan_row_supporters (institution_id);
CREATE INDEX commitments_plan_row ON commitments (plan_row_id) WHERE plan_row_id IS NOT NULL;

INSERT INTO interventions (id, kind, code, name, indicator, unit, national_target, target_group, position, is_seeded,
  created_at, updated_at) VALUES
  ${interventionRows};

INSERT INTO convergence_actions (id, scheme, number, name, grouping, is_seeded, created_at, updated_at) VALUES
  ${actionRows};

INSERT INTO funding_sources (id, code, name, parent_id, position, is_seeded, created_at, updated_at) VALUES
  ${fundingRows};
`;
