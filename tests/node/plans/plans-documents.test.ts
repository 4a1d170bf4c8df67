import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { syntheticPlan, seedPlanThroughApi } from '../../../bench/support/plan-dataset';
import { renderDocx } from '../../../electron/documents/docx';
import { loadFontFamily } from '../../../electron/documents/fonts';
import { stopDocumentWorker } from '../../../electron/documents/worker/document-runner';
import { renderMatrixDocx } from '../../../electron/documents/matrix-docx';
import type { PlanDetail } from '../../../shared/domain/plans';
import { actionPlanMatrix } from '../../../shared/documents/reports/action-plan';
import { formatRupiah } from '../../../shared/plans/numbers';
import { rowAmount } from '../../../shared/plans/rows';
import { planTotals } from '../../../shared/plans/totals';
import { SEED_FUNDING_SOURCES } from '../../../electron/db/migrations/004-action-plans';
import { KELARA_SETTINGS } from '../support/documents-fixture';
import {
  artifactsDir,
  convertDocx,
  embeddedFonts,
  firstPageImage,
  pageGrays,
  pdfPageSizes,
  pdfPages,
  pdfText,
  qpdfCheck,
} from '../support/documents-tools';
import { RESOURCES_DIR } from '../support/paths';
import { callerOf, type Call } from '../support/seed-rakor';
import { startTestCore } from '../support/temp';
import { jobDownload, jobRefusal } from '../support/jobs';

type TestCore = Awaited<ReturnType<typeof startTestCore>>;

const LANDSCAPE_F4 = { width: 935.4, height: 609.4 };
const LANDSCAPE_A4 = { width: 841.9, height: 595.3 };

const dir = artifactsDir();
let core: TestCore;
let call: Call;
let detail: PlanDetail;
let files: { pdf: string; docx: string; converted: string; quarters: string; draft: string; draftAdopted: string };
const warnings = vi.spyOn(console, 'warn');

function save(name: string, dataBase64: string): string {
  const file = join(dir, name);
  writeFileSync(file, Buffer.from(dataBase64, 'base64'));
  return file;
}

beforeAll(async () => {
  core = await startTestCore();
  call = callerOf(core.dispatch);
  await call('settings.update', {
    office: {
      level: 'kecamatan',
      kabupatenCode: '73.04',
      kecamatanCode: '73.04.05',
      officeName: 'Kantor Camat Kelara',
      address: 'Jalan Poros Jeneponto–Malakaji, Tolo, Kelara',
    },
  });
  const kantor = await call('institutions.create', {
    name: 'Kantor Camat Kelara',
    sector: 'pemerintahan',
    level: 'kecamatan',
  });
  const camat = await call('people.create', {
    name: 'Drs. Muh. Arfah, M.Si.',
    position: 'Camat Kelara',
    institutionId: kantor.id,
    rank: 'Pembina, IV/a',
    nip: '197003151995031004',
  });
  const setup = await call('documents.setup', {});
  await call('documents.updateSetup', {
    settings: setup.settings,
    letters: { signerPersonId: camat.id, signerHeading: 'CAMAT KELARA,', copies: [] },
  });
  const { planId } = await seedPlanThroughApi(callerOf(core.dispatch) as never, {
    areaCode: '73.04.05',
    year: 2026,
    count: 300,
    title: 'Rencana Aksi Terpadu Percepatan Penurunan Stunting Kecamatan Kelara Tahun 2026',
  });
  const plan = await call('plans.get', { id: planId });
  await call('plans.update', { id: planId, title: plan.plan.title, status: 'adopted' });
  detail = await call('plans.get', { id: planId });

  const pdf = await jobDownload(call, { kind: 'planDocument', input: { planId, format: 'pdf', date: '2026-01-20' } });
  const docx = await jobDownload(call, { kind: 'planDocument', input: { planId, format: 'docx', date: '2026-01-20' } });
  const quarters = await jobDownload(call, {
    kind: 'planDocument',
    input: {
      planId,
      format: 'pdf',
      paper: 'A4',
      schedule: 'quarters',
      date: '2026-01-20',
    },
  });
  expect(pdf.fileName).toBe(
    'Rencana Aksi - Rencana Aksi Terpadu Percepatan Penurunan Stunting Kecamatan Kelara Tahun 2026.pdf',
  );
  files = {
    pdf: save('plan-300.pdf', pdf.dataBase64),
    docx: save('plan-300.docx', docx.dataBase64),
    quarters: save('plan-300-quarters-a4.pdf', quarters.dataBase64),
    converted: '',
    draft: '',
    draftAdopted: '',
  };
  files.converted = convertDocx([files.docx], join(dir, 'from-docx'))[0] as string;
  firstPageImage(files.pdf);
  firstPageImage(files.converted);
  firstPageImage(files.quarters);

  const draft = await call('plans.create', {
    areaCode: '73.04.05',
    year: 2027,
    title: 'Rencana Aksi Kelara 2027 (draf)',
  });
  await call('planRows.create', { planId: draft.id, activity: 'Rembuk stunting kecamatan' });
  files.draft = save(
    'plan-draft.pdf',
    (await jobDownload(call, { kind: 'planDocument', input: { planId: draft.id, format: 'pdf' } })).dataBase64,
  );
  await call('plans.update', { id: draft.id, title: draft.title, status: 'adopted' });
  files.draftAdopted = save(
    'plan-draft-adopted.pdf',
    (await jobDownload(call, { kind: 'planDocument', input: { planId: draft.id, format: 'pdf' } })).dataBase64,
  );
}, 240_000);

