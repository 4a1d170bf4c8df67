import type { JobInputOf } from '../../../shared/api/schemas/jobs';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stopDocumentWorker } from '../../../electron/documents/worker/document-runner';

import type { PlanRow } from '../../../shared/domain/plans';
import { CHART_COLORS } from '../../../shared/documents/charts';
import { rowFieldsOf } from '../../../shared/plans/rows';
import { rgbOf } from '../../../electron/documents/drawing/raster';
import { artifactsDir, pdfPages, pdfText } from '../support/documents-tools';
import { startClockedCore, type TestCore } from '../support/follow-up';
import { decodeOwnPng, pdfPixelsOf, pixelsOf } from '../support/page-images';
import { expectSoundPortrait, saveBothFormats, type SavedDocument } from '../support/report-documents';
import { callerOf, type Call } from '../support/seed-rakor';

import { jobDownload, jobRefusal } from '../support/jobs';

/**
 * Laporan semester through the API on the demo data (electron/demo: the seed Rakor of 17 October
 * 2025, its follow-up of 21 November 2025 and the 2026 plan they adopted), read on 6 July 2026:
 * semester II 2025 on F4 and A4, and July 2025 to June 2026 with the plan's realisation, in both
 * formats. Every page is saved as an image in test-artifacts/documents/semester/ (the DOCX
 * through LibreOffice in from-docx/).
 */

const GREEN = rgbOf(CHART_COLORS.done);

let core: TestCore;
let call: Call;
const dir = join(artifactsDir(), 'semester');

beforeAll(async () => {
  mkdirSync(dir, { recursive: true });
  const started = await startClockedCore('2025-11-21T01:00:00Z');
  core = started.core;
  call = callerOf(core.dispatch);
  const demo = await call('demo.load', {});
  const [seedId = '', followUpId = ''] = demo.meetingIds;
  const seed = await call('meetings.workspace', { id: seedId });
  const camat = seed.participants.find((p) => p.personPosition === 'Camat Kelara');
  const setup = await call('documents.setup', {});
  await call('documents.updateSetup', {
    settings: setup.settings,
    letters: { signerPersonId: camat?.personId ?? null, signerHeading: 'CAMAT KELARA,', copies: [] },
  });
  // The plan's first activity done in April 2026, realised at 34.5 million, with the follow-up's
  // remeasurement commitment (done) linked to it.
  const followUp = await call('meetings.workspace', { id: followUpId });
  const remeasure = followUp.commitments.find((c) => c.description.startsWith('Melakukan pengukuran ulang'));
  if (!remeasure) throw new Error('demo follow-up without its remeasurement commitment');
  started.setNow('2026-04-30T02:00:00Z');
  if (remeasure.status !== 'done') await call('commitments.setStatus', { id: remeasure.id, status: 'done' });
  const plans = await call('plans.list', {});
  const plan = await call('plans.get', { id: plans.items[0]?.id ?? '' });
  const first = plan.rows[0] as PlanRow;
  await call('planRows.update', {
    id: first.id,
    ...rowFieldsOf(first),
    status: 'done',
    realisationAmount: 34_500_000,
    commitmentIds: [remeasure.id],
  });
  started.setNow('2026-07-06T02:00:00Z');
}, 120_000);

afterAll(async () => {
  await stopDocumentWorker();
  core?.close();
});

