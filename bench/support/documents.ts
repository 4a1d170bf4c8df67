import type { AgendaItem } from '../../shared/domain/agenda';
import type { DocumentSettings } from '../../shared/domain/document-settings';
import type { MeetingWorkspace } from '../../shared/domain/meetings';
import type { MinutesEntry } from '../../shared/domain/minutes';
import { countAttendance, type Participant } from '../../shared/domain/participants';
import type { DocumentModel, TableRow } from '../../shared/documents/model';

/**
 * Synthetic documents for the document figures (and the long-table tests): an action-plan-like
 * landscape matrix, and a long meeting. The text varies per row so that no cache flatters them.
 */

export const BENCH_SETTINGS: DocumentSettings = {
  letterhead: {
    lines: [
      { text: 'PEMERINTAH KABUPATEN JENEPONTO', size: 14, bold: true },
      { text: 'KECAMATAN KELARA', size: 16, bold: true },
    ],
    address: 'Jalan Poros Jeneponto–Malakaji, Tolo, Kelara 92371',
    phone: '(0419) 000000',
    email: 'kec.kelara@jenepontokab.go.id',
    website: null,
    logoFile: null,
  },
  paper: 'F4',
  margins: { top: 20, right: 20, bottom: 25, left: 30 },
  placeName: 'Kelara',
};

const ACTIVITIES = [
  'PMT lokal balita gizi kurang',
  'Kelas ibu hamil',
  'Pemberian TTD remaja putri',
  'Pendampingan KRS oleh TPK',
  'Pemeriksaan kesehatan catin',
  'Jambanisasi keluarga',
];
const VILLAGES = ['Tolo', 'Tolo Barat', 'Tolo Selatan', 'Bontolebang', 'Lassang', 'Samataring', 'Gantarang', 'Tombolo'];
const OFFICES = ['Puskesmas Tolo', 'DPPKB', 'Dinas Kesehatan', 'DPMD', 'TP PKK Kecamatan', 'Bappeda'];
const SOURCES = ['APBD', 'DAK Nonfisik (BOK)', 'DAK Nonfisik (BOKB)', 'Dana Desa', 'APBN', 'CSR'];

function rupiah(amount: number): string {
  return amount.toLocaleString('id-ID');
}

/** A landscape F4 matrix of `count` activities × 11 columns with a header row and a totals row. */
export function matrixModel(count: number): DocumentModel {
  const rows: TableRow[] = [];
  let total = 0;
  for (let i = 0; i < count; i++) {
    const amount = 2_500_000 + ((i * 7_919) % 90) * 1_000_000;
    total += amount;
    rows.push({
      cells: [
        { content: String(i + 1) },
        {
          content: `${ACTIVITIES[i % ACTIVITIES.length]} tahap ${(i % 4) + 1} di desa lokus ${VILLAGES[i % VILLAGES.length]}`,
        },
        { content: i % 3 === 0 ? 'Sensitif' : 'Spesifik' },
        { content: ['Balita', 'Ibu hamil', 'Remaja putri', 'KRS', 'Catin'][i % 5] ?? '' },
        { content: `Cakupan sasaran ${60 + (i % 40)}% terlayani` },
        { content: `${10 + (i % 90)} orang` },
        { content: `${VILLAGES[i % VILLAGES.length]}, ${VILLAGES[(i + 3) % VILLAGES.length]}` },
        { content: OFFICES[i % OFFICES.length] ?? '' },
        { content: `TW ${['I', 'II', 'III', 'IV'][i % 4]}` },
        { content: SOURCES[i % SOURCES.length] ?? '' },
        { content: rupiah(amount) },
      ],
    });
  }
  const header = [
    'No',
    'Kegiatan',
    'Intervensi',
    'Sasaran',
    'Indikator',
    'Target',
    'Lokasi (desa)',
    'Penanggung jawab',
    'Jadwal',
    'Sumber dana',
    'Anggaran (Rp)',
  ];
  return {
    title: `Matriks ${count} baris`,
    page: { paper: 'F4', orientation: 'landscape', margins: { top: 20, right: 15, bottom: 20, left: 15 } },
    fontSize: 8,
    letterhead: null,
    watermark: null,
    pageNumbers: true,
    body: [
      { kind: 'heading', text: 'RENCANA AKSI TERPADU PERCEPATAN PENURUNAN STUNTING', size: 12 },
      {
        kind: 'table',
        columns: [4, 22, 8, 9, 14, 8, 12, 11, 6, 10, 10].map((width, i) => ({
          width,
          align: i === 0 ? 'center' : i === 10 ? 'right' : 'left',
        })),
        header: [{ cells: header.map((text) => ({ content: text })) }],
        rows,
        totals: [
          {
            kind: 'total',
            cells: [
              { content: 'JUMLAH', colSpan: 10, align: 'right' },
              { content: rupiah(total), align: 'right' },
            ],
          },
        ],
      },
    ],
  };
}

