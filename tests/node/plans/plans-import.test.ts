import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_FUNDING_SOURCES, SEED_INTERVENTIONS } from '../../../electron/db/migrations/004-action-plans';
import type { ActionPlan, PlanImportReport } from '../../../shared/domain/plans';
import { rowFieldsOf } from '../../../shared/plans/rows';
import { maskOfMonths } from '../../../shared/plans/schedule';
import { seedPlanThroughApi } from '../../../bench/support/plan-dataset';
import { callerOf, type Call } from '../support/seed-rakor';
import { newMeeting } from '../support/meetings';
import { errorOf, startTestCore } from '../support/temp';
import { jobDownload } from '../support/jobs';

type TestCore = Awaited<ReturnType<typeof startTestCore>>;

let core: TestCore;
let call: Call;
let plan: ActionPlan;

const seeded = (code: string) => SEED_INTERVENTIONS.find((i) => i.code === code)?.id as string;
const source = (code: string) => SEED_FUNDING_SOURCES.find((s) => s.code === code)?.id as string;

beforeAll(async () => {
  core = await startTestCore();
  call = callerOf(core.dispatch);
  await call('institutions.create', { name: 'Puskesmas Tolo', sector: 'kesehatan', level: 'kecamatan' });
  await call('institutions.create', { name: 'TP PKK Kecamatan Kelara', sector: 'pkk', level: 'kecamatan' });
  plan = await call('plans.create', { areaCode: '73.04.05', year: 2026, title: 'Rencana Aksi Kelara 2026' });
});
afterAll(() => core.close());

const HEADER = ['No', 'Kegiatan', 'Intervensi', 'Lokasi (Desa)', 'Penanggung Jawab', 'Jan', 'Feb', 'Sumber', 'Pagu'];

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

function importFile(dataBase64: string, extra: Record<string, unknown> = {}, planId = plan.id) {
  return core.dispatch('plans.importXlsx', { planId, fileName: 'rencana.xlsx', dataBase64, ...extra });
}

async function report(
  dataBase64: string,
  extra: Record<string, unknown> = {},
  planId = plan.id,
): Promise<PlanImportReport> {
  const result = await importFile(dataBase64, extra, planId);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as PlanImportReport;
}

/** A sheet an office made by hand: its own header names, a title above, and six problems. */
function brokenSheet(wb: ExcelJS.Workbook): void {
  const sheet = wb.addWorksheet('RAT 2026');
  sheet.addRow(['RENCANA AKSI TERPADU KECAMATAN KELARA 2026']);
  sheet.addRow([]);
  sheet.addRow([...HEADER, 'Anggran Tambahan']); // row 3: a misspelt header
  sheet.addRow([
    1,
    'PMT lokal balita gizi kurang',
    'SP-08',
    'Tolo, Tombolo',
    'Puskesmas Tolo',
    '✓',
    '',
    'BOK',
    84_000_000,
  ]); // 4 ok
  sheet.addRow([2, 'Kelas ibu hamil', 'SP-01', 'Gantarang', 'Puskesmas Tolo', '', 'v', 'APBD', 'delapan juta']); // 5 text amount
  sheet.addRow([
    3,
    'Pendampingan KRS',
    'SN-07',
    'Tolo',
    'TP PKK Kecamatan Kelara',
    '',
    '',
    'Hibah Luar Negeri',
    5_000_000,
  ]); // 6 unknown source
  sheet.addRow([4, 'Jambanisasi', 'SN-05', 'Rumbia', 'Puskesmas Tolo', '', '', 'DAK Fisik', 60_000_000]); // 7 village outside
  sheet.addRow([5, 'Sweeping imunisasi', 'SP-09', 'Tolo', 'Puskesmas Tolo', '', '', 'APBD', 1_000_000]); // 8 formula
  sheet.getCell('I8').value = { formula: 'SUM(1000000,2000000)', result: 3_000_000 };
  sheet.addRow([6, 'Rembuk stunting desa', '', 'Tombolo', 'Puskesmas Tolo', '', '', 'Dana Desa', 15_000_000]); // 9 ok
  sheet.addRow([7, 'Kampanye stunting', 'SN-10', 'Tolo', 'Puskesmas Tolo', '', '', 'APBD', 2_000_000]); // 10 merged
  sheet.addRow(['', '', '', 'Tolo', '', '', '', '', '']); // 11: B11 repeats B10's text, so a row of its own
  sheet.mergeCells('B10:B11');
}

