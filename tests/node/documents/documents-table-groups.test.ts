import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../electron/documents/docx';
import { loadFontFamily } from '../../../electron/documents/fonts';
import { renderPdf } from '../../../electron/documents/pdf';
import type { DocumentModel, TableRow } from '../../../shared/documents/model';
import { artifactsDir, convertDocx, pdfPages } from '../support/documents-tools';
import { RESOURCES_DIR } from '../support/paths';

const fonts = loadFontFamily(RESOURCES_DIR);
const GROUPS = 40;

/** `lead` plain rows, then groups of a title row and three rows: with four leads one of them puts a title on a page foot. */
function groupedTable(lead: number): DocumentModel {
  const rows: TableRow[] = Array.from({ length: lead }, (_, i) => ({ cells: [{ content: `Awal ${i + 1}` }] }));
  for (let g = 1; g <= GROUPS; g += 1) {
    rows.push({ kind: 'group', cells: [{ content: `KELOMPOK ${g}` }] });
    for (let r = 1; r <= 3; r += 1) rows.push({ cells: [{ content: `Kegiatan ${g}.${r}` }] });
  }
  return {
    title: 'Tabel berkelompok',
    page: { paper: 'A4', orientation: 'portrait', margins: { top: 20, right: 20, bottom: 20, left: 20 } },
    fontSize: 11,
    letterhead: null,
    watermark: null,
    pageNumbers: false,
    body: [{ kind: 'table', columns: [{ width: 1 }], header: [{ cells: [{ content: 'Uraian' }] }], rows }],
  };
}

/** The last table row printed on each page, and the first one after the repeated header. */
function pageEdges(pages: string[]): { last: string; first: string }[] {
  return pages.map((text) => {
    const cells = text.split(/(?=KELOMPOK \d+|Kegiatan \d+\.\d+|Awal \d+)/).map((cell) => cell.trim());
    return { first: cells[1] ?? '', last: cells[cells.length - 1] ?? '' };
  });
}

describe('table group rows', () => {
  it('never end a PDF page: the title moves to the next page with its first row', async () => {
    const dir = artifactsDir();
    let pagesSeen = 0;
    for (let lead = 0; lead < 4; lead += 1) {
      const file = join(dir, `table-groups-${lead}.pdf`);
      writeFileSync(file, await renderPdf(groupedTable(lead), fonts));
      const pages = pdfPages(file);
      pagesSeen += pages.length;
      const edges = pageEdges(pages);
      for (const { last } of edges) expect(last).not.toMatch(/^KELOMPOK/);
      // Nothing is lost or repeated on the way.
      const all = pages.join(' ');
      for (let g = 1; g <= GROUPS; g += 1) expect(all.split(`KELOMPOK ${g} `).length - 1).toBe(1);
    }
    expect(pagesSeen).toBeGreaterThanOrEqual(12);
  });

  it('are kept with the next row in the DOCX (keep with next), the body rows are not', async () => {
    const docx = await renderDocx(groupedTable(0), fonts);
    const xml = strFromU8(unzipSync(new Uint8Array(docx))['word/document.xml'] as Uint8Array);
    const rows = xml.split('<w:tr>').slice(1);
    const titles = rows.filter((row) => row.includes('KELOMPOK'));
    expect(titles).toHaveLength(GROUPS);
    for (const row of titles) expect(row).toContain('<w:keepNext/>');
    expect(rows.filter((row) => row.includes('Kegiatan') && row.includes('<w:keepNext/>'))).toEqual([]);

    // LibreOffice reads the file and prints every group.
    const file = join(artifactsDir(), 'table-groups.docx');
    writeFileSync(file, docx);
    const [pdf] = convertDocx([file], artifactsDir());
    const all = pdfPages(pdf as string).join(' ');
    for (let g = 1; g <= GROUPS; g += 1) expect(all).toContain(`KELOMPOK ${g} `);
  });
});
