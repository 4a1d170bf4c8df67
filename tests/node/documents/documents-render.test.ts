import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { matrixModel } from '../../../bench/support/documents';
import { renderDocx } from '../../../electron/documents/docx';
import { loadFontFamily } from '../../../electron/documents/fonts';
import { renderPdf } from '../../../electron/documents/pdf';
import type { DocumentModel } from '../../../shared/documents/model';
import { daftarHadir } from '../../../shared/documents/reports/daftar-hadir';
import { notulen } from '../../../shared/documents/reports/notulen';
import { undangan } from '../../../shared/documents/reports/undangan';
import { CAMAT_KELARA, COMMITMENTS, KELARA_SETTINGS, SEED_SIGNERS, seedWorkspace } from '../support/documents-fixture';
import {
  artifactsDir,
  convertDocx,
  embeddedFonts,
  firstPageImage,
  pdfPageSizes,
  pdfPages,
  pageGrays,
  pdfLayoutText,
  pdfText,
  qpdfCheck,
} from '../support/documents-tools';
import { RESOURCES_DIR } from '../support/paths';

const F4 = { width: 609.4, height: 935.4 };
const A4 = { width: 595.3, height: 841.9 };
const LANDSCAPE_F4 = { width: F4.height, height: F4.width };

const fonts = loadFontFamily(RESOURCES_DIR);
const logo = readFileSync(join(RESOURCES_DIR, 'icons', '256x256.png'));
const workspace = seedWorkspace();

interface Case {
  name: string;
  model: DocumentModel;
  paper: { width: number; height: number };
  /** Text both formats must print. */
  fields: string[];
}

const SEED_FIELDS = ['Jumat, 17 Oktober 2025', 'Aula Kantor Camat Kelara', 'Kelara', 'Rumbia'];

const CASES: Case[] = [
  {
    name: 'undangan',
    model: undangan(workspace, KELARA_SETTINGS, {
      number: '400.5.7/123/KEC-KLR/X/2025',
      letterDate: '2025-10-10',
      signer: CAMAT_KELARA,
      copies: ['Bupati Jeneponto (sebagai laporan)'],
      logo,
    }),
    paper: F4,
    fields: [
      ...SEED_FIELDS,
      'Yth. Daftar Undangan Terlampir',
      'H. Islam Iskandar, S.Sos.',
      'NIP 19700315 199503 1 004',
      '09.00 s.d. 12.00 WITA',
    ],
  },
  {
    name: 'daftar-hadir',
    model: daftarHadir(workspace, KELARA_SETTINGS, { filled: false, blankRows: 10, showPhone: true }),
    paper: F4,
    fields: [...SEED_FIELDS, 'H. Islam Iskandar, S.Sos.', 'Camat Rumbia', 'Tanda Tangan', 'No. HP'],
  },
  {
    name: 'daftar-hadir-terisi',
    model: daftarHadir(
      workspace,
      { ...KELARA_SETTINGS, paper: 'A4' },
      { filled: true, blankRows: 0, showPhone: false },
    ),
    paper: A4,
    fields: [...SEED_FIELDS, 'H. Islam Iskandar, S.Sos.', 'Hasniati, S.E.', 'mewakili Camat Rumbia', 'Bripka Jusman'],
  },
  {
    name: 'notulen',
    model: notulen(workspace, KELARA_SETTINGS, { signers: SEED_SIGNERS, logo }),
    paper: F4,
    fields: [
      ...SEED_FIELDS,
      'H. Islam Iskandar, S.Sos.',
      '09.00 – 12.15 WITA',
      'NIP 19870612 201001 2 017',
      'Rapat ditutup pukul 12.15 WITA.',
      ...COMMITMENTS,
    ],
  },
  {
    name: 'notulen-disahkan-a4',
    model: notulen(
      seedWorkspace({ status: 'approved', approvedAt: '2025-10-20T01:00:00.000Z' }),
      { ...KELARA_SETTINGS, paper: 'A4' },
      { signers: SEED_SIGNERS },
    ),
    paper: A4,
    fields: [...SEED_FIELDS, 'H. Islam Iskandar, S.Sos.', 'Disahkan pada 20 Oktober 2025', ...COMMITMENTS],
  },
  {
    name: 'matriks-200',
    model: matrixModel(200),
    paper: LANDSCAPE_F4,
    fields: ['RENCANA AKSI TERPADU', 'JUMLAH', 'Anggaran (Rp)'],
  },
];

