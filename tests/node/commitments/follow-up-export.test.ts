import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Commitment } from '../../../shared/domain/commitments';
import { AREAS, commitmentIn, institutionsOf, meetingIn, startClockedCore, type TestCore } from '../support/follow-up';
import { callerOf, type Call } from '../support/seed-rakor';
import { jobDownload } from '../support/jobs';

let core: TestCore;
let call: Call;
let xlsx: Buffer;
const dir = mkdtempSync(join(tmpdir(), 'sirakor-xlsx-'));
const c: Record<string, Commitment> = {};

const HEADERS = [
  'No',
  'Instansi',
  'Sektor',
  'Komitmen',
  'Indikator',
  'Target',
  'Target waktu',
  'Status',
  'Terlambat',
  'Pembaruan terakhir',
  'Catatan terakhir',
  'Rapat',
  'Tanggal rapat',
  'Wilayah',
];

beforeAll(async () => {
  const started = await startClockedCore('2025-11-20T02:00:00Z');
  core = started.core;
  call = callerOf(core.dispatch);
  const inst = await institutionsOf(call);
  const hostile = await call('institutions.create', {
    name: '=HYPERLINK("http://contoh.invalid","klik")',
    sector: 'lainnya',
    level: 'kabupaten',
  });
  const joint = await meetingIn(call, [AREAS.kelara, AREAS.rumbia], '2025-10-17', {
    title: 'Rapat Koordinasi TPPS Kecamatan Kelara dan Rumbia',
  });
  const other = await meetingIn(call, [AREAS.bangkala], '2025-10-20');
  c.tpk = await commitmentIn(call, joint, inst.dppkb, 'Memperkuat Tim Pendamping Keluarga', {
    dueDate: '2025-12-31',
    indicator: 'Persentase keluarga berisiko stunting yang didampingi',
    target: '90%',
  });
  c.late = await commitmentIn(call, joint, inst.dinkes, 'Pemberian TTD remaja putri', { dueDate: '2025-10-31' });
  c.hostile = await commitmentIn(call, joint, hostile, '+cmd|" /C calc"!A0', {
    dueDate: null,
    indicator: '-10% anemia',
    target: '@SUM(1+1)',
  });
  c.outside = await commitmentIn(call, other, inst.dinkes, 'Di luar Kelara');
  await call('commitments.addUpdate', {
    commitmentId: c.tpk.id,
    reportedOn: '2025-11-14',
    // Leading tabs and line breaks are trimmed by the input schema; unit tests cover them.
    note: '\tTPK mendampingi 120 keluarga',
    percent: 80,
    statusAfter: 'in_progress',
  });
  await call('commitments.addUpdate', { commitmentId: c.hostile.id, reportedOn: '2025-11-01', note: '\r=1+1' });
  const file = await jobDownload(call, { kind: 'ledgerXlsx', input: { areaCode: AREAS.kelara, sort: 'due_asc' } });
  expect(file.fileName).toBe('komitmen-2025-11-20.xlsx');
  expect(file.mediaType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  xlsx = Buffer.from(file.dataBase64, 'base64');
  writeFileSync(join(dir, 'komitmen.xlsx'), xlsx);
});
afterAll(() => {
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the ledger XLSX job', () => {
  it('writes the filtered ledger with Indonesian headers, statuses and real dates', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Komitmen');
    if (!sheet) throw new Error('no sheet');
    expect(sheet.rowCount).toBe(4);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS);
    const row = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(row(2)).toEqual([
      1,
      'Dinas Kesehatan Kabupaten Jeneponto',
      'Kesehatan',
      'Pemberian TTD remaja putri',
      undefined,
      undefined,
      new Date('2025-10-31T00:00:00Z'),
      'Belum mulai',
      'Ya',
      undefined,
      undefined,
      'Rapat Koordinasi TPPS Kecamatan Kelara dan Rumbia',
      new Date('2025-10-17T00:00:00Z'),
      'Kelara, Rumbia',
    ]);
    expect(row(3)).toEqual([
      2,
      'DPPKB Kabupaten Jeneponto',
      'Keluarga Berencana',
      'Memperkuat Tim Pendamping Keluarga',
      'Persentase keluarga berisiko stunting yang didampingi',
      '90%',
      new Date('2025-12-31T00:00:00Z'),
      'Berjalan',
      'Tidak',
      new Date('2025-11-14T00:00:00Z'),
      'TPK mendampingi 120 keluarga',
      'Rapat Koordinasi TPPS Kecamatan Kelara dan Rumbia',
      new Date('2025-10-17T00:00:00Z'),
      'Kelara, Rumbia',
    ]);
    // No due date last; no date written for it.
    expect(row(4).slice(0, 7)).toEqual([
      3,
      '=HYPERLINK("http://contoh.invalid","klik")',
      'Lainnya',
      '+cmd|" /C calc"!A0',
      '-10% anemia',
      '@SUM(1+1)',
      undefined,
    ]);
    expect(sheet.getCell('G2').numFmt).toBe('[$-421]d mmmm yyyy');
    expect(sheet.getCell('M3').numFmt).toBe('[$-421]d mmmm yyyy');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:N4');
    expect(sheet.columns.map((column) => column.width)).toEqual([
      6, 32, 20, 50, 32, 14, 18, 13, 11, 20, 40, 40, 18, 28,
    ]);
  });

  it('writes text that looks like a formula as text Excel will not run, even when the cell is edited', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Komitmen');
    if (!sheet) throw new Error('no sheet');
    const hostileCells = ['B4', 'D4', 'E4', 'F4', 'K4'];
    for (const address of hostileCells) {
      expect([address, sheet.getCell(address).type]).toEqual([address, ExcelJS.ValueType.String]);
    }
    // In the file: shared strings (t="s"), no <f> anywhere, and a quotePrefix style on each of those cells.
    const files = unzipSync(xlsx);
    const sheetXml = strFromU8(files['xl/worksheets/sheet1.xml'] as Uint8Array);
    const stylesXml = strFromU8(files['xl/styles.xml'] as Uint8Array);
    expect(sheetXml).not.toContain('<f>');
    const cellXfs = [
      ...(/<cellXfs[^>]*>([\s\S]*)<\/cellXfs>/.exec(stylesXml)?.[1] ?? '').matchAll(
        /<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g,
      ),
    ].map((m) => m[0]);
    const styleOf = (address: string) => {
      const cell = new RegExp(`<c r="${address}"([^>]*)>`).exec(sheetXml)?.[1] ?? '';
      expect(cell).toContain('t="s"');
      return cellXfs[Number(/s="(\d+)"/.exec(cell)?.[1] ?? 0)] ?? '';
    };
    for (const address of hostileCells) expect(styleOf(address)).toContain('quotePrefix="1"');
    expect(sheet.getCell('K4').value).toBe('=1+1');
    for (const address of ['B2', 'D2', 'B3', 'K3']) expect(styleOf(address)).not.toContain('quotePrefix');
    expect(stylesXml).not.toContain('<protection');
  });

  // LibreOffice Calc reads XLSX (Writer alone cannot): .ci/run installs libreoffice-calc.
  it('opens in LibreOffice Calc with the expected rows and Indonesian dates', () => {
    const profile = `file:///tmp/lo-xlsx-${process.pid}`;
    // "As shown": dates in the cell format; the formula-looking text must come out as typed.
    execFileSync('libreoffice', [
      '--headless',
      `-env:UserInstallation=${profile}`,
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,true',
      '--outdir',
      dir,
      join(dir, 'komitmen.xlsx'),
    ]);
    const csv = readFileSync(join(dir, 'komitmen.csv'), 'utf8').trim().split('\n');
    expect(csv).toHaveLength(4);
    expect(csv[0]).toBe(HEADERS.join(','));
    expect(csv[1]).toBe(
      '1,Dinas Kesehatan Kabupaten Jeneponto,Kesehatan,Pemberian TTD remaja putri,,,31 Oktober 2025,Belum mulai,Ya,,,' +
        'Rapat Koordinasi TPPS Kecamatan Kelara dan Rumbia,17 Oktober 2025,"Kelara, Rumbia"',
    );
    expect(csv[3]).toContain(
      '"=HYPERLINK(""http://contoh.invalid"",""klik"")",Lainnya,"+cmd|"" /C calc""!A0",-10% anemia,@SUM(1+1)',
    );
  });
});
