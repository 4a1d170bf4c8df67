import type { LedgerRow } from '../../../electron/commitments/repositories/ledger';

/** One ledger row for the bundle tests; the note looks like a formula. */
export const SAMPLE_ROW: LedgerRow = {
  id: 'c1',
  institutionId: 'i1',
  institutionName: 'DPPKB Kabupaten Jeneponto',
  institutionSector: 'keluarga_berencana',
  contactPersonName: 'St. Meriam',
  description: 'Memperkuat Tim Pendamping Keluarga',
  indicator: 'Persentase keluarga berisiko stunting yang didampingi',
  target: '90%',
  dueDate: '2025-12-31',
  status: 'in_progress',
  overdue: false,
  lastUpdateOn: '2025-11-14',
  lastUpdateNote: '=1+1',
  lastUpdatePercent: 80,
  meetingId: 'm1',
  meetingTitle: 'Rapat Koordinasi TPPS Kecamatan Kelara dan Rumbia',
  meetingDate: '2025-10-17',
  timeZone: 'WITA',
  areaNames: ['Kelara', 'Rumbia'],
  planRow: null,
  origin: null,
};