describe('a deliberately broken file', () => {
  it('is reported problem by problem, by row and column, and nothing is imported', async () => {
    const file = await workbook(brokenSheet);
    const checked = await report(file);
    expect(checked).toMatchObject({
      mode: 'check',
      sheet: 'RAT 2026',
      rowsFound: 8,
      validRows: 2,
      clean: false,
      imported: 0,
    });
    const where = checked.problems.map((p) => [p.row, p.column, p.key, p.params.value]);
    expect(where).toEqual([
      [3, 'J', 'planImport.file.unknownHeader', 'Anggran Tambahan'],
      [5, 'I', 'planImport.cell.number', 'delapan juta'],
      [6, 'H', 'planImport.cell.fundingSourceUnknown', 'Hibah Luar Negeri'],
      [7, 'D', 'planImport.cell.villageOutsideArea', 'Rumbia'],
      [8, 'I', 'planImport.file.formula', '=SUM(1000000,2000000)'],
      [10, 'B', 'planImport.file.merged', 'B10:B11'],
    ]);
    for (const problem of checked.problems) {
      expect(problem.params).toMatchObject({ row: problem.row, column: problem.column });
    }
    expect(checked.problems[1]?.params).toMatchObject({ header: 'Pagu' });

    const refused = await report(file, { mode: 'import' });
    expect(refused).toMatchObject({ clean: false, imported: 0 });
    expect((await call('plans.get', { id: plan.id })).rows).toEqual([]);
  });

  it('imports only the valid rows after the check was confirmed, in one write', async () => {
    const file = await workbook(brokenSheet);
    expect(errorOf(await importFile(file, { mode: 'validOnly' })).details).toEqual([
      { path: 'checkedSha256', key: 'planImport.file.confirmFirst' },
    ]);
    const { sha256 } = await report(file);
    const done = await report(file, { mode: 'validOnly', checkedSha256: sha256 });
    expect(done).toMatchObject({ imported: 2, validRows: 2 });
    const rows = (await call('plans.get', { id: plan.id })).rows;
    expect(rows.map((r) => r.activity)).toEqual(['PMT lokal balita gizi kurang', 'Rembuk stunting desa']);
    expect(rows[0]).toMatchObject({
      interventionId: seeded('SP-08'),
      interventionKind: 'spesifik',
      scheduleMonths: maskOfMonths([0]),
      funding: [{ fundingSourceCode: 'DAK-NF-BOK', amount: 84_000_000 }],
      locations: [{ name: 'Tolo' }, { name: 'Tombolo' }],
      responsibleInstitutionName: 'Puskesmas Tolo',
    });
    expect(rows[1]).toMatchObject({ interventionKind: 'lainnya', funding: [{ fundingSourceCode: 'DD' }] });
    await call('planRows.applyBatch', { planId: plan.id, deletes: rows.map((r) => r.id) });
  });

  it('merged header cells stop the whole file, even for valid-only', async () => {
    const file = await workbook((wb) => {
      const sheet = wb.addWorksheet('Rencana Aksi');
      sheet.addRow(HEADER);
      sheet.addRow([1, 'PMT lokal', 'SP-08', 'Tolo', 'Puskesmas Tolo', '', '', 'BOK', 1_000_000]);
      sheet.mergeCells('H1:I1');
    });
    const checked = await report(file);
    expect(checked.problems.map((p) => [p.row, p.column, p.key])).toEqual([[1, 'H', 'planImport.file.mergedHeader']]);
    const done = await report(file, { mode: 'validOnly', checkedSha256: checked.sha256 });
    expect(done.imported).toBe(0);
  });
});

