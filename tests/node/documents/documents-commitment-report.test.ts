import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stopDocumentWorker } from '../../../electron/documents/worker/document-runner';
import type { FileDownload } from '../../../shared/domain/files';
import {
  artifactsDir,
  convertDocx,
  embeddedFonts,
  firstPageImage,
  pdfPageSizes,
  pdfPages,
  pdfText,
  qpdfCheck,
} from '../support/documents-tools';
import { meetingIn, startClockedCore, type TestCore } from '../support/follow-up';
import { callerOf, seedRakor, type Call, type SeedRakor } from '../support/seed-rakor';

import { jobDownload, jobRefusal } from '../support/jobs';

/**
 * Laporan tindak lanjut komitmen through the API on the seed Rakor, on 15 January 2026: the DPPKB
 * commitment (due 31 December 2025) is in progress at 60% and so overdue; Bappeda's (due
 * 31 January 2026) is done. Both formats are checked with the real readers, and the first pages
 * are saved as images in test-artifacts/documents/.
 */

const KELARA_OFFICE = {
  level: 'kecamatan',
  kabupatenCode: '73.04',
  kecamatanCode: '73.04.05',
  officeName: 'Kantor Camat Kelara',
  address: 'Jalan Poros Jeneponto–Malakaji, Tolo, Kelara',
} as const;

const LANDSCAPE_F4 = { width: 935.4, height: 609.4 };
const LANDSCAPE_A4 = { width: 841.9, height: 595.3 };

let core: TestCore;
let call: Call;
let seed: SeedRakor;
const dir = join(artifactsDir(), 'commitment-report');
const fromDocxDir = join(dir, 'from-docx');

function save(file: FileDownload, name: string): string {
  const path = join(dir, name);
  writeFileSync(path, Buffer.from(file.dataBase64, 'base64'));
  return path;
}

beforeAll(async () => {
  mkdirSync(fromDocxDir, { recursive: true });
  const started = await startClockedCore('2025-10-17T01:00:00Z');
  core = started.core;
  call = callerOf(core.dispatch);
  await call('settings.update', { office: KELARA_OFFICE });
  seed = await seedRakor(call, { approve: true });
  const setup = await call('documents.setup', {});
  await call('documents.updateSetup', {
    settings: { ...setup.settings, letterhead: { ...setup.settings.letterhead, phone: '(0419) 21000' } },
    letters: { signerPersonId: seed.people.camatKelara.id, signerHeading: 'CAMAT KELARA,', copies: [] },
  });
  const [dppkb, bappeda] = seed.commitments as [(typeof seed.commitments)[0], (typeof seed.commitments)[0]];
  started.setNow('2025-11-20T02:00:00Z');
  await call('commitments.addUpdate', {
    commitmentId: dppkb.id,
    reportedOn: '2025-11-20',
    note: 'TPK mendampingi 540 dari 900 keluarga berisiko stunting di 21 desa/kelurahan.',
    percent: 60,
    statusAfter: 'in_progress',
    evidence: [],
  });
  started.setNow('2026-01-10T02:00:00Z');
  await call('commitments.addUpdate', {
    commitmentId: bappeda.id,
    reportedOn: '2026-01-10',
    note: 'Rencana aksi terpadu 2026 memuat usulan 32 desa/kelurahan.',
    percent: 100,
    statusAfter: 'done',
    evidence: [],
  });
  started.setNow('2026-01-15T02:00:00Z');
}, 60_000);

afterAll(async () => {
  await stopDocumentWorker();
  core?.close();
});

