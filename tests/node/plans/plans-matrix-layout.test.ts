import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticPlan } from '../../../bench/support/plan-dataset';
import { SEED_FUNDING_SOURCES } from '../../../electron/db/migrations/004-action-plans';
import { loadFontFamily } from '../../../electron/documents/fonts';
import { renderPdf } from '../../../electron/documents/pdf';
import { stopDocumentWorker } from '../../../electron/documents/worker/document-runner';
import { renderMatrixDocx } from '../../../electron/documents/matrix-docx';
import { CELL_PADDING } from '../../../shared/documents/layout';
import { textWidthMm } from '../../../shared/documents/metrics';
import { actionPlanMatrix } from '../../../shared/documents/reports/action-plan';
import { planTotals } from '../../../shared/plans/totals';
import { KELARA_SETTINGS } from '../support/documents-fixture';
import { artifactsDir, convertDocx, pageImages, pdfLayoutText, pdfPages } from '../support/documents-tools';
import { RESOURCES_DIR } from '../support/paths';
import { callerOf } from '../support/seed-rakor';
import { startTestCore } from '../support/temp';
import { jobDownload } from '../support/jobs';

/**
 * The action-plan matrix as an office signs it, in both formats and on both papers: the totals
 * block in one piece with a data row, header cells spanning both header rows, no word broken
 * inside a cell, the heading naming the area from the plan's data, villages with their kecamatan,
 * and a blank signature naming the team.
 */

const dir = join(artifactsDir(), 'plan-matrix');
const fonts = loadFontFamily(RESOURCES_DIR);
const TWIPS_PER_MM = 1440 / 25.4;

interface Printed {
  name: string;
  pdf: string;
  docx: string;
  converted: string;
}

const demo: Printed[] = [];
const synthetic: Printed[] = [];

function printed(name: string): Printed {
  return {
    name,
    pdf: join(dir, `${name}.pdf`),
    docx: join(dir, `${name}.docx`),
    converted: join(dir, 'from-docx', `${name}.pdf`),
  };
}

beforeAll(async () => {
  mkdirSync(dir, { recursive: true });
  const core = await startTestCore();
  try {
    const call = callerOf(core.dispatch);
    await call('settings.update', {
      office: {
        level: 'kecamatan',
        kabupatenCode: '73.04',
        kecamatanCode: '73.04.05',
        officeName: 'Kantor Camat Kelara',
        address: 'Jalan Poros Jeneponto–Malakaji, Tolo, Kelara',
      },
    });
    await call('demo.load', {});
    const planId = (await call('plans.list', {})).items[0]?.id as string;
    for (const paper of ['F4', 'A4'] as const)
      for (const schedule of ['months', 'quarters'] as const) {
        const files = printed(`demo-${paper}-${schedule}`);
        for (const format of ['pdf', 'docx'] as const) {
          const file = await jobDownload(call, {
            kind: 'planDocument',
            input: { planId, format, paper, schedule, date: '2026-01-20' },
          });
          writeFileSync(format === 'pdf' ? files.pdf : files.docx, Buffer.from(file.dataBase64, 'base64'));
        }
        demo.push(files);
      }
  } finally {
    await stopDocumentWorker();
    core.close();
  }

  // Plans as long as made the old layout start a page with the totals alone (activities marked
  // `KegiatanN` to find them on a page).
  const { plan, rows: generated } = syntheticPlan(30);
  for (const [paper, schedule, count] of [
    ['F4', 'months', 16],
    ['F4', 'quarters', 7],
    ['A4', 'months', 21],
    ['A4', 'quarters', 13],
  ] as const) {
    const rows = generated.slice(0, count).map((row, i) => ({ ...row, activity: `Kegiatan${i + 1} ${row.activity}` }));
    const model = actionPlanMatrix(
      plan,
      rows,
      planTotals(rows, SEED_FUNDING_SOURCES),
      { ...KELARA_SETTINGS, paper },
      {
        schedule,
        date: '2026-01-20',
        signer: null,
      },
    );
    const files = printed(`synthetic-${count}-${paper}-${schedule}`);
    writeFileSync(files.pdf, await renderPdf(model, fonts));
    writeFileSync(files.docx, await renderMatrixDocx(model, fonts));
    synthetic.push(files);
  }
  convertDocx(
    [...demo, ...synthetic].map((files) => files.docx),
    join(dir, 'from-docx'),
  );
  // Every page, to look at (test-artifacts/documents/plan-matrix/pages).
  mkdirSync(join(dir, 'pages'), { recursive: true });
  for (const files of demo) {
    pageImages(files.pdf, join(dir, 'pages', files.name));
    pageImages(files.converted, join(dir, 'pages', `${files.name}-docx`));
  }
}, 300_000);

const bothFormats = (files: Printed): string[] => [files.pdf, files.converted];

describe('the totals block', () => {
  it('stands on one page with a data row, in every layout and both formats', () => {
    for (const files of [...synthetic, ...demo])
      for (const file of bothFormats(files)) {
        const pages = pdfPages(file);
        const at = pages.findIndex((page) => /\bTOTAL \d/.test(page) && page.includes('JUMLAH'));
        expect(at, file).toBeGreaterThanOrEqual(0);
        const page = pages[at] as string;
        // Every JUMLAH row and the last group's subtotal stand with TOTAL…
        const jumlah = pages.join(' ').match(/JUMLAH [^\d]+ \d/g) ?? [];
        expect(jumlah.length, file).toBeGreaterThan(0);
        for (const row of jumlah) expect(page, `${file}: ${row}`).toContain(row);
        expect(page, file).toMatch(/Subtotal [A-C] \d/);
        // …and with at least one activity.
        const activity = files.name.startsWith('synthetic') ? /Kegiatan\d+/ : /Konvergensi program/;
        expect(page, `${file} page ${at + 1}`).toMatch(activity);
      }
  });
});

