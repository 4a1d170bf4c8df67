import { writeFileSync } from 'node:fs';
import { ledgerWorkbook } from '../../../electron/files/ledger-xlsx';

/**
 * Bundled by xlsx-bundle.test.ts the way electron-vite bundles the main process (exceljs inlined,
 * loaded by a dynamic import), then run with plain Node: `node bundle.mjs <out.xlsx>`.
 */
const [file = ''] = process.argv.slice(2);
const bytes = await ledgerWorkbook(
  [
    {
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
    },
  ],
  'Daftar komitmen',
);
writeFileSync(file, bytes);