describe('files that are not a plan', () => {
  it('refuses empty workbooks, workbooks without a plan table, non-XLSX bytes and files over 5 MB', async () => {
    const empty = await report(await workbook((wb) => wb.addWorksheet('Lembar1')));
    expect(empty.problems).toEqual([{ row: null, column: null, key: 'planImport.file.empty', params: {} }]);

    const headerOnly = await report(await workbook((wb) => wb.addWorksheet('Rencana Aksi').addRow(HEADER)));
    expect(headerOnly.problems.map((p) => p.key)).toEqual(['planImport.file.empty']);

    const wrong = await report(
      await workbook((wb) => {
        wb.addWorksheet('Daftar Hadir').addRows([
          ['No', 'Nama', 'Jabatan'],
          [1, 'St. Meriam', 'Kepala DPPKB'],
        ]);
        wb.addWorksheet('Jumlah').addRow(['Per sumber dana', 'Anggaran (Rp)']);
      }),
    );
    expect(wrong.problems).toEqual([
      { row: null, column: null, key: 'planImport.file.noPlanSheet', params: { sheets: 'Daftar Hadir, Jumlah' } },
    ]);

    const notXlsx = errorOf(await importFile(Buffer.from('No;Kegiatan\n1;PMT').toString('base64')));
    expect(notXlsx.details).toEqual([{ path: 'dataBase64', key: 'planImport.file.notXlsx' }]);
    const brokenZip = errorOf(await importFile(Buffer.from([0x50, 0x4b, 3, 4, 9, 9, 9]).toString('base64')));
    expect(brokenZip.details).toEqual([{ path: 'dataBase64', key: 'planImport.file.notXlsx' }]);

    const big = Buffer.alloc(5 * 1024 * 1024 + 1);
    big.set([0x50, 0x4b, 3, 4]);
    const tooLarge = errorOf(await importFile(big.toString('base64')));
    expect(tooLarge.details).toEqual([
      { path: 'dataBase64', key: 'planImport.file.fileTooLarge', params: { maxMb: 5 } },
    ]);
  });

  it('reads headers the way offices write them and amounts written as Indonesian text', async () => {
    const other = await call('plans.create', { areaCode: '73.04.05', year: 2027, title: 'Rencana 2027' });
    const file = await workbook((wb) => {
      const sheet = wb.addWorksheet('Sheet1');
      sheet.addRow([
        'NO.',
        'Uraian Kegiatan',
        'Jenis',
        'Desa Lokus',
        'OPD Penanggung Jawab',
        'Jadwal',
        'Sumber Dana',
        'Anggaran (Rp)',
        'Ket.',
      ]);
      sheet.addRow([
        1,
        'Rembuk stunting desa',
        'Lainnya',
        'Gantarang',
        'Puskesmas Tolo',
        'TW I, TW III',
        'Dana Desa',
        'Rp 15.000.000,-',
        'Catatan',
      ]);
      sheet.addRow(['', '', '', '', '', '', 'APBD', '2.500.000', '']); // a second funding line
    });
    const done = await report(file, { mode: 'import' }, other.id);
    expect(done).toMatchObject({ clean: true, imported: 1 });
    const [row] = (await call('plans.get', { id: other.id })).rows;
    expect(row).toMatchObject({
      activity: 'Rembuk stunting desa',
      interventionKind: 'lainnya',
      scheduleMonths: maskOfMonths([0, 1, 2, 6, 7, 8]),
      notes: 'Catatan',
      funding: [
        { fundingSourceId: source('DD'), amount: 15_000_000 },
        { fundingSourceId: source('APBD'), amount: 2_500_000 },
      ],
    });
  });
});

