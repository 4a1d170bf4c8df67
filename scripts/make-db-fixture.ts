/**
 * Builds the database fixtures of tests/fixtures/db/: a Sirakor database at a given schema
 * version, as an office using the app at that version would have it, with realistic rows written
 * in that version's own schema (raw SQL, since today's handlers target today's schema). The
 * migration tests upgrade each fixture to the current version and check that every row is still
 * there.
 *
 *   npx tsx scripts/make-db-fixture.ts --version 2 [--out tests/fixtures/db/v2.sqlite]
 *   npx tsx scripts/make-db-fixture.ts --all        every version the code has
 *
 * The output is deterministic (fixed ids and timestamps). A fixture is made once, when its version
 * is released, and committed; it is never regenerated for a later version of the code, because
 * its migration ledger must match the migrations as they were applied.
 */
import { mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { openConnection, type Db } from '../electron/db/connection';
import { migrate } from '../electron/db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../electron/db/migrations';
import { recordApprovedNamesSql } from '../electron/db/migrations/006-recorded-names';
import { parseRegionsCsv } from '../electron/areas/regions-csv';
import { foldForSearch } from '../shared/text/fold';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES_DIR = join(ROOT, 'tests', 'fixtures', 'db');

export function fixtureFile(version: number): string {
  return join(FIXTURES_DIR, `v${version}.sqlite`);
}

/** `0190b2c0-…-<kind><n>`: stable UUIDv7-shaped ids, readable in a diff. */
function uid(kind: number, n: number): string {
  return `0190b2c0-0000-7000-8${kind.toString(16).padStart(3, '0')}-${n.toString(16).padStart(12, '0')}`;
}

const T0 = Date.UTC(2025, 0, 6, 1, 0, 0);
/** The instant `minutes` after 6 January 2025 09:00 WITA, as stored (ISO, UTC). */
function at(minutes: number): string {
  return new Date(T0 + minutes * 60_000).toISOString();
}

/** Sulawesi Selatan, Kabupaten Jeneponto and the kecamatan Kelara and Rumbia with their desa. */
function insertAreas(db: Db): void {
  const file = join(ROOT, 'resources', 'regions', 'wilayah-kemendagri-2025.csv.gz');
  const rows = parseRegionsCsv(gunzipSync(readFileSync(file)).toString('utf8'))
    .filter((r) => ['73', '73.04'].includes(r.code) || /^73\.04\.(05|10)(\.|$)/.test(r.code))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const insert = db.prepare(
    'INSERT INTO areas (code, name, level, kind, parent_code, search_name) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (const r of rows) insert.run(r.code, r.name, r.level, r.kind, r.parentCode, foldForSearch(r.name));
}

interface Institution {
  name: string;
  short: string | null;
  sector: string;
  level: string;
  area: string;
}

const INSTITUTIONS: Institution[] = [
  {
    name: 'Pemerintah Kabupaten Jeneponto',
    short: 'Pemkab',
    sector: 'pemerintahan',
    level: 'kabupaten',
    area: '73.04',
  },
  {
    name: 'Dinas Pengendalian Penduduk dan Keluarga Berencana Kabupaten Jeneponto',
    short: 'DPPKB',
    sector: 'keluarga_berencana',
    level: 'kabupaten',
    area: '73.04',
  },
  {
    name: 'Badan Perencanaan Pembangunan Daerah Kabupaten Jeneponto',
    short: 'Bappeda',
    sector: 'perencanaan',
    level: 'kabupaten',
    area: '73.04',
  },
  { name: 'Kantor Camat Kelara', short: null, sector: 'pemerintahan', level: 'kecamatan', area: '73.04.05' },
  { name: 'Kantor Camat Rumbia', short: null, sector: 'pemerintahan', level: 'kecamatan', area: '73.04.10' },
  {
    name: 'UPT Puskesmas Kelara',
    short: 'Puskesmas Kelara',
    sector: 'kesehatan',
    level: 'kecamatan',
    area: '73.04.05',
  },
  {
    name: 'UPT Puskesmas Rumbia',
    short: 'Puskesmas Rumbia',
    sector: 'kesehatan',
    level: 'kecamatan',
    area: '73.04.10',
  },
  { name: 'TP PKK Kecamatan Kelara', short: 'PKK Kelara', sector: 'pkk', level: 'kecamatan', area: '73.04.05' },
  {
    name: 'Kantor Urusan Agama Kecamatan Kelara',
    short: 'KUA Kelara',
    sector: 'agama',
    level: 'kecamatan',
    area: '73.04.05',
  },
];

interface Person {
  name: string;
  position: string;
  institution: number;
  nip: string | null;
  phone: string | null;
}

const PEOPLE: Person[] = [
  { name: 'H. Islam Iskandar, S.Sos.', position: 'Wakil Bupati Jeneponto', institution: 0, nip: null, phone: null },
  {
    name: 'St. Meriam, S.KM., M.Kes.',
    position: 'Kepala DPPKB',
    institution: 1,
    nip: '197204151998032007',
    phone: '0812-4250-1177',
  },
  {
    name: 'Alfian Afandy Syam, S.STP., M.Si.',
    position: 'Kepala Bappeda',
    institution: 2,
    nip: '198003122000121002',
    phone: null,
  },
  {
    name: 'Andi Muh. Rusdi, S.Sos.',
    position: 'Camat Kelara',
    institution: 3,
    nip: '197811032006041011',
    phone: '0853-9911-2040',
  },
  {
    name: 'Nurhayati Daeng Baji, S.E.',
    position: 'Camat Rumbia',
    institution: 4,
    nip: '198105202009022004',
    phone: null,
  },
  {
    name: 'dr. Sitti Rahmawati',
    position: 'Kepala Puskesmas Kelara',
    institution: 5,
    nip: '198607142014022003',
    phone: '0813-4202-8811',
  },
  { name: 'Muhammad Arief, S.Kep., Ns.', position: 'Kepala Puskesmas Rumbia', institution: 6, nip: null, phone: null },
  {
    name: 'Hj. Rosmiati Kadir',
    position: 'Ketua TP PKK Kecamatan Kelara',
    institution: 7,
    nip: null,
    phone: '0821-9030-5566',
  },
  {
    name: 'Syamsul Bahri, S.Ag.',
    position: 'Kepala KUA Kelara',
    institution: 8,
    nip: '197609092005011006',
    phone: null,
  },
  { name: 'Fitriani, A.Md.', position: 'Staf Sekretariat Kecamatan (notulis)', institution: 3, nip: null, phone: null },
];

function insertDirectory(db: Db): void {
  const institution = db.prepare(
    `INSERT INTO institutions (id, name, short_name, sector, level, area_code, address, phone, email, search_text,
       created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?, ?)`,
  );
  INSTITUTIONS.forEach((i, n) =>
    institution.run(
      uid(1, n + 1),
      i.name,
      i.short,
      i.sector,
      i.level,
      i.area,
      n === 3 ? 'Jl. Poros Jeneponto–Malakaji, Tolo' : null,
      foldForSearch(`${i.name} ${i.short ?? ''}`.trim()),
      at(n),
      at(n),
      null,
    ),
  );
  // An institution deleted later: soft deletion keeps the row.
  institution.run(
    uid(1, 99),
    'Forum Anak Kecamatan Kelara',
    null,
    'lainnya',
    'kecamatan',
    '73.04.05',
    null,
    'forum anak kecamatan kelara',
    at(20),
    at(900),
    at(900),
  );
  const person = db.prepare(
    `INSERT INTO people (id, name, position, institution_id, nip, rank, phone, email, search_text, created_at,
       updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, NULL, ?, NULL, ?, ?, ?, NULL)`,
  );
  PEOPLE.forEach((p, n) =>
    person.run(
      uid(2, n + 1),
      p.name,
      p.position,
      uid(1, p.institution + 1),
      p.nip,
      p.phone,
      foldForSearch(`${p.name} ${p.position}`),
      at(30 + n),
      at(30 + n),
    ),
  );
}

interface MeetingSpec {
  n: number;
  title: string;
  date: string;
  status: 'draft' | 'scheduled' | 'held' | 'approved';
  areas: string[];
  template?: boolean;
}

const MEETINGS: MeetingSpec[] = [
  {
    n: 1,
    title: 'Rapat Koordinasi TPPS Kecamatan Kelara dan Rumbia',
    date: '2025-01-17',
    status: 'approved',
    areas: ['73.04.05', '73.04.10'],
  },
  { n: 2, title: 'Rakor TPPS Kecamatan Kelara Triwulan I', date: '2025-03-14', status: 'held', areas: ['73.04.05'] },
  { n: 3, title: 'Rembuk Stunting Kecamatan Rumbia', date: '2025-04-22', status: 'draft', areas: ['73.04.10'] },
  {
    n: 4,
    title: 'Templat Rakor TPPS Kecamatan',
    date: '2025-01-17',
    status: 'draft',
    areas: ['73.04.05'],
    template: true,
  },
];

const AGENDA = [
  ['opening', 'Pembukaan dan arahan Ketua TPPS Kabupaten'],
  ['presentation', 'Paparan capaian intervensi spesifik: Puskesmas Kelara dan Rumbia'],
  ['presentation', 'Paparan data keluarga berisiko stunting hasil pemutakhiran PK'],
  ['discussion', 'Diskusi kendala pendampingan keluarga di desa lokus'],
  ['closing', 'Penutup dan kesepakatan tindak lanjut'],
] as const;

const MINUTES = [
  'Ketua TPPS Kabupaten menekankan bahwa penurunan stunting adalah kerja bersama lintas sektor, bukan hanya tugas Dinas Kesehatan.',
  'Kepala Puskesmas Kelara melaporkan cakupan penimbangan balita di posyandu bulan Desember mencapai 87%.',
  'Peserta dari Desa Tolo menyampaikan bahwa data keluarga berisiko belum diperbarui sejak Agustus.',
  'Kepala DPPKB meminta Tim Pendamping Keluarga melaporkan kunjungan melalui aplikasi Elsimil setiap pekan.',
  'Disepakati bahwa hasil pemutakhiran data dibahas kembali pada Rakor berikutnya.',
];

function insertMeetings(db: Db): void {
  const meeting = db.prepare(
    `INSERT INTO meetings (id, title, kind, host_level, date, start_time, end_time, time_zone, venue, chair_person_id,
       chair_role, minute_taker_person_id, invitation_number, status, summary, closing_time, approved_at, is_template,
       source_meeting_id, search_text, created_at, updated_at, deleted_at)
     VALUES (@id, @title, @kind, 'kecamatan', @date, '09:00', '12:00', 'WITA', @venue, @chair, @chairRole, @taker,
       @number, @status, @summary, @closing, @approvedAt, @template, NULL, @search, @created, @updated, NULL)`,
  );
  const area = db.prepare('INSERT INTO meeting_areas (meeting_id, area_code, position) VALUES (?, ?, ?)');
  const agenda = db.prepare(
    `INSERT INTO agenda_items (id, meeting_id, position, kind, title, presenter_person_id, presenter_institution_id,
       start_time, duration_minutes, notes, created_at, updated_at, deleted_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)`,
  );
  const participant = db.prepare(
    `INSERT INTO meeting_participants (id, meeting_id, person_id, institution_id, free_name, free_position, role,
       invited, attendance, stand_in_name, stand_in_position, arrival_time, position, created_at, updated_at, deleted_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, NULL)`,
  );
  const minutes = db.prepare(
    `INSERT INTO minutes_entries (id, meeting_id, agenda_item_id, position, kind, speaker_person_id, speaker_text, body,
       created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, NULL)`,
  );
  const decision = db.prepare(
    `INSERT INTO decisions (id, meeting_id, agenda_item_id, number, body, created_at, updated_at, deleted_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, NULL)`,
  );
  for (const m of MEETINGS) {
    const id = uid(3, m.n);
    const held = m.status === 'held' || m.status === 'approved';
    const base = m.n * 1000;
    meeting.run({
      id,
      title: m.title,
      kind: m.n === 3 ? 'rembuk_stunting' : 'rakor_tpps',
      date: m.date,
      venue: m.n === 3 ? 'Aula Kantor Camat Rumbia' : 'Aula Kantor Camat Kelara',
      chair: uid(2, 1),
      chairRole: 'Wakil Bupati Jeneponto selaku Ketua TPPS Kabupaten',
      taker: uid(2, 10),
      number: m.n === 1 ? '400.5.7/215/KLR/I/2025' : null,
      status: m.status,
      summary: held ? 'Rapat membahas capaian intervensi dan pemutakhiran data keluarga berisiko stunting.' : null,
      closing: held ? '12:10' : null,
      approvedAt: m.status === 'approved' ? at(base + 600) : null,
      template: m.template ? 1 : 0,
      search: foldForSearch(m.title),
      created: at(base),
      updated: at(base + 600),
    });
    m.areas.forEach((code, position) => area.run(id, code, position));
    const items = AGENDA.map(([kind, title], position) => {
      const item = uid(4, m.n * 10 + position);
      const presenter = kind === 'presentation' ? (position === 1 ? 6 : 2) : null;
      agenda.run(
        item,
        id,
        position,
        kind,
        title,
        presenter === null ? null : uid(2, presenter),
        // Person n works at institution n (see PEOPLE).
        presenter === null ? null : uid(1, presenter),
        `${String(9 + Math.floor(position / 2)).padStart(2, '0')}:${position % 2 === 0 ? '00' : '30'}`,
        30,
        position === 2 ? 'Bahan tayang dikirim sehari sebelumnya' : null,
        at(base + 10 + position),
        at(base + 10 + position),
      );
      return item;
    });
    // Invitees: people of the directory, one institution invited as a whole, and a walk-in.
    PEOPLE.forEach((_p, k) =>
      participant.run(
        uid(5, m.n * 100 + k),
        id,
        uid(2, k + 1),
        null,
        null,
        null,
        k === 0 ? 'chair' : k === 9 ? 'minute_taker' : 'participant',
        1,
        held ? (k === 4 ? 'represented' : k === 8 ? 'excused' : 'present') : 'unknown',
        held && k === 4 ? 'Muh. Yusuf, S.IP. (Sekretaris Camat)' : null,
        held && k !== 8 ? '08:5' + (k % 10) : null,
        k,
        at(base + 20 + k),
        at(base + 20 + k),
      ),
    );
    participant.run(
      uid(5, m.n * 100 + 50),
      id,
      null,
      uid(1, 8),
      null,
      null,
      'participant',
      1,
      held ? 'present' : 'unknown',
      null,
      null,
      50,
      at(base + 40),
      at(base + 40),
    );
    if (held) {
      participant.run(
        uid(5, m.n * 100 + 60),
        id,
        null,
        null,
        'Daeng Ngalle',
        'Kepala Desa Bontomatene',
        'guest',
        0,
        'present',
        null,
        '09:20',
        60,
        at(base + 41),
        at(base + 41),
      );
      MINUTES.forEach((body, k) =>
        minutes.run(
          uid(6, m.n * 10 + k),
          id,
          items[Math.min(k, items.length - 1)],
          k,
          k === 3 ? 'directive' : 'discussion',
          uid(2, [1, 6, 4, 2, 1][k] as number),
          body,
          at(base + 100 + k),
          at(base + 100 + k),
        ),
      );
      decision.run(
        uid(7, m.n * 10 + 1),
        id,
        items[4],
        1,
        'Pemutakhiran data keluarga berisiko stunting diselesaikan paling lambat akhir Februari 2025.',
        at(base + 200),
        at(base + 200),
      );
      decision.run(
        uid(7, m.n * 10 + 2),
        id,
        items[4],
        2,
        'Setiap desa lokus menyampaikan laporan kunjungan TPK setiap bulan kepada Camat.',
        at(base + 201),
        at(base + 201),
      );
    }
  }
}

const COMMITMENTS = [
  [2, 'Memutakhirkan data keluarga berisiko stunting di 8 desa lokus Kecamatan Kelara', '2025-02-28', 'done'],
  [6, 'Melaksanakan kelas ibu hamil di setiap desa setiap bulan', '2025-06-30', 'in_progress'],
  [4, 'Menerbitkan SK Tim Pendamping Keluarga Kecamatan Kelara', '2025-02-15', 'done'],
  [8, 'Menggerakkan kader PKK untuk kunjungan rumah keluarga berisiko', '2025-03-31', 'in_progress'],
  [3, 'Memasukkan kegiatan konvergensi stunting ke dalam RKPD 2026', '2025-05-31', 'not_started'],
  [9, 'Bimbingan perkawinan bagi calon pengantin dengan materi pencegahan stunting', '2025-12-31', 'not_started'],
  [7, 'Pemberian makanan tambahan lokal bagi balita gizi kurang di Desa Tolo', '2025-04-30', 'cancelled'],
] as const;

function insertCommitments(db: Db): void {
  const commitment = db.prepare(
    `INSERT INTO commitments (id, meeting_id, agenda_item_id, institution_id, contact_person_id, description, due_date,
       indicator, target, status, plan_row_id, position, created_at, updated_at, deleted_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)`,
  );
  const update = db.prepare(
    `INSERT INTO commitment_updates (id, commitment_id, meeting_id, reported_on, note, percent, status_after,
       reported_by_person_id, reported_by_text, created_at, updated_at, deleted_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, NULL)`,
  );
  const history = db.prepare(
    `INSERT INTO history (at, entity, entity_id, action, changes, reason, meeting_id) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  COMMITMENTS.forEach(([institution, description, due, status], k) => {
    const id = uid(8, k + 1);
    const meetingId = uid(3, k < 5 ? 1 : 2);
    commitment.run(
      id,
      meetingId,
      uid(4, (k < 5 ? 1 : 2) * 10 + 4),
      uid(1, institution),
      uid(2, institution),
      description,
      due,
      k === 0 ? 'Jumlah desa lokus dengan data keluarga berisiko mutakhir' : null,
      k === 0 ? '8 desa' : null,
      status,
      k,
      at(1000 + 300 + k),
      at(1000 + 2000 + k),
      null,
    );
    history.run(
      at(1000 + 300 + k),
      'commitment',
      id,
      'create',
      JSON.stringify({ fields: ['description', 'dueDate'] }),
      null,
      meetingId,
    );
    if (status !== 'not_started') {
      const updateId = uid(9, k + 1);
      update.run(
        updateId,
        id,
        k < 5 ? uid(3, 2) : null,
        '2025-03-14',
        status === 'done'
          ? 'Selesai; laporan diserahkan ke Sekretariat TPPS.'
          : status === 'cancelled'
            ? 'Anggaran dialihkan ke program PMT Puskesmas.'
            : 'Sudah berjalan di 5 dari 8 desa.',
        status === 'done' ? 100 : status === 'in_progress' ? 60 : null,
        status,
        uid(2, institution),
        at(2000 + k),
        at(2000 + k),
      );
      history.run(
        at(2000 + k),
        'commitment',
        id,
        'status',
        JSON.stringify({ from: 'not_started', to: status }),
        null,
        uid(3, 2),
      );
    }
  });
  // A commitment deleted with its meeting still alive: soft deletion keeps it.
  commitment.run(
    uid(8, 90),
    uid(3, 2),
    null,
    uid(1, 5),
    null,
    'Komitmen yang dicatat ganda',
    null,
    null,
    null,
    'not_started',
    9,
    at(2100),
    at(2101),
    at(2101),
  );
  history.run(at(1600), 'meeting', uid(3, 1), 'approve', null, null, uid(3, 1));
  history.run(at(1700), 'person', uid(2, 2), 'update', JSON.stringify({ fields: ['phone'] }), null, null);
}

function insertSettings(db: Db): void {
  const setting = db.prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)');
  setting.run(
    'office',
    JSON.stringify({
      level: 'kecamatan',
      provinceCode: '73',
      kabupatenCode: '73.04',
      kecamatanCode: '73.04.05',
      desaCode: null,
      officeName: 'Kantor Camat Kelara',
      address: 'Jl. Poros Jeneponto–Malakaji, Tolo',
    }),
    at(0),
  );
  setting.run('language', JSON.stringify('id'), at(0));
}

/** Action plans exist in the app from schema 4: a plan of Kecamatan Kelara for 2025 with rows. */
function insertPlans(db: Db): void {
  const catalogue = (table: string) =>
    (
      db.prepare(`SELECT id FROM ${table} WHERE deleted_at IS NULL ORDER BY rowid LIMIT 3`).all() as { id: string }[]
    ).map((r) => r.id);
  const interventions = catalogue('interventions');
  const { code: desa } = db
    .prepare("SELECT code FROM areas WHERE parent_code = '73.04.05' ORDER BY code LIMIT 1")
    .get() as {
    code: string;
  };
  const funding = catalogue('funding_sources');
  db.prepare(
    `INSERT INTO action_plans (id, area_code, year, title, status, adopted_meeting_id, copied_from_plan_id, created_at,
       updated_at, deleted_at) VALUES (?, '73.04.05', 2025, ?, 'adopted', ?, NULL, ?, ?, NULL)`,
  ).run(uid(10, 1), 'Rencana Kerja Percepatan Penurunan Stunting Kecamatan Kelara 2025', uid(3, 1), at(1500), at(1600));
  const row = db.prepare(
    `INSERT INTO plan_rows (id, plan_id, position, activity, budget_code, intervention_id, intervention_kind,
       target_group, indicator, target_volume, target_unit, responsible_institution_id, schedule_months, status,
       realisation_percent, created_at, updated_at, deleted_at)
     VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)`,
  );
  const activities = [
    ['Pemberian tablet tambah darah bagi remaja putri di sekolah', 'Remaja putri', 420, 'orang', 6],
    ['Kelas ibu hamil di setiap desa', 'Ibu hamil', 96, 'kali', 6],
    ['Kunjungan rumah keluarga berisiko oleh TPK', 'Keluarga berisiko', 310, 'keluarga', 4],
  ] as const;
  activities.forEach(([activity, group, volume, unit, institution], k) => {
    row.run(
      uid(11, k + 1),
      uid(10, 1),
      k,
      activity,
      interventions[k] ?? null,
      interventions[k] ? 'spesifik' : 'lainnya',
      group,
      null,
      volume,
      unit,
      uid(1, institution),
      0b000111111100,
      k === 0 ? 'in_progress' : 'planned',
      k === 0 ? 40 : null,
      at(1500 + k),
      at(1500 + k),
    );
    db.prepare('INSERT INTO plan_row_locations (row_id, area_code) VALUES (?, ?)').run(uid(11, k + 1), desa);
    if (funding[0]) {
      db.prepare(
        'INSERT INTO plan_row_funding (id, row_id, funding_source_id, amount, position) VALUES (?, ?, ?, ?, 0)',
      ).run(uid(12, k + 1), uid(11, k + 1), funding[0], 15_000_000 * (k + 1));
    }
  });
}

/** Writes the fixture of `version` to `out` (replacing it). */
export async function makeFixture(version: number, out: string): Promise<void> {
  if (!Number.isInteger(version) || version < 1 || version > LATEST_SCHEMA_VERSION) {
    throw new Error(`--version must be between 1 and ${LATEST_SCHEMA_VERSION}`);
  }
  mkdirSync(dirname(out), { recursive: true });
  const temp = `${out}.tmp`;
  rmSync(temp, { force: true });
  const db = openConnection(temp);
  try {
    await migrate(db, { migrations: MIGRATIONS.filter((m) => m.version <= version) });
    db.transaction(() => {
      insertSettings(db);
      insertAreas(db);
      insertDirectory(db);
      insertMeetings(db);
      insertCommitments(db);
      if (version >= 4) insertPlans(db);
      // From schema 6 an approval records the names it was approved with, at the approval.
      if (version >= 6) db.exec(recordApprovedNamesSql('m.approved_at'));
    })();
    // Fixed timestamps in the ledger too, so that the file is the same every time.
    db.prepare('UPDATE schema_migrations SET applied_at = ?').run(at(0));
    db.pragma('journal_mode = DELETE');
    db.exec('VACUUM');
  } finally {
    db.close();
  }
  renameSync(temp, out);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const value = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const versions = args.includes('--all')
    ? MIGRATIONS.map((m) => m.version)
    : [Number(value('--version') ?? Number.NaN)];
  for (const version of versions) {
    const out = resolve(value('--out') ?? fixtureFile(version));
    await makeFixture(version, out);
    console.log(`v${version}: ${out}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
