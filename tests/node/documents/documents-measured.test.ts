import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../electron/documents/docx';
import { withBlankRowsFillingPage } from '../../../electron/documents/measured';
import { loadFontFamily } from '../../../electron/documents/fonts';
import { layoutFacts, renderPdf } from '../../../electron/documents/pdf';
import type { DocumentModel, TableBlock } from '../../../shared/documents/model';
import { DAFTAR_HADIR_ROW_MM, daftarHadir } from '../../../shared/documents/reports/daftar-hadir';
import { KELARA_SETTINGS, seedWorkspace } from '../support/documents-fixture';
import { artifactsDir, convertDocx, pdfPages } from '../support/documents-tools';
import { RESOURCES_DIR } from '../support/paths';

/**
 * The blank rows of a daftar hadir fill its last page: asked for 15 on F4, the seed Rakor's ten
 * invitees and 15 rows need one row more than the first page holds; that row must not stand alone
 * on a sheet of its own.
 */

const fonts = loadFontFamily(RESOURCES_DIR);
const workspace = seedWorkspace();
const dir = join(artifactsDir(), 'fill-page');

interface Sheet {
  name: string;
  paper: 'F4' | 'A4';
  asked: number;
  model: DocumentModel;
}

const sheets: Sheet[] = [];

/** Numbered rows (`12. ....`) per page. */
function rowsPerPage(pdf: string): number[] {
  return pdfPages(pdf).map((page) => (page.match(/\d+\. \.{3}/g) ?? []).length);
}

function rowCount(model: DocumentModel): number {
  return (model.body.find((block) => block.kind === 'table') as TableBlock).rows.length;
}

beforeAll(async () => {
  mkdirSync(dir, { recursive: true });
  for (const [paper, asked] of [
    ['F4', 15],
    ['F4', 5],
    ['A4', 12],
  ] as const) {
    const build = (blankRows: number): DocumentModel =>
      daftarHadir(workspace, { ...KELARA_SETTINGS, paper }, { filled: false, blankRows, showPhone: false });
    const model = await withBlankRowsFillingPage(build, asked, DAFTAR_HADIR_ROW_MM, fonts);
    const name = `daftar-hadir-${paper}-${asked}`;
    writeFileSync(join(dir, `${name}.pdf`), await renderPdf(model, fonts));
    writeFileSync(join(dir, `${name}.docx`), await renderDocx(model, fonts));
    sheets.push({ name, paper, asked, model });
  }
  convertDocx(
    sheets.map(({ name }) => join(dir, `${name}.docx`)),
    join(dir, 'from-docx'),
  );
}, 120_000);

describe('daftar hadir: blank rows fill the last page', () => {
  it('gives at least the rows asked for, and no more than the page holds', async () => {
    for (const sheet of sheets) {
      expect(rowCount(sheet.model), sheet.name).toBeGreaterThanOrEqual(10 + sheet.asked);
      const room = (await layoutFacts(sheet.model, fonts)).roomUnderLastTableMm as number;
      expect(room, sheet.name).toBeGreaterThanOrEqual(0);
      expect(room, sheet.name).toBeLessThan(DAFTAR_HADIR_ROW_MM + 1.5);
    }
  });

  it('never leaves a lone row on the last page, in the PDF or the DOCX', () => {
    for (const { name } of sheets) {
      const pdf = rowsPerPage(join(dir, `${name}.pdf`));
      const docx = rowsPerPage(join(dir, 'from-docx', `${name}.pdf`));
      expect(docx, name).toEqual(pdf);
      expect(pdf.at(-1), name).toBeGreaterThan(1);
    }
  });

  it('a sheet that fits on one page stays on one page, filled to its foot', () => {
    const short = sheets.find((sheet) => sheet.asked === 5) as Sheet;
    const pages = rowsPerPage(join(dir, `${short.name}.pdf`));
    expect(pages).toHaveLength(1);
    expect(pages[0]).toBeGreaterThan(15);
  });

  it('asked for no blank rows, adds none', async () => {
    const build = (blankRows: number): DocumentModel =>
      daftarHadir(workspace, KELARA_SETTINGS, { filled: false, blankRows, showPhone: false });
    expect(rowCount(await withBlankRowsFillingPage(build, 0, DAFTAR_HADIR_ROW_MM, fonts))).toBe(10);
  });
});