describe('export → import', () => {
  it('gives back the same rows, in the printed column order, amounts as Rupiah numbers', async () => {
    const seededPlan = await seedPlanThroughApi(callerOf(core.dispatch) as never, {
      areaCode: '73.04',
      year: 2026,
      count: 120,
    });
    const planId = seededPlan.planId;
    const first = (await call('plans.get', { id: planId })).rows[0];
    // Text a spreadsheet would take for a formula stays text.
    await call('planRows.update', {
      id: first?.id as string,
      ...rowFieldsOf(first as never),
      activity: '=HYPERLINK("http://contoh")',
      notes: '+62 812 0000',
    });
    const exported = await jobDownload(call, { kind: 'planXlsx', input: { planId } });
    expect(exported.fileName).toMatch(/^Rencana Aksi - .*Kabupaten Jeneponto Tahun 2026\.xlsx$/);
    const bytes = Buffer.from(exported.dataBase64, 'base64');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as never);
    const sheet = wb.getWorksheet('Rencana Aksi');
    const headers = (sheet?.getRow(4).values as unknown[]).slice(1);
    expect(headers.slice(0, 4)).toEqual(['No', 'Kegiatan', 'Kode Sub Kegiatan', 'Intervensi']);
    expect(headers.indexOf('Jan')).toBeLessThan(headers.indexOf('Des'));
    expect(headers.indexOf('Des')).toBeLessThan(headers.indexOf('Sumber Dana'));
    expect(headers.indexOf('Sumber Dana')).toBe(headers.indexOf('Anggaran (Rp)') - 1);
    const amountColumn = headers.indexOf('Anggaran (Rp)') + 1;
    expect(typeof sheet?.getRow(5).getCell(amountColumn).value).toBe('number');
    expect(sheet?.getRow(5).getCell(amountColumn).numFmt).toBe('[$Rp-421]#,##0');
    expect(sheet?.getCell('B5').value).toBe('=HYPERLINK("http://contoh")');
    expect(sheet?.getCell('B5').formula).toBeUndefined();
    expect(wb.getWorksheet('Jumlah')).toBeDefined();
    const styles = strFromU8(unzipSync(bytes)['xl/styles.xml'] as Uint8Array);
    expect(styles).toContain('quotePrefix="1"');

    const copy = await call('plans.create', { areaCode: '73.04', year: 2027, title: 'Salinan' });
    const imported = await report(exported.dataBase64, { mode: 'import' }, copy.id);
    expect(imported.problems).toEqual([]);
    expect(imported.imported).toBe(120);
    const [original, again] = await Promise.all([
      call('plans.get', { id: planId }),
      call('plans.get', { id: copy.id }),
    ]);
    expect(again.rows.map(rowFieldsOf)).toEqual(original.rows.map(rowFieldsOf));
    expect(again.totals.overall).toBe(original.totals.overall);

    // Replacing the rows of a plan with the same file gives the same plan again.
    const replaced = await report(exported.dataBase64, { mode: 'import', replaceRows: true }, copy.id);
    expect(replaced.imported).toBe(120);
    expect((await call('plans.get', { id: copy.id })).rows.map(rowFieldsOf)).toEqual(original.rows.map(rowFieldsOf));
  }, 60_000);

  it('carries every field of a row, convergence actions and linked commitments included', async () => {
    const area = '73.04.05';
    const original = await call('plans.create', { areaCode: area, year: 2030, title: 'Rencana Aksi Kelara 2030' });
    const named = async (query: string) => (await call('institutions.list', { query })).items[0];
    const puskesmas = await named('Puskesmas Tolo');
    const pkk = await named('TP PKK Kecamatan Kelara');
    const actions = await call('convergenceActions.list', {});
    const meeting = await newMeeting(call, { title: 'Rakor TPPS Kelara — komitmen, tindak lanjut' });
    const commitment = (description: string, institutionId: string) =>
      call('commitments.create', { meetingId: meeting.id, institutionId, description });
    // Two commitments with the same wording by different institutions, one with a line break.
    const krs = await commitment('Memutakhirkan data KRS, per desa; setiap bulan', puskesmas?.id as string);
    const krsPkk = await commitment('Memutakhirkan data KRS, per desa; setiap bulan', pkk?.id as string);
    const kelas = await commitment('Kelas ibu hamil\ndi setiap desa', puskesmas?.id as string);
    const village = (await call('areas.children', { code: area }))[0]?.code as string;
    const full = {
      activity: 'Pendampingan keluarga berisiko stunting — “KRS”, tahap 1',
      budgetCode: '1.02.02.2.02.0033',
      interventionId: seeded('SN-07'),
      interventionKind: 'sensitif',
      convergenceActionId: actions.find((a) => a.scheme === 'skema2025' && a.number === 2)?.id as string,
      targetGroup: 'Keluarga berisiko stunting',
      indicator: 'Persentase keluarga berisiko yang didampingi',
      targetVolume: 1250.5,
      targetUnit: 'keluarga',
      locations: [village],
      responsibleInstitutionId: puskesmas?.id as string,
      supporterIds: [pkk?.id as string],
      scheduleMonths: maskOfMonths([0, 3, 11]),
      funding: [
        { fundingSourceId: source('DAK-NF-BOKB'), amount: 48_000_000 },
        { fundingSourceId: source('DD'), amount: 1_500_001 },
      ],
      status: 'in_progress',
      realisationPercent: 35,
      realisationAmount: 17_000_000,
      notes: 'Catatan; dengan titik koma, koma, dan\nbaris baru',
      commitmentIds: [krs.id, kelas.id, krsPkk.id],
    } as const;
    await call('planRows.create', { planId: original.id, ...full, locations: [...full.locations] } as never);
    await call('planRows.create', {
      planId: original.id,
      activity: 'Rembuk stunting kecamatan',
      convergenceActionId: actions.find((a) => a.scheme === 'aksi8' && a.number === 5)?.id as string,
    } as never);
    const before = (await call('plans.get', { id: original.id })).rows.map(rowFieldsOf);
    expect(before[0]?.commitmentIds).toHaveLength(3);
    expect(before[0]?.convergenceActionId).not.toBeNull();

    const exported = await jobDownload(call, { kind: 'planXlsx', input: { planId: original.id } });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(exported.dataBase64, 'base64') as never);
    const sheet = wb.getWorksheet('Rencana Aksi');
    const headers = (sheet?.getRow(4).values as unknown[]).slice(1);
    expect(headers.slice(-2)).toEqual(['Aksi Konvergensi', 'Komitmen Terkait']);
    const linked = String(sheet?.getRow(5).getCell(headers.length).value);
    expect(linked.split('\n')).toHaveLength(3);
    expect(linked).toContain('Memutakhirkan data KRS, per desa; setiap bulan — Puskesmas Tolo, 14 November 2025');

    const copy = await call('plans.create', { areaCode: area, year: 2031, title: 'Salinan 2031' });
    const imported = await report(exported.dataBase64, { mode: 'import' }, copy.id);
    expect(imported.problems).toEqual([]);
    expect(imported.imported).toBe(2);
    const again = (await call('plans.get', { id: copy.id })).rows.map(rowFieldsOf);
    // Every field, each row: the same as the plan that was exported.
    expect(again).toEqual(before);
    for (const key of Object.keys(full))
      expect(again[0]?.[key as keyof (typeof again)[0]], key).toEqual(before[0]?.[key as keyof (typeof before)[0]]);
  }, 60_000);

  it('names a convergence action or commitment it cannot find, by row and column', async () => {
    const target = await call('plans.create', { areaCode: '73.04.05', year: 2032, title: 'Uji 2032' });
    const file = await workbook((wb) => {
      const sheet = wb.addWorksheet('Rencana Aksi');
      sheet.addRow(['Kegiatan', 'Aksi Konvergensi', 'Komitmen Terkait']);
      sheet.addRow(['Rembuk stunting', '9. Aksi yang tidak ada', null]);
      sheet.addRow(['Kelas ibu hamil', null, 'Janji yang tidak pernah dibuat — Puskesmas Tolo, 1 Januari 2025']);
    });
    const checked = await report(file, { mode: 'check' }, target.id);
    expect(checked.problems.map((p) => [p.row, p.column, p.key])).toEqual([
      [2, 'B', 'planImport.cell.convergenceActionUnknown'],
      [3, 'C', 'planImport.cell.commitmentUnknown'],
    ]);
  });
});