afterAll(async () => {
  await stopDocumentWorker();
  core?.close();
});

describe('the action-plan matrix of a 300-row plan', () => {
  it('is a sound PDF with only the bundled font, and a DOCX LibreOffice opens', () => {
    expect(qpdfCheck(files.pdf)).toContain('No syntax or stream encoding errors');
    for (const line of embeddedFonts(files.pdf)) expect(line).toMatch(/LiberationSans/);
    expect(pdfPages(files.converted).length).toBeGreaterThan(5);
  });

  it('is landscape F4 in both formats (A4 when asked)', () => {
    for (const size of pdfPageSizes(files.pdf)) {
      expect(size.width).toBeCloseTo(LANDSCAPE_F4.width, 0);
      expect(size.height).toBeCloseTo(LANDSCAPE_F4.height, 0);
    }
    for (const size of pdfPageSizes(files.converted)) {
      expect(Math.abs(size.width - LANDSCAPE_F4.width)).toBeLessThan(1);
      expect(Math.abs(size.height - LANDSCAPE_F4.height)).toBeLessThan(1);
    }
    for (const size of pdfPageSizes(files.quarters)) {
      expect(size.width).toBeCloseTo(LANDSCAPE_A4.width, 0);
      expect(size.height).toBeCloseTo(LANDSCAPE_A4.height, 0);
    }
  });

  it('repeats the header rows on every page of both formats, with page numbers', () => {
    for (const file of [files.pdf, files.converted]) {
      const pages = pdfPages(file);
      expect(pages.length).toBeGreaterThan(5);
      pages.forEach((page, index) => {
        expect(page, `${file} page ${index + 1}`).toContain(`Halaman ${index + 1} dari ${pages.length}`);
        // A last page may hold only the signature block, when the tables end at the foot of a page.
        if (index === pages.length - 1 && !page.includes('TOTAL') && page.includes('CAMAT KELARA,')) return;
        // The matrix's header, or the recap's on its last pages: both name the column.
        expect(page, `${file} page ${index + 1}`).toContain('Penanggung jawab');
        expect(page, `${file} page ${index + 1}`).toContain('Anggaran (Rp)');
      });
      const matrixPages = pages.filter((page) => !page.includes('REKAPITULASI') && page.includes('Puskesmas'));
      expect(matrixPages.length).toBeGreaterThan(4);
      for (const page of matrixPages) expect(page).toContain('Jadwal');
    }
  });

  it('prints the key fields, groups, subtotals and totals per funding source in both formats', () => {
    const { rows, totals } = detail;
    const subtotal = (kind: string) =>
      formatRupiah(rows.filter((r) => r.interventionKind === kind).reduce((sum, r) => sum + rowAmount(r), 0));
    const fields = [
      'RENCANA AKSI TERPADU PERCEPATAN PENURUNAN STUNTING',
      'KECAMATAN KELARA TAHUN 2026',
      'A. INTERVENSI SPESIFIK',
      'B. INTERVENSI SENSITIF',
      'C. LAINNYA',
      `Subtotal A ${subtotal('spesifik')}`,
      `Subtotal B ${subtotal('sensitif')}`,
      `Subtotal C ${subtotal('lainnya')}`,
      `TOTAL ${formatRupiah(totals.overall)}`,
      ...totals.bySource.map((s) => `JUMLAH ${s.name} ${formatRupiah(s.amount)}`),
      'REKAPITULASI PER PENANGGUNG JAWAB',
      'Kelara, 20 Januari 2026',
      'CAMAT KELARA,',
      'Drs. Muh. Arfah, M.Si.',
      'NIP 19700315 199503 1 004',
      rows[0]?.activity as string,
      rows[299]?.activity as string,
    ];
    for (const file of [files.pdf, files.converted]) {
      const text = pdfText(file);
      for (const field of fields) expect(text, `${file}: ${field}`).toContain(field);
    }
  });

  it('ticks the months, or the quarters when asked', () => {
    const monthHeader = 'J F M A M J J A S O N D';
    expect(pdfPages(files.pdf)[0]).toContain(monthHeader);
    const quarterPage = pdfPages(files.quarters)[0] ?? '';
    expect(quarterPage).toContain('TW I TW II TW III TW IV');
    expect(quarterPage).not.toContain(monthHeader);
    expect(pdfText(files.pdf)).toContain('√');
    expect(pdfText(files.converted)).toContain('√');
  });

  it('marks a draft plan DRAF and an adopted one not', () => {
    // The mark is drawn as shapes (the text layer stays whole): the draft's pages differ from the
    // same plan's once adopted, and neither carries DRAF as text.
    const draft = pageGrays(files.draft);
    const adopted = pageGrays(files.draftAdopted);
    expect(draft).toHaveLength(adopted.length);
    draft.forEach((page, index) => {
      const other = adopted[index] as Uint8Array;
      expect(page.filter((value, at) => Math.abs(value - (other[at] ?? value)) > 8).length).toBeGreaterThan(500);
    });
    expect(pdfText(files.draft)).not.toContain('DRAF');
  });

  it('refuses an unknown signer and an unknown plan', async () => {
    const signerPersonId = '01990000-0000-7000-8000-000000000000';
    const input = { planId: detail.plan.id, format: 'pdf', signerPersonId };
    expect(await jobRefusal(core.dispatch, { kind: 'planDocument', input })).toMatchObject({
      at: 'start',
      details: [{ path: 'signerPersonId', key: 'validation.personUnknown' }],
    });
    const unknownPlan = { planId: '01990000-0000-7000-8000-000000000000', format: 'docx' };
    expect(await jobRefusal(core.dispatch, { kind: 'planDocument', input: unknownPlan })).toEqual({
      at: 'start',
      code: 'NOT_FOUND',
      message: { key: 'error.notFound.plan' },
    });
  });
});