describe('documents.semester on the demo data', () => {
  const semesterII = { kind: 'semester', year: 2025, semester: 2 } as const;
  const range = { kind: 'range', from: '2025-07-01', to: '2026-06-30' } as const;
  let files: Record<string, SavedDocument> = {};

  beforeAll(async () => {
    const semester = (period: JobInputOf<'semesterReport'>['period'], paper: 'F4' | 'A4') => ({
      paper,
      fetch: (format: 'pdf' | 'docx') =>
        jobDownload(call, { kind: 'semesterReport', input: { period, format, paper } }),
    });
    files = await saveBothFormats(dir, [
      { name: 'semester-ii-2025-f4', ...semester(semesterII, 'F4') },
      { name: 'semester-ii-2025-a4', ...semester(semesterII, 'A4') },
      { name: 'juli-2025-juni-2026-f4', ...semester(range, 'F4') },
      { name: 'juli-2025-juni-2026-a4', ...semester(range, 'A4') },
    ]);
  }, 240_000);

  it('names the file after the period', async () => {
    expect(
      (await jobDownload(call, { kind: 'semesterReport', input: { period: semesterII, format: 'pdf' } })).fileName,
    ).toBe('Laporan Semester II 2025.pdf');
    expect(
      (await jobDownload(call, { kind: 'semesterReport', input: { period: range, format: 'docx' } })).fileName,
    ).toBe('Laporan Periode 2025-07-01 sd 2026-06-30.docx');
  });

  it('PDF passes qpdf, embeds only Liberation Sans and is portrait on the paper asked; the DOCX converts to it', () => {
    expectSoundPortrait(files);
  });

  it('both formats carry the kop, the period, the summary, the meetings, the tables and the signer', () => {
    const { pdf, converted } = files['semester-ii-2025-f4'] as { pdf: string; converted: string };
    for (const text of [pdfText(pdf), pdfText(converted)]) {
      for (const expected of [
        'PEMERINTAH KABUPATEN JENEPONTO',
        'KECAMATAN KELARA',
        'LAPORAN PELAKSANAAN PERCEPATAN PENURUNAN STUNTING',
        'TIM PERCEPATAN PENURUNAN STUNTING KECAMATAN KELARA',
        'SEMESTER II TAHUN 2025',
        'Periode : 1 Juli 2025 s.d. 31 Desember 2025',
        'Keadaan per : 6 Juli 2026',
        'Rapat terlaksana : 2 rapat',
        'Komitmen disepakati : 6 komitmen',
        'Rapat Koordinasi TPPS Kecamatan Kelara dan Rumbia',
        'Reviu Tindak Lanjut Komitmen',
        '17 Oktober 2025',
        'A. RINGKASAN',
        'B. RAPAT KOORDINASI',
        'C. CAPAIAN KOMITMEN',
        '1. Per sektor',
        '2. Per kecamatan',
        '3. Per instansi',
        'D. REALISASI RENCANA AKSI',
        'Belum ada rencana aksi untuk tahun periode laporan ini.',
        'Demikian laporan ini disampaikan kepada Bupati Jeneponto',
        'semester II tahun 2025',
        'CAMAT KELARA,',
        'Kelara, 6 Juli 2026',
        'LAMPIRAN: DAFTAR KOMITMEN TERLAMBAT',
        'Dinas Pengendalian Penduduk dan Keluarga Berencana Kabupaten Jeneponto',
        'Memperkuat TPPS Desa/Kelurahan dan Tim Pendamping Keluarga',
        'Dibatalkan Terlambat',
      ]) {
        expect(text).toContain(expected);
      }
    }
  });

  it('draws the charts as vector graphics in the PDF: their labels are text, their bars the dashboard green', () => {
    const { pdf } = files['semester-ii-2025-f4'] as { pdf: string };
    const text = pdfText(pdf);
    expect(text).toMatch(/Kesehatan \d+(,\d)?% \(\d+\/\d+\)/);
    expect(text).toContain('0% 25% 50% 75% 100%');
    const pages = pdfPages(pdf).length;
    const green = Array.from({ length: pages }, (_, i) => pdfPixelsOf(pdf, i + 1, GREEN));
    expect(green.reduce((a, b) => a + b, 0)).toBeGreaterThan(200);
  });

  it('puts the charts into the DOCX as SVG with a PNG fallback that LibreOffice shows', () => {
    const { docx, converted } = files['semester-ii-2025-f4'] as { docx: string; converted: string };
    const zip = unzipSync(readFileSync(docx));
    const media = Object.keys(zip).filter((name) => name.startsWith('word/media/'));
    expect(media.filter((name) => name.endsWith('.svg'))).toHaveLength(3);
    const pngs = media.filter((name) => name.endsWith('.png'));
    expect(pngs).toHaveLength(3);
    for (const name of pngs) {
      const png = decodeOwnPng(zip[name] as Uint8Array);
      expect(png.dpi).toBe(300);
      expect(png.width).toBeGreaterThan(1500);
      expect(pixelsOf(png.pixels, GREEN)).toBeGreaterThan(100);
      // Text is drawn too: dark pixels of the labels.
      expect(pixelsOf(png.pixels, [0, 0, 0])).toBeGreaterThan(500);
    }
    const svg = strFromU8(zip[media.find((name) => name.endsWith('.svg')) as string] as Uint8Array);
    expect(svg).toContain('Kesehatan');
    const documentXml = strFromU8(zip['word/document.xml'] as Uint8Array);
    expect(documentXml).toContain('asvg:svgBlip');
    const pages = pdfPages(converted).length;
    const green = Array.from({ length: pages }, (_, i) => pdfPixelsOf(converted, i + 1, GREEN));
    expect(green.reduce((a, b) => a + b, 0)).toBeGreaterThan(200);
  });

  it('keeps each chart on the page where its table starts', () => {
    for (const { pdf } of Object.values(files)) {
      const pages = pdfPages(pdf);
      for (const [title, header] of [
        ['1. Per sektor', 'No Sektor Jumlah'],
        ['2. Per kecamatan', 'No Kecamatan Jumlah'],
        ['3. Per instansi', 'No Instansi Jumlah'],
      ] as const) {
        const page = pages.find((text) => text.includes(title));
        expect(page, `${title} in ${pdf}`).toContain(header);
      }
    }
  });

  it('lists the overdue commitments on a page of their own, with the days past due', () => {
    for (const { pdf, converted } of Object.values(files)) {
      for (const pages of [pdfPages(pdf), pdfPages(converted)]) {
        const at = pages.findIndex((page) => page.includes('LAMPIRAN: DAFTAR KOMITMEN TERLAMBAT'));
        expect(at).toBeGreaterThan(0);
        expect(pages[at]?.startsWith('LAMPIRAN: DAFTAR KOMITMEN TERLAMBAT')).toBe(true);
        expect(pages.slice(at).join(' ')).toMatch(/31 Desember 2025 \(187 hari\)/);
      }
    }
  });

  it("prints the plan's realisation per intervention for the plan of the period's years", () => {
    const texts = ['juli-2025-juni-2026-f4', 'juli-2025-juni-2026-a4'].flatMap((name) => {
      const { pdf, converted } = files[name] as { pdf: string; converted: string };
      return [pdfText(pdf), pdfText(converted)];
    });
    for (const text of texts) {
      expect(text).toContain('PERIODE 1 JULI 2025 S.D. 30 JUNI 2026');
      expect(text).toContain(
        'Rencana Aksi Terpadu Percepatan Penurunan Stunting Kecamatan Kelara dan Rumbia Tahun 2026',
      );
      expect(text).toContain('A. INTERVENSI SPESIFIK');
      expect(text).toContain('B. INTERVENSI SENSITIF');
      // SP-08: two activities, both scheduled in the period, one done, 64.8 million planned,
      // 34.5 million realised (53.2%), its one linked commitment done.
      expect(text).toMatch(
        /SP-08 Tambahan asupan gizi bagi balita gizi kurang 2 2 1 64\.800\.000 34\.500\.000 53,2 1 dari 1/,
      );
      expect(text).toMatch(/JUMLAH 12 11 1 431\.200\.000 34\.500\.000 8 1 dari 1/);
    }
  });
});