describe('documents.commitments on the seed Rakor', () => {
  const files: Record<string, { pdf: string; docx: string; converted: string }> = {};

  beforeAll(async () => {
    const docx: string[] = [];
    for (const groupBy of ['institution', 'meeting'] as const) {
      const name = `laporan-komitmen-${groupBy}`;
      const pdf = await jobDownload(call, { kind: 'commitmentReport', input: { groupBy, format: 'pdf' } });
      const word = await jobDownload(call, { kind: 'commitmentReport', input: { groupBy, format: 'docx' } });
      expect(pdf.mediaType).toBe('application/pdf');
      expect(pdf.fileName).toBe(
        `Laporan Tindak Lanjut Komitmen per ${groupBy === 'institution' ? 'Instansi' : 'Rapat'} - 2026-01-15.pdf`,
      );
      expect(word.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      files[groupBy] = {
        pdf: save(pdf, `${name}.pdf`),
        docx: save(word, `${name}.docx`),
        converted: join(fromDocxDir, `${name}.pdf`),
      };
      docx.push(files[groupBy].docx);
    }
    convertDocx(docx, fromDocxDir);
    for (const { pdf, converted } of Object.values(files)) {
      firstPageImage(pdf);
      firstPageImage(converted);
    }
  }, 120_000);

  it('PDF passes qpdf --check, embeds only Liberation Sans, and is landscape F4', () => {
    for (const { pdf } of Object.values(files)) {
      expect(qpdfCheck(pdf)).toContain('No syntax or stream encoding errors');
      for (const line of embeddedFonts(pdf)) expect(line).toMatch(/LiberationSans.*\byes\s+yes\s+yes\b/);
      for (const size of pdfPageSizes(pdf)) {
        expect(size.width).toBeCloseTo(LANDSCAPE_F4.width, 0);
        expect(size.height).toBeCloseTo(LANDSCAPE_F4.height, 0);
      }
    }
  });

  it('DOCX converts with LibreOffice headless to the same paper', () => {
    for (const { converted } of Object.values(files)) {
      for (const size of pdfPageSizes(converted)) {
        expect(Math.abs(size.width - LANDSCAPE_F4.width)).toBeLessThan(1);
        expect(Math.abs(size.height - LANDSCAPE_F4.height)).toBeLessThan(1);
      }
    }
  });

  it('both formats print the kop, title, both commitments, institutions, statuses, Terlambat and the signer', () => {
    const { dppkb, bappeda } = seed.institutions;
    for (const groupBy of ['institution', 'meeting'] as const) {
      const { pdf, converted } = files[groupBy] as { pdf: string; converted: string };
      for (const text of [pdfText(pdf), pdfText(converted)]) {
        expect(text).toContain('PEMERINTAH KABUPATEN JENEPONTO');
        expect(text).toContain('KECAMATAN KELARA');
        expect(text).toContain('LAPORAN TINDAK LANJUT KOMITMEN');
        expect(text).toContain('KEADAAN PER 15 JANUARI 2026');
        expect(text).toContain(`RINGKASAN PER ${groupBy === 'institution' ? 'INSTANSI' : 'RAPAT'}`);
        for (const commitment of seed.commitments) expect(text).toContain(commitment.description.slice(0, 45));
        expect(text).toContain(dppkb.name.slice(0, 40));
        expect(text).toContain(bappeda.name);
        expect(text).toContain('Terlambat');
        expect(text).toContain('(15 hari)');
        expect(text).toContain('31 Desember 2025');
        expect(text).toContain('20 November 2025 · 60%');
        expect(text).toContain('TPK mendampingi 540 dari 900 keluarga');
        expect(text).toContain('Kelara, 15 Januari 2026');
        expect(text).toContain('CAMAT KELARA,');
        expect(text).toContain(seed.people.camatKelara.name);
        expect(text).toContain('Halaman 1 dari');
      }
    }
    const byMeeting = pdfText(files.meeting?.pdf as string);
    expect(byMeeting).toContain('Rapat Koordinasi TPPS Kecamatan Kelara dan Rumbia (17 Oktober 2025)');
  });

  it('the summary counts per institution and in total: 2 commitments, 1 done, 1 in progress, 1 late, 50%', () => {
    for (const file of [files.institution?.pdf, files.institution?.converted] as string[]) {
      const text = pdfText(file);
      // Bappeda: 1 done of 1 → 100; DPPKB: 1 in progress, overdue → 0; total: 2 1 1 0 0 1 50.
      expect(text).toMatch(/Badan Perencanaan Pembangunan Daerah Kabupaten Jeneponto 1 1 0 0 0 0 100\b/);
      expect(text).toMatch(/Keluarga Berencana Kabupaten Jeneponto 1 0 1 0 0 1 0\b/);
      expect(text).toMatch(/JUMLAH 2 1 1 0 0 1 50\b/);
    }
  });

  it('prints on landscape A4 when asked', async () => {
    const pdf = save(
      await jobDownload(call, {
        kind: 'commitmentReport',
        input: { groupBy: 'institution', format: 'pdf', paper: 'A4' },
      }),
      'laporan-komitmen-a4.pdf',
    );
    for (const size of pdfPageSizes(pdf)) {
      expect(size.width).toBeCloseTo(LANDSCAPE_A4.width, 0);
      expect(size.height).toBeCloseTo(LANDSCAPE_A4.height, 0);
    }
  });

  it('prints the filters applied as the scope of the report', async () => {
    const pdf = save(
      await jobDownload(call, {
        kind: 'commitmentReport',
        input: {
          groupBy: 'institution',
          format: 'pdf',
          areaCode: '73.04.05',
          overdueOnly: true,
          dueFrom: '2025-10-01',
          dueTo: '2025-12-31',
        },
      }),
      'scoped.pdf',
    );
    const text = pdfText(pdf);
    expect(text).toContain('Wilayah : Kecamatan Kelara, Kabupaten Jeneponto');
    expect(text).toContain('Target waktu : 1 Oktober 2025 s.d. 31 Desember 2025');
    expect(text).toContain('Status : hanya yang terlambat');
    expect(text).toContain(seed.commitments[0]?.description.slice(0, 45));
    expect(text).not.toContain(seed.commitments[1]?.description.slice(0, 45));
    expect(text).toMatch(/JUMLAH 1 0 1 0 0 1 0\b/);
  });

  it('says so when nothing matches', async () => {
    const pdf = save(
      await jobDownload(call, {
        kind: 'commitmentReport',
        input: { groupBy: 'meeting', format: 'pdf', query: 'tidakadakatasepertiini' },
      }),
      'empty.pdf',
    );
    expect(pdfText(pdf)).toContain('Tidak ada komitmen dalam cakupan laporan ini.');
  });
});

describe('the commitment report’s input', () => {
  it('refuses bad input with field messages', async () => {
    const input = { groupBy: 'sector', format: 'odt', paper: 'Letter', statuses: ['late'], colour: true };
    const bad = await jobRefusal(core.dispatch, { kind: 'commitmentReport', input });
    if (bad.at !== 'start') throw new Error('refused only after its start');
    expect(bad.code).toBe('VALIDATION');
    const paths = bad.details?.map((d) => d.path) ?? [];
    expect(paths).toEqual(expect.arrayContaining(['input.groupBy', 'input.format', 'input.paper', 'input.statuses.0']));
    expect(bad.details?.find((d) => d.path === 'input.groupBy')?.key).toBe('validation.option');
    const signerPersonId = '01890000-0000-7000-8000-000000000000';
    const unknownSigner = await jobRefusal(core.dispatch, {
      kind: 'commitmentReport',
      input: { format: 'pdf', signerPersonId },
    });
    expect(unknownSigner).toMatchObject({
      at: 'start',
      details: [{ path: 'signerPersonId', key: 'validation.personUnknown' }],
    });
  });

  it('prints past 5,000 commitments, and in the summary form only the open ones', async () => {
    const { institutions } = seed;
    const extra = await meetingIn(call, ['73.04'], '2026-01-12', { title: 'Rakor TPPS Kabupaten Jeneponto' });
    const created: string[] = [];
    for (let i = 0; i < 5_000; i++) {
      const commitment = await call('commitments.create', {
        meetingId: extra.id,
        institutionId: institutions.pemkab.id,
        description: `Komitmen uji ${i + 1}`,
        dueDate: '2026-03-31',
      });
      created.push(commitment.id);
    }
    await call('commitments.setStatus', { id: created[0] as string, status: 'done', note: 'Selesai dilaksanakan' });
    // No cap: the whole ledger (5,002 commitments), drawn in the worker.
    const started = Date.now();
    const file = await jobDownload(call, { kind: 'commitmentReport', input: { format: 'pdf', groupBy: 'meeting' } });
    const seconds = (Date.now() - started) / 1000;
    const pages = pdfPages(save(file, 'laporan-5002.pdf'));
    console.info(`[commitment report] 5,002 commitments, PDF: ${seconds.toFixed(2)} s, ${pages.length} pages`);
    expect(pages.length).toBeGreaterThan(50);
    for (const page of pages.slice(1, -1)) expect(page).toContain('Perkembangan terakhir');
    const text = pages.join(' ');
    expect(text).toContain('Komitmen uji 5000');
    expect(text).toMatch(/Komitmen uji 1\s/);

    // The summary form: the counts per meeting and status, then the open commitments only.
    const summary = await jobDownload(call, {
      kind: 'commitmentReport',
      input: {
        format: 'pdf',
        groupBy: 'meeting',
        form: 'summary',
        meetingId: extra.id,
      },
    });
    const summaryText = pdfPages(save(summary, 'laporan-ringkas.pdf')).join(' ');
    expect(summaryText).toContain('A. RINGKASAN PER RAPAT');
    expect(summaryText).toContain('B. KOMITMEN BELUM SELESAI PER RAPAT');
    expect(summaryText).toContain('Komitmen uji 5000');
    expect(summaryText).not.toMatch(/Komitmen uji 1\s/);
  }, 240_000);
});