describe('the document worker', () => {
  it('drew every document in its thread (under vitest, through tsx), never falling back', () => {
    expect(warnings.mock.calls.filter((call) => String(call[0]).includes('document worker'))).toEqual([]);
  });
});

describe('signature rules', () => {
  it('the Wakil Bupati signs without pangkat and NIP', () => {
    const { plan, rows } = syntheticPlan(5);
    const model = actionPlanMatrix(plan, rows, planTotals(rows, SEED_FUNDING_SOURCES), KELARA_SETTINGS, {
      schedule: 'months',
      date: '2026-01-20',
      signer: {
        name: 'H. Islam Iskandar, S.Sos.',
        position: 'Wakil Bupati Jeneponto selaku Ketua TPPS Kabupaten',
        rank: 'Pembina Utama',
        nip: '196512311998031066',
      },
    });
    const block = model.body.find((b) => b.kind === 'signatures');
    expect(block?.kind === 'signatures' && block.signatures[0]).toMatchObject({
      name: 'H. Islam Iskandar, S.Sos.',
      rank: null,
      nip: null,
      heading: ['Wakil Bupati Jeneponto selaku Ketua TPPS Kabupaten,'],
      placeDate: 'Kelara, 20 Januari 2026',
    });
  });
});

describe('the DOCX fast path', () => {
  it('writes the same document.xml as the shared renderer, byte for byte', async () => {
    const { plan, rows } = syntheticPlan(150);
    rows[3] = { ...rows[3], activity: 'Tanda "kutip" & <sudut> – it\'s Ł ẵ\nbaris kedua' } as (typeof rows)[number];
    const model = actionPlanMatrix(plan, rows, planTotals(rows, SEED_FUNDING_SOURCES), KELARA_SETTINGS, {
      schedule: 'months',
      date: '2026-01-20',
      signer: null,
    });
    const fonts = loadFontFamily(RESOURCES_DIR);
    const xml = async (bytes: Promise<Buffer>) => strFromU8(unzipSync(await bytes)['word/document.xml'] as Uint8Array);
    const [shared, fast] = await Promise.all([xml(renderDocx(model, fonts)), xml(renderMatrixDocx(model, fonts))]);
    expect(fast.length).toBeGreaterThan(100_000);
    expect(fast).toBe(shared);
  });
});
