import type { AgendaItem } from '../../../shared/domain/agenda';
import type { Commitment } from '../../../shared/domain/commitments';
import type { DocumentSettings } from '../../../shared/domain/document-settings';
import type { MeetingWorkspace } from '../../../shared/domain/meetings';
import type { MinutesEntry } from '../../../shared/domain/minutes';
import { countAttendance, type Participant } from '../../../shared/domain/participants';
import type { Signatory } from '../../../shared/documents/signature';

/**
 * The seed Rakor (../shared/seeds): the joint TPPS meeting of Kecamatan Kelara and Rumbia, led by
 * the Wakil Bupati of Jeneponto, as plain data in the shape the meeting workspace API returns.
 */

const MEETING_ID = 'm-rakor-kelara-rumbia';
const AT = '2025-10-17T04:30:00.000Z';

export const CHAIR_ID = 'p-islam-iskandar';
export const MINUTE_TAKER_ID = 'p-notulis';
export const MINUTE_TAKER_NIP = '198706122010012017';
export const MINUTE_TAKER_RANK = 'Penata Muda Tk. I, III/b';

export const CAMAT_KELARA: Signatory = {
  name: 'Drs. Muh. Arfah, M.Si.',
  position: 'Camat Kelara',
  rank: 'Pembina, IV/a',
  nip: '197003151995031004',
};

export const KELARA_SETTINGS: DocumentSettings = {
  letterhead: {
    lines: [
      { text: 'PEMERINTAH KABUPATEN JENEPONTO', size: 14, bold: true },
      { text: 'KECAMATAN KELARA', size: 16, bold: true },
    ],
    address: 'Jalan Poros Jeneponto–Malakaji, Tolo, Kelara 92371',
    phone: '(0419) 000000',
    email: 'kec.kelara@jenepontokab.go.id',
    website: null,
    logoFile: 'logo.png',
  },
  paper: 'F4',
  margins: { top: 20, right: 20, bottom: 25, left: 30 },
  placeName: 'Kelara',
};

function agendaItem(position: number, item: Partial<AgendaItem> & Pick<AgendaItem, 'kind' | 'title'>): AgendaItem {
  return {
    id: `a${position}`,
    meetingId: MEETING_ID,
    position,
    presenterPersonId: null,
    presenterName: null,
    presenterPosition: null,
    presenterInstitutionId: null,
    presenterInstitutionName: null,
    startTime: null,
    durationMinutes: 30,
    notes: null,
    updatedAt: AT,
    ...item,
  };
}

function participant(position: number, p: Partial<Participant>): Participant {
  return {
    id: `pt${position}`,
    meetingId: MEETING_ID,
    personId: null,
    personName: null,
    personPosition: null,
    institutionId: null,
    institutionName: null,
    institutionSector: null,
    freeName: null,
    freePosition: null,
    role: 'participant',
    invited: true,
    attendance: 'present',
    standInName: null,
    standInPosition: null,
    arrivalTime: null,
    position,
    updatedAt: AT,
    ...p,
  };
}

function entry(
  position: number,
  agendaItemId: string | null,
  e: Partial<MinutesEntry> & Pick<MinutesEntry, 'body'>,
): MinutesEntry {
  return {
    id: `e${position}`,
    meetingId: MEETING_ID,
    agendaItemId,
    position,
    kind: 'discussion',
    speakerPersonId: null,
    speakerName: null,
    speakerText: null,
    updatedAt: AT,
    ...e,
  };
}

function commitment(
  position: number,
  c: Partial<Commitment> & Pick<Commitment, 'institutionName' | 'description'>,
): Commitment {
  return {
    id: `c${position}`,
    meetingId: MEETING_ID,
    agendaItemId: null,
    institutionId: `i-${position}`,
    contactPersonId: null,
    contactPersonName: null,
    dueDate: null,
    indicator: null,
    target: null,
    status: 'not_started',
    position,
    updatedAt: AT,
    ...c,
  };
}

export const COMMITMENTS = [
  'Memutakhirkan data keluarga berisiko stunting (KRS) Kecamatan Kelara dan Rumbia bersama TPK desa',
  'Menyelaraskan usulan kegiatan desa lokus stunting ke dalam rencana aksi terpadu dan APBDes 2026',
] as const;