describe('the semester report refuses bad input with field messages', () => {
  it('checks the period and the signer', async () => {
    const refused = async (input: unknown) => {
      const refusal = await jobRefusal(core.dispatch, { kind: 'semesterReport', input });
      if (refusal.at !== 'start') throw new Error('refused only after its start');
      return refusal.details?.map(({ path, ...issue }) => ({ path: path.replace(/^input\./, ''), ...issue }));
    };
    expect(await refused({ period: { kind: 'range', from: '2026-03-01', to: '2026-02-01' }, format: 'pdf' })).toEqual([
      { path: 'period.to', key: 'validation.periodOrder' },
    ]);
    expect(await refused({ period: { kind: 'range', from: '2025-01-01', to: '2026-01-02' }, format: 'pdf' })).toEqual([
      { path: 'period.to', key: 'validation.periodTooLong' },
    ]);
    expect(await refused({ period: { kind: 'semester', year: 1999, semester: 1 }, format: 'pdf' })).toEqual([
      { path: 'period.year', key: 'validation.year' },
    ]);
    expect(await refused({ period: { kind: 'semester', year: 2025, semester: 3 }, format: 'pdf' })).toEqual([
      { path: 'period.semester', key: 'validation.option' },
    ]);
    expect(await refused({ period: { kind: 'semester', semester: 1 }, format: 'pdf' })).toEqual([
      { path: 'period.year', key: 'validation.required' },
    ]);
    expect(await refused({ format: 'pdf' })).toEqual([{ path: 'period', key: 'validation.required' }]);
    expect(await refused({ period: { kind: 'range', from: '2025-13-01', to: '2025-12-31' }, format: 'pdf' })).toEqual([
      { path: 'period.from', key: 'validation.date' },
    ]);
    expect(
      await refused({
        period: { kind: 'semester', year: 2025, semester: 2 },
        format: 'pdf',
        signerPersonId: '01890000-0000-7000-8000-000000000000',
      }),
    ).toEqual([{ path: 'signerPersonId', key: 'validation.personUnknown' }]);
  });

  it('asks for a shorter period past 5,000 commitments', async () => {
    const db = core.store.db;
    const commitment = db
      .prepare("SELECT * FROM commitments WHERE listed = 1 AND meeting_at LIKE '2025-10-17%' LIMIT 1")
      .get() as Record<string, unknown>;
    const columns = Object.keys(commitment).filter((name) => name !== 'id' && name !== 'search_doc');
    const insert = db.prepare(
      `INSERT INTO commitments (id, ${columns.join(', ')}) VALUES (@id, ${columns.map((c) => `@${c}`).join(', ')})`,
    );
    db.transaction(() => {
      for (let i = 0; i < 5_000; i++) insert.run({ ...commitment, id: `bulk-${String(i).padStart(5, '0')}` });
    })();
    const input = { period: { kind: 'semester', year: 2025, semester: 2 }, format: 'pdf' };
    expect(await jobRefusal(core.dispatch, { kind: 'semesterReport', input })).toEqual({
      at: 'work',
      key: 'validation.periodTooManyCommitments',
      params: { count: 5_006, max: 5_000 },
    });
    db.prepare("DELETE FROM commitments WHERE id LIKE 'bulk-%'").run();
  });
});