const AT = '2025-10-17T04:30:00.000Z';

/** A meeting with `items` agenda items and `entries` minutes entries spread over them. */
export function longMeeting(items: number, entries: number): MeetingWorkspace {
  const meetingId = 'bench-meeting';
  const agenda: AgendaItem[] = Array.from({ length: items }, (_, i) => ({
    id: `a${i}`,
    meetingId,
    position: i + 1,
    kind: 'presentation',
    title: `${ACTIVITIES[i % ACTIVITIES.length]}: capaian dan kendala triwulan ${(i % 4) + 1}`,
    presenterPersonId: null,
    presenterName: `Pemateri ${i + 1}, S.KM.`,
    presenterPosition: `Kepala ${OFFICES[i % OFFICES.length]}`,
    presenterInstitutionId: null,
    presenterInstitutionName: OFFICES[i % OFFICES.length] ?? null,
    startTime: null,
    durationMinutes: 10,
    notes: null,
    updatedAt: AT,
  }));
  const minutes: MinutesEntry[] = Array.from({ length: entries }, (_, i) => ({
    id: `e${i}`,
    meetingId,
    agendaItemId: `a${i % items}`,
    position: i + 1,
    kind: i % 7 === 0 ? 'directive' : 'discussion',
    speakerPersonId: null,
    speakerName: `Peserta ${i + 1}`,
    speakerText: null,
    body: `Catatan ${i + 1}: data sasaran desa ${VILLAGES[i % VILLAGES.length]} perlu dimutakhirkan bersama ${OFFICES[i % OFFICES.length]} sebelum rapat berikutnya, dengan target ${50 + (i % 50)}% keluarga terdampingi.`,
    updatedAt: AT,
  }));
  const participants: Participant[] = Array.from({ length: 40 }, (_, i) => ({
    id: `p${i}`,
    meetingId,
    personId: `person${i}`,
    personName: `Peserta ${i + 1}`,
    personPosition: `Staf ${OFFICES[i % OFFICES.length]}`,
    institutionId: `i${i % OFFICES.length}`,
    institutionName: OFFICES[i % OFFICES.length] ?? null,
    institutionSector: null,
    freeName: null,
    freePosition: null,
    role: 'participant',
    invited: true,
    attendance: 'present',
    standInName: null,
    standInPosition: null,
    arrivalTime: null,
    position: i + 1,
    updatedAt: AT,
  }));
  return {
    meeting: {
      id: meetingId,
      title: 'Rapat Koordinasi TPPS Kecamatan Kelara (uji kinerja)',
      kind: 'rakor_tpps',
      hostLevel: 'kecamatan',
      areas: [{ code: '73.04.05', name: 'Kelara', level: 'kecamatan' }],
      date: '2025-10-17',
      startTime: '09:00',
      endTime: '15:00',
      timeZone: 'WITA',
      venue: 'Aula Kantor Camat Kelara',
      chairPersonId: null,
      chairName: 'H. Islam Iskandar, S.Sos.',
      chairRole: 'Wakil Bupati Jeneponto selaku Ketua TPPS Kabupaten',
      minuteTakerPersonId: null,
      minuteTakerName: 'Nurul Hikmah, A.Md.',
      invitationNumber: null,
      status: 'held',
      summary: 'Semua sektor bergerak dengan satu data.',
      closingTime: '15:10',
      approvedAt: null,
      isTemplate: false,
      createdAt: AT,
      updatedAt: AT,
    },
    agenda,
    schedule: { items: [], end: '15:00', overrunMinutes: 0 },
    participants,
    counts: countAttendance(participants),
    minutes,
    decisions: Array.from({ length: 10 }, (_, i) => ({
      id: `d${i}`,
      meetingId,
      agendaItemId: null,
      number: i + 1,
      body: `Keputusan ${i + 1}: ${ACTIVITIES[i % ACTIVITIES.length]} dilanjutkan.`,
      updatedAt: AT,
    })),
    commitments: Array.from({ length: 20 }, (_, i) => ({
      id: `c${i}`,
      meetingId,
      agendaItemId: null,
      institutionId: `i${i % OFFICES.length}`,
      institutionName: OFFICES[i % OFFICES.length] ?? '',
      contactPersonId: null,
      contactPersonName: `Penanggung Jawab ${i + 1}`,
      description: `${ACTIVITIES[i % ACTIVITIES.length]} di ${VILLAGES[i % VILLAGES.length]}`,
      dueDate: '2025-12-31',
      indicator: null,
      target: null,
      status: 'not_started',
      position: i + 1,
      updatedAt: AT,
    })),
    history: [],
    origin: null,
  };
}