describe('the header', () => {
  it('spans both header rows in the DOCX (vMerge) and has no empty second row in either format', () => {
    for (const files of demo) {
      const xml = strFromU8(unzipSync(readFileSync(files.docx))['word/document.xml'] as Uint8Array);
      const table = xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>'));
      const headerRows = table.split('<w:tr>').filter((row) => row.includes('<w:tblHeader/>'));
      expect(headerRows).toHaveLength(2);
      const [first, second] = headerRows as [string, string];
      // No, Kegiatan … Penanggung jawab, Sumber dana, Anggaran: 10 cells start a merge over both rows.
      expect(first.match(/<w:vMerge w:val="restart"\/>/g)).toHaveLength(10);
      expect(second.match(/<w:vMerge(?: w:val="continue")?\/>/g)).toHaveLength(10);
      expect(first).toContain('>Kegiatan<');
      expect(second).not.toContain('>Kegiatan<');
      // Both formats print each heading once per page.
      for (const file of bothFormats(files))
        for (const page of pdfPages(file).filter((p) => p.includes('Jadwal')))
          expect(page.split('Kegiatan').length - 1, file).toBe(1);
    }
  });
});

/** The words of the table cells of a DOCX, as written. */
function cellWords(docx: string): string[] {
  const xml = strFromU8(unzipSync(readFileSync(docx))['word/document.xml'] as Uint8Array);
  const words = new Set<string>();
  for (const cell of xml.split('<w:tc>').slice(1)) {
    const text = [...cell.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
    for (const word of text.replace(/&amp;/g, '&').split(/\s+/)) if (word.length > 1) words.add(word);
  }
  return [...words];
}

describe('no word is broken inside', () => {
  it('finds every word of every cell whole on the PDF text layer, in both formats', () => {
    for (const files of [...demo, ...synthetic]) {
      const words = cellWords(files.docx);
      expect(words.length).toBeGreaterThan(100);
      for (const file of bothFormats(files)) {
        const tokens = new Set(pdfPages(file).join(' ').split(' '));
        const broken = words.filter((word) => !tokens.has(word));
        expect(broken, file).toEqual([]);
      }
    }
  });

  it('keeps a quarter label on one line', () => {
    for (const files of demo.filter((f) => f.name.endsWith('quarters')))
      for (const file of bothFormats(files)) expect(pdfLayoutText(file), file).toMatch(/TW I\s+TW II\s+TW III\s+TW IV/);
  });

  it('gives every DOCX column at least the width of its longest word', () => {
    for (const files of [...demo, ...synthetic]) {
      const xml = strFromU8(unzipSync(readFileSync(files.docx))['word/document.xml'] as Uint8Array);
      const table = xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>'));
      const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
      const style = /<w:pStyle w:val="TableText(\d+)(?:_(\d))?"\/>/.exec(table);
      const size = style ? Number(`${style[1]}.${style[2] ?? 0}`) : 10;
      for (const row of table.split('<w:tr>').slice(1)) {
        let column = 0;
        for (const cell of row.split('<w:tc>').slice(1)) {
          const span = Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(cell)?.[1] ?? 1);
          const bold = cell.includes('<w:b/>');
          const runs = [...cell.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '');
          if (span === 1 && !cell.includes('w:vMerge w:val="continue"'))
            for (const word of runs.join(' ').split(/\s+/).filter(Boolean)) {
              const need = (textWidthMm(word, size, bold) + 2 * CELL_PADDING.horizontal) * TWIPS_PER_MM;
              expect(grid[column], `${files.name}: ${word}`).toBeGreaterThanOrEqual(Math.floor(need));
            }
          column += span;
        }
      }
    }
  });
});

describe('the demo plan', () => {
  it('is headed by the kecamatan of its villages, without the title again', () => {
    for (const files of demo)
      for (const file of bothFormats(files)) {
        const text = pdfPages(file).join(' ');
        expect(text, file).toContain('RENCANA AKSI TERPADU PERCEPATAN PENURUNAN STUNTING');
        expect(text, file).toContain('KECAMATAN KELARA DAN RUMBIA TAHUN 2026');
        expect(text, file).not.toContain('KABUPATEN JENEPONTO TAHUN 2026');
        expect(text, file).not.toContain('Rencana Aksi Terpadu Percepatan Penurunan Stunting Kecamatan Kelara');
      }
  });

  it('names the kecamatan of every village, the plan spanning two', () => {
    for (const files of demo)
      for (const file of bothFormats(files)) {
        const text = pdfPages(file).join(' ');
        expect(text, file).toContain('Rumbia (Kec. Rumbia)');
        expect(text, file).toMatch(/Tolo, Gantarang \(Kec\. Kelara\)/);
      }
  });

  it("leaves a blank signature under the office's TPPS chair", () => {
    for (const files of demo)
      for (const file of bothFormats(files))
        expect(pdfPages(file).join(' '), file).toContain('Ketua TPPS Kecamatan Kelara,');
  });
});
