import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertWithLibreOffice } from '../support/documents-tools';
import { editForm, fillRow, formsInZip } from '../support/progress-forms';
import { callerOf, type Call } from '../support/seed-rakor';
import { startTestCore, tempDir, removeTempDirs } from '../support/temp';
import { jobDownload } from '../support/jobs';

/**
 * Progress forms as LibreOffice Calc reads them (headless): every form of the ZIP converts to CSV
 * with the commitments, their meetings and Indonesian dates in the read-only columns and the codes
 * in the hidden one; a form filled with exceljs keeps what was typed; and Calc's own flat ODS
 * says the sheet is protected and only the five yellow columns of a commitment row are not.
 */

type TestCore = Awaited<ReturnType<typeof startTestCore>>;
const CSV_UTF8 = 'csv:Text - txt - csv (StarCalc):44,34,76,1';

let core: TestCore;
let call: Call;
let dir: string;
let files: Record<string, Uint8Array>;

beforeAll(async () => {
  core = await startTestCore({ now: () => new Date('2026-01-20T02:00:00Z') });
  call = callerOf(core.dispatch);
  await call('demo.load', {});
  files = formsInZip(await jobDownload(call, { kind: 'progressForms', input: {} }));
  dir = tempDir();
}, 60_000);

afterAll(async () => {
  core.close();
  removeTempDirs();
});

/** RFC 4180 records (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (c !== '\r') cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

/** Calc's protection of each cell of a row of the flat ODS: `true` protected, `false` not. */
function rowProtection(fods: string, sheetRow: number): boolean[] {
  const unprotected = new Set(
    [...fods.matchAll(/<style:style style:name="(ce\d+)"[^>]*>(.*?)<\/style:style>/gs)]
      .filter((m) => /cell-protect="none"/.test(m[2] as string))
      .map((m) => m[1] as string),
  );
  const table = fods.slice(fods.indexOf('<table:table '));
  const rows = [...table.matchAll(/<table:table-row\b[^>]*?(?:\/>|>(.*?)<\/table:table-row>)/gs)];
  const cells = [
    ...((rows[sheetRow - 1]?.[1] as string) ?? '').matchAll(/<table:(?:covered-)?table-cell\b([^>]*?)\/?>/g),
  ];
  const protections: boolean[] = [];
  for (const [, attributes = ''] of cells) {
    const style = /table:style-name="([^"]+)"/.exec(attributes)?.[1] ?? '';
    const repeat = Number(/table:number-columns-repeated="(\d+)"/.exec(attributes)?.[1] ?? 1);
    for (let i = 0; i < Math.min(repeat, 50); i++) protections.push(!unprotected.has(style));
  }
  return protections;
}

describe('progress forms in LibreOffice Calc', () => {
  it('converts every form of the ZIP to CSV with its commitments, meetings, dates and codes', () => {
    const names = Object.keys(files).sort();
    const paths = names.map((name, i) => {
      const path = join(dir, `form-${i}.xlsx`);
      writeFileSync(path, files[name] as Uint8Array);
      return path;
    });
    const csvs = convertWithLibreOffice(paths, CSV_UTF8, dir).map((path) => parseCsv(readFileSync(path, 'utf8')));
    expect(csvs).toHaveLength(4);
    for (const [i, csv] of csvs.entries()) {
      expect(csv[1]?.[0], names[i]).toBe(
        `Instansi: ${(names[i] as string).replace(/^Formulir Progres - |\.xlsx$/g, '')}`,
      );
      expect(csv[5]).toEqual([
        'No',
        'Komitmen',
        'Rapat asal',
        'Target waktu',
        'Status saat ini',
        'Laporan terakhir',
        'Status baru',
        'Persen (0–100)',
        'Tanggal laporan',
        'Yang telah dilakukan',
        'Nama pelapor',
        'Kode (jangan diubah)',
      ]);
      expect(csv[0]?.[11]).toMatch(/^SRK1\|f\|/);
      expect(csv[6]?.[11]).toMatch(/^SRK1\|r\|/);
      expect(csv[6]?.slice(6, 11)).toEqual(['', '', '', '', '']);
    }
    const dppkb = csvs[names.findIndex((n) => n.includes('Keluarga Berencana'))] as string[][];
    expect(dppkb[6]?.slice(0, 6)).toEqual([
      '1',
      expect.stringContaining('Memperkuat TPPS Desa/Kelurahan dan Tim Pendamping Keluarga'),
      'Rapat Koordinasi TPPS Kecamatan Kelara dan Rumbia\n(17 Oktober 2025)',
      '31 Desember 2025',
      'Berjalan\nTerlambat',
      expect.stringContaining('21 November 2025'),
    ]);
  });

  it('reads what was filled with exceljs, as typed', async () => {
    const name = Object.keys(files).find((n) => n.includes('Camat Rumbia')) as string;
    const filled = await editForm(files[name] as Uint8Array, (sheet) =>
      fillRow(sheet, 7, {
        status: 'Selesai',
        percent: 100,
        reportedOn: new Date(Date.UTC(2026, 0, 15)),
        done: 'Dua belas desa menganggarkan PMT lokal; “jamban sehat” di 9 desa.',
        reporter: 'Kasi PMD',
      }),
    );
    const path = join(dir, 'filled.xlsx');
    writeFileSync(path, filled);
    const [csv] = convertWithLibreOffice([path], CSV_UTF8, dir).map((p) => parseCsv(readFileSync(p, 'utf8')));
    expect(csv?.[6]?.slice(6, 11)).toEqual([
      'Selesai',
      '100',
      '15 Januari 2026',
      'Dua belas desa menganggarkan PMT lokal; “jamban sehat” di 9 desa.',
      'Kasi PMD',
    ]);
  });

  it('is protected in Calc, except the five cells to fill of each commitment row', () => {
    const name = Object.keys(files).find((n) => n.includes('Puskesmas')) as string;
    const path = join(dir, 'protection.xlsx');
    writeFileSync(path, files[name] as Uint8Array);
    const [fodsPath] = convertWithLibreOffice([path], 'fods', dir);
    const fods = readFileSync(fodsPath as string, 'utf8');
    expect(fods).toMatch(/<table:table table:name="Formulir Progres"[^>]*table:protected="true"/);
    expect(rowProtection(fods, 7).slice(0, 12)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      true,
    ]);
    // The header and the title block are protected throughout.
    expect(rowProtection(fods, 6).slice(0, 12).every(Boolean)).toBe(true);
    expect(rowProtection(fods, 1).every(Boolean)).toBe(true);
    // Calc keeps the drop-down of statuses and the number and date checks.
    expect(fods).toContain('Belum mulai');
    expect((fods.match(/<table:content-validation /g) ?? []).length).toBe(4);
  });
});