const participants: Participant[] = [
  participant(1, {
    personId: CHAIR_ID,
    personName: 'H. Islam Iskandar, S.Sos.',
    personPosition: 'Wakil Bupati Jeneponto',
    institutionId: 'i-pemkab',
    institutionName: 'Pemerintah Kabupaten Jeneponto',
    institutionSector: 'pemerintahan',
    role: 'chair',
  }),
  participant(2, {
    personId: 'p-meriam',
    personName: 'St. Meriam',
    personPosition: 'Kepala DPPKB Kabupaten Jeneponto',
    institutionId: 'i-dppkb',
    institutionName: 'DPPKB Kabupaten Jeneponto',
    institutionSector: 'keluarga_berencana',
    role: 'presenter',
  }),
  participant(3, {
    personId: 'p-alfian',
    personName: 'Alfian Afandy Syam',
    personPosition: 'Kepala Bappeda Kabupaten Jeneponto',
    institutionId: 'i-bappeda',
    institutionName: 'Bappeda Kabupaten Jeneponto',
    institutionSector: 'perencanaan',
    role: 'presenter',
  }),
  participant(4, {
    personId: 'p-camat-kelara',
    personName: CAMAT_KELARA.name,
    personPosition: 'Camat Kelara',
    institutionId: 'i-kec-kelara',
    institutionName: 'Kecamatan Kelara',
    institutionSector: 'pemerintahan',
  }),
  participant(5, {
    personId: 'p-camat-rumbia',
    personName: 'Andi Rahmat, S.STP., M.Si.',
    personPosition: 'Camat Rumbia',
    institutionId: 'i-kec-rumbia',
    institutionName: 'Kecamatan Rumbia',
    institutionSector: 'pemerintahan',
    attendance: 'represented',
    standInName: 'Hasniati, S.E.',
    standInPosition: 'Sekretaris Camat Rumbia',
  }),
  participant(6, {
    institutionId: 'i-pkk-kelara',
    institutionName: 'Ketua TP PKK Desa/Kelurahan se-Kecamatan Kelara',
    institutionSector: 'pkk',
  }),
  participant(7, {
    institutionId: 'i-pkk-rumbia',
    institutionName: 'Ketua TP PKK Desa se-Kecamatan Rumbia',
    institutionSector: 'pkk',
  }),
  participant(8, {
    personId: 'p-kapus-tolo',
    personName: 'dr. Andi Nurhaedah, M.Kes.',
    personPosition: 'Kepala Puskesmas Tolo',
    institutionId: 'i-pkm-tolo',
    institutionName: 'Puskesmas Tolo',
    institutionSector: 'kesehatan',
  }),
  participant(9, {
    personId: 'p-kapus-rumbia',
    personName: 'Ns. Syamsuddin, S.Kep.',
    personPosition: 'Kepala Puskesmas Rumbia',
    institutionId: 'i-pkm-rumbia',
    institutionName: 'Puskesmas Rumbia',
    institutionSector: 'kesehatan',
    attendance: 'excused',
  }),
  participant(10, {
    personId: MINUTE_TAKER_ID,
    personName: 'Nurul Hikmah, A.Md.',
    personPosition: 'Pengadministrasi Umum Kecamatan Kelara',
    institutionId: 'i-kec-kelara',
    institutionName: 'Kecamatan Kelara',
    institutionSector: 'pemerintahan',
    role: 'minute_taker',
  }),
  participant(11, { freeName: 'Bripka Jusman', freePosition: 'Bhabinkamtibmas Desa Tolo', invited: false }),
];

const agenda: AgendaItem[] = [
  agendaItem(1, { kind: 'opening', title: 'Pembukaan', durationMinutes: 15 }),
  agendaItem(2, {
    kind: 'directives',
    title: 'Arahan Ketua TPPS Kabupaten',
    presenterPersonId: CHAIR_ID,
    presenterName: 'H. Islam Iskandar, S.Sos.',
    presenterPosition: 'Wakil Bupati Jeneponto',
  }),
  agendaItem(3, {
    kind: 'presentation',
    title: 'Strategi intervensi keluarga berisiko stunting',
    presenterPersonId: 'p-meriam',
    presenterName: 'St. Meriam',
    presenterPosition: 'Kepala DPPKB',
  }),
  agendaItem(4, {
    kind: 'presentation',
    title: 'Konvergensi program dan anggaran',
    presenterPersonId: 'p-alfian',
    presenterName: 'Alfian Afandy Syam',
    presenterPosition: 'Kepala Bappeda',
  }),
  agendaItem(5, { kind: 'closing', title: 'Penutup', durationMinutes: 15 }),
];