const dir = artifactsDir();
const fromDocxDir = join(dir, 'from-docx');
const pdfOf = (name: string): string => join(dir, `${name}.pdf`);
const convertedOf = (name: string): string => join(fromDocxDir, `${name}.pdf`);

beforeAll(async () => {
  mkdirSync(fromDocxDir, { recursive: true });
  const docxFiles: string[] = [];
  for (const { name, model } of CASES) {
    writeFileSync(pdfOf(name), await renderPdf(model, fonts));
    const docx = join(dir, `${name}.docx`);
    writeFileSync(docx, await renderDocx(model, fonts));
    docxFiles.push(docx);
  }
  convertDocx(docxFiles, fromDocxDir);
  for (const { name } of CASES) {
    firstPageImage(pdfOf(name));
    firstPageImage(convertedOf(name));
  }
}, 180_000);

describe.each(CASES)('$name', ({ name, paper, fields }) => {
  it('PDF passes qpdf --check and embeds only the bundled font', () => {
    expect(qpdfCheck(pdfOf(name))).toContain('No syntax or stream encoding errors');
    const fontsUsed = embeddedFonts(pdfOf(name));
    expect(fontsUsed.length).toBeGreaterThan(0);
    for (const line of fontsUsed) expect(line).toMatch(/LiberationSans.*\byes\s+yes\s+yes\b/);
  });

  it('PDF pages have the size of the chosen paper and orientation', () => {
    for (const size of pdfPageSizes(pdfOf(name))) {
      expect(size.width).toBeCloseTo(paper.width, 0);
      expect(size.height).toBeCloseTo(paper.height, 0);
    }
  });

  it('DOCX, converted by LibreOffice, has the same paper', () => {
    // LibreOffice rounds the page to its own units: within a point.
    for (const size of pdfPageSizes(convertedOf(name))) {
      expect(Math.abs(size.width - paper.width)).toBeLessThan(1);
      expect(Math.abs(size.height - paper.height)).toBeLessThan(1);
    }
  });

  it('PDF and DOCX print the same key fields', () => {
    const pdf = pdfText(pdfOf(name));
    const docx = pdfText(convertedOf(name));
    for (const field of fields) {
      expect(pdf, `PDF: ${field}`).toContain(field);
      expect(docx, `DOCX: ${field}`).toContain(field);
    }
  });
});

describe('long tables', () => {
  it.each(['matriks-200', 'daftar-hadir'])('%s: both formats repeat the header row on every page', (name) => {
    for (const file of [pdfOf(name), convertedOf(name)]) {
      const pages = pdfPages(file);
      if (name === 'matriks-200') expect(pages.length).toBeGreaterThan(1);
      const header = name === 'matriks-200' ? 'Penanggung jawab' : 'Jabatan/Instansi';
      pages.forEach((page, index) => expect(page, `${file} page ${index + 1}`).toContain(header));
    }
  });

  it('a 200-row attendance sheet runs over several pages with its header on each', async () => {
    const model = daftarHadir(workspace, KELARA_SETTINGS, { filled: false, blankRows: 190, showPhone: false });
    const file = join(dir, 'daftar-hadir-200.pdf');
    writeFileSync(file, await renderPdf(model, fonts));
    const pages = pdfPages(file);
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) expect(page).toContain('Tanda Tangan');
    expect(pages.join(' ')).toContain('200. ');
  });
});

