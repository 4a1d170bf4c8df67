import { writeFileSync } from 'node:fs';
import { formsFileInWorker, formsWorkerRunning, stopFormsWorker } from '../../../electron/progress-forms/forms-runner';

/**
 * Bundled by forms-bundle.test.ts with electron-vite's main-process build, then run with plain
 * Node: `node main.js <out.zip>`. Writes the forms of two institutions and prints whether the
 * worker thread wrote them.
 */
const [file = ''] = process.argv.slice(2);
const form = (institutionId: string, institutionName: string) => ({
  institutionId,
  institutionName,
  officeName: 'Kantor Camat Kelara',
  generatedOn: '2026-01-20',
  code: `SRK1|f|${institutionId}`,
  commitments: [
    {
      id: '01a24f39-49b5-7185-a865-b017abec1ee4',
      description: 'Memberikan PMT lokal bagi balita gizi kurang',
      indicator: null,
      target: '90%',
      meetingTitle: 'Rapat Koordinasi TPPS Kecamatan Kelara dan Rumbia',
      meetingDate: '2025-10-17',
      dueDate: '2026-01-30',
      overdue: false,
      status: 'not_started' as const,
      lastUpdate: null,
      code: 'SRK1|r|test',
    },
  ],
});
writeFileSync(
  file,
  await formsFileInWorker(
    [
      form('01a24f39-0000-7000-8000-000000000001', 'UPT Puskesmas Rumbia'),
      form('01a24f39-0000-7000-8000-000000000002', 'TP PKK Desa Bontotiro'),
    ],
    new Date('2026-01-20T02:00:00Z'),
  ),
);
console.log(formsWorkerRunning() ? 'worker' : 'main thread');
await stopFormsWorker();