const minutes: MinutesEntry[] = [
  entry(1, 'a1', {
    speakerName: CAMAT_KELARA.name,
    body: 'Menyampaikan sambutan selamat datang kepada peserta rapat.',
  }),
  entry(2, 'a2', {
    kind: 'directive',
    speakerName: 'H. Islam Iskandar, S.Sos.',
    body: '“Penanganan stunting bukan lagi masalah sektoral.” Hilangkan ego sektoral; Puskesmas, PKK, TNI, Kepolisian hingga pemerintah desa bergerak dalam satu visi.',
  }),
  entry(3, 'a2', {
    kind: 'directive',
    speakerName: 'H. Islam Iskandar, S.Sos.',
    body: 'Setiap intervensi spesifik dan sensitif tepat sasaran dan berbasis satu data; belajar dari Kabupaten Brebes.',
  }),
  entry(4, 'a3', {
    speakerName: 'St. Meriam',
    body: 'Kelembagaan TPPS desa/kelurahan dan Tim Pendamping Keluarga (TPK) adalah garda terdepan pendampingan keluarga berisiko stunting.',
  }),
  entry(5, 'a4', {
    speakerName: 'Alfian Afandy Syam',
    body: 'Pendekatan konvergensi harus menjadi kunci: program dan anggaran desa/kelurahan diselaraskan agar hasilnya optimal dan berkelanjutan.',
  }),
  entry(6, null, {
    speakerText: 'Peserta dari Desa Tolo',
    body: 'Menanyakan jadwal pemutakhiran data e-PPGBM – dijawab oleh Puskesmas Tolo.',
  }),
];

export function seedWorkspace(overrides: Partial<MeetingWorkspace['meeting']> = {}): MeetingWorkspace {
  return {
    meeting: {
      id: MEETING_ID,
      title: 'Rapat Koordinasi TPPS Kecamatan Kelara dan Rumbia',
      kind: 'rakor_tpps',
      hostLevel: 'kecamatan',
      areas: [
        { code: '73.04.05', name: 'Kelara', level: 'kecamatan' },
        { code: '73.04.10', name: 'Rumbia', level: 'kecamatan' },
      ],
      date: '2025-10-17',
      startTime: '09:00',
      endTime: '12:00',
      timeZone: 'WITA',
      venue: 'Aula Kantor Camat Kelara',
      chairPersonId: CHAIR_ID,
      chairName: 'H. Islam Iskandar, S.Sos.',
      chairRole: 'Wakil Bupati Jeneponto selaku Ketua TPPS Kabupaten',
      minuteTakerPersonId: MINUTE_TAKER_ID,
      minuteTakerName: 'Nurul Hikmah, A.Md.',
      invitationNumber: '400.5.7/123/KEC-KLR/X/2025',
      status: 'held',
      summary:
        'Penurunan stunting di Kecamatan Kelara dan Rumbia ditempuh bersama lintas sektor dengan satu data dan rencana aksi terpadu.',
      closingTime: '12:15',
      approvedAt: null,
      isTemplate: false,
      createdAt: AT,
      updatedAt: AT,
      ...overrides,
    },
    agenda,
    schedule: { items: [], end: '12:00', overrunMinutes: 0 },
    participants,
    counts: countAttendance(participants),
    minutes,
    decisions: [
      {
        id: 'd1',
        meetingId: MEETING_ID,
        agendaItemId: null,
        number: 1,
        body: 'TPPS desa/kelurahan diaktifkan dan rapat bulanan dilaksanakan.',
        updatedAt: AT,
      },
      {
        id: 'd2',
        meetingId: MEETING_ID,
        agendaItemId: null,
        number: 2,
        body: 'Data KRS dipakai bersama oleh semua sektor (satu data).',
        updatedAt: AT,
      },
    ],
    commitments: [
      commitment(1, {
        institutionName: 'DPPKB Kabupaten Jeneponto',
        description: COMMITMENTS[0],
        dueDate: '2025-11-30',
        contactPersonName: 'St. Meriam',
        indicator: 'Data KRS terverifikasi',
        target: '100% desa',
      }),
      commitment(2, {
        institutionName: 'Bappeda Kabupaten Jeneponto',
        description: COMMITMENTS[1],
        dueDate: '2025-12-15',
        contactPersonName: 'Alfian Afandy Syam',
      }),
    ],
    history: [],
    origin: null,
  };
}

/** Pangkat and NIP from the directory for the people who sign the minutes. */
export const SEED_SIGNERS = {
  [CHAIR_ID]: { rank: null, nip: null },
  [MINUTE_TAKER_ID]: { rank: MINUTE_TAKER_RANK, nip: MINUTE_TAKER_NIP },
};