describe('pagination and marks', () => {
  const bothFormats = (name: string): string[] => [pdfOf(name), convertedOf(name)];

  it.each(['notulen', 'matriks-200'])('%s: every page says Halaman i dari n in both formats', (name) => {
    for (const file of bothFormats(name)) {
      const pages = pdfPages(file);
      pages.forEach((page, index) => expect(page, file).toContain(`Halaman ${index + 1} dari ${pages.length}`));
    }
  });

  it.each(['notulen', 'notulen-disahkan-a4'])(
    '%s: section titles and the closing line stay with what follows',
    (name) => {
      for (const file of bothFormats(name)) {
        const pages = pdfPages(file);
        const withTable = pages.find((page) => page.includes('IV. KOMITMEN TINDAK LANJUT'));
        expect(withTable, file).toContain('Penanggung jawab');
        const withClosing = pages.find((page) => page.includes('Rapat ditutup pukul 12.15 WITA.'));
        expect(withClosing, file).toContain('Pimpinan Rapat,');
      }
    },
  );

  it('draft minutes carry the DRAF watermark, approved minutes do not', async () => {
    const draft = CASES.find((c) => c.name === 'notulen') as Case;
    const approved = CASES.find((c) => c.name === 'notulen-disahkan-a4') as Case;
    expect(draft.model.watermark).toBe('DRAF');
    expect(approved.model.watermark).toBeNull();
    // Drawn as shapes, the mark is seen on the page images: every page differs from the same
    // minutes drawn without it.
    const plain = join(dir, 'notulen-tanpa-draf.pdf');
    writeFileSync(plain, await renderPdf({ ...draft.model, watermark: null }, fonts));
    const marked = pageGrays(pdfOf('notulen'));
    const unmarked = pageGrays(plain);
    expect(marked).toHaveLength(unmarked.length);
    marked.forEach((page, index) => {
      const other = unmarked[index] as Uint8Array;
      const changed = page.filter((value, at) => Math.abs(value - (other[at] ?? value)) > 8).length;
      expect(changed, `page ${index + 1}`).toBeGreaterThan(500);
    });
    const header = (name: string): string => {
      const files = unzipSync(readFileSync(join(dir, `${name}.docx`)));
      return Object.entries(files)
        .filter(([path]) => path.startsWith('word/header'))
        .map(([, bytes]) => strFromU8(bytes))
        .join('');
    };
    expect(header('notulen')).toContain('DRAF');
    expect(header('notulen-disahkan-a4')).not.toContain('DRAF');
  });
});

describe('the DRAF watermark', () => {
  it('leaves the text layer whole: the words read as without it', async () => {
    const model = notulen(workspace, KELARA_SETTINGS, { signers: SEED_SIGNERS, logo });
    expect(model.watermark).toBe('DRAF');
    const marked = join(dir, 'notulen-draf-layout.pdf');
    const plain = join(dir, 'notulen-tanpa-draf-layout.pdf');
    writeFileSync(marked, await renderPdf(model, fonts));
    writeFileSync(plain, await renderPdf({ ...model, watermark: null }, fonts));
    expect(pdfLayoutText(marked)).toBe(pdfLayoutText(plain));
    expect(pdfLayoutText(marked)).not.toMatch(/^\s*(D|R|A|F|DR|AF|RA)\s*$/m);
  });
});

describe('text outside Latin-1', () => {
  it('prints Ł, ẵ, curly quotes and en dashes in the PDF', async () => {
    const text = 'Łukasz – “Đà Nẵng” ‘ẵ’ 09.00 – 12.15';
    const model: DocumentModel = {
      title: 'Unicode',
      page: { paper: 'A4', orientation: 'portrait', margins: KELARA_SETTINGS.margins },
      fontSize: 11,
      letterhead: null,
      watermark: null,
      pageNumbers: false,
      body: [
        { kind: 'paragraph', content: text },
        { kind: 'paragraph', content: { text, bold: true, italic: true } },
      ],
    };
    const file = join(dir, 'unicode.pdf');
    writeFileSync(file, await renderPdf(model, fonts));
    expect(pdfText(file)).toBe(`${text} ${text}`);
  });
});
