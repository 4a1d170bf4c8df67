import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DirectoryImportReport } from '../../../shared/domain/directory-import';
import { jobDownload } from '../support/jobs';
import { callerOf, type Call } from '../support/seed-rakor';
import { errorOf, startTestCore } from '../support/temp';
import { indonesianText } from '../support/indonesian';

type TestCore = Awaited<ReturnType<typeof startTestCore>>;

let core: TestCore;
let call: Call;

beforeAll(async () => {
  core = await startTestCore();
  call = callerOf(core.dispatch);
  await call('demo.load', {});
  const meriam = (await call('people.list', { query: 'Meriam' })).items[0];
  await call('people.update', {
    id: meriam?.id as string,
    name: 'St. Meriam',
    position: 'Kepala DPPKB Kabupaten Jeneponto',
    institutionId: meriam?.institutionId ?? null,
    nip: '196801011990032005',
    phone: '081244556677',
  });
}, 60_000);

afterAll(() => core.close());

const count = (table: string) =>
  core.store.db.prepare(`SELECT count(*) FROM ${table} WHERE deleted_at IS NULL`).pluck().get();

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function input(bytes: Uint8Array, mode: 'check' | 'import' = 'check', extra: object = {}, fileName = 'direktori.xlsx') {
  return { fileName, dataBase64: Buffer.from(bytes).toString('base64'), mode, ...extra };
}

async function checkThenImport(bytes: Uint8Array, fileName?: string) {
  const checked = await call('directory.importXlsx', input(bytes, 'check', {}, fileName));
  const imported = await call(
    'directory.importXlsx',
    input(bytes, 'import', { checkedSha256: checked.sha256 }, fileName),
  );
  return { checked, imported };
}

describe('the directory from and to Excel', () => {
  it('exports the directory (a job), which imports back as nothing new', async () => {
    const file = await jobDownload(call, { kind: 'directoryXlsx', input: {} });
    const bytes = new Uint8Array(Buffer.from(file.dataBase64, 'base64'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Instansi', 'Orang']);
    const people = wb.getWorksheet('Orang') as ExcelJS.Worksheet;
    expect((people.getRow(1).values as string[]).slice(1)).toEqual([
      'Nama',
      'Jabatan',
      'Instansi',
      'NIP',
      'Pangkat/Golongan',
    ]);
    const meriam = people.getRows(2, people.rowCount - 1)?.find((r) => r.getCell(1).text === 'St. Meriam');
    expect(meriam?.getCell(4).value).toBe('196801011990032005');
    expect(JSON.stringify(people.getSheetValues())).not.toContain('081244556677');
    const withContacts = await jobDownload(call, { kind: 'directoryXlsx', input: { includeContacts: true } });
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(Buffer.from(withContacts.dataBase64, 'base64') as unknown as ArrayBuffer);
    expect(JSON.stringify(wb2.getWorksheet('Orang')?.getSheetValues())).toContain('081244556677');

    const before = [count('institutions'), count('people')];
    const { checked, imported } = await checkThenImport(bytes);
    expect(checked.problems).toEqual([]);
    expect(checked.counts).toEqual({
      institutions: { new: 0, duplicate: 12 },
      people: { new: 0, duplicate: 12 },
      errors: 0,
    });
    expect(imported.imported).toEqual({ institutions: 0, people: 0 });
    expect([count('institutions'), count('people')]).toEqual(before);
  });

  it('adds new institutions and people (linked to an institution of the same file), skipping what is there', async () => {
    const bytes = await workbook((wb) => {
      const inst = wb.addWorksheet('Instansi');
      inst.addRow(['Nama', 'Singkatan', 'Sektor', 'Tingkat', 'Kode wilayah', 'Alamat']);
      inst.addRow(['UPT Puskesmas Tolo', 'Puskesmas Tolo', 'Kesehatan', 'Kecamatan', '73.04.05', 'Jl. Poros Tolo']);
      inst.addRow(['Kantor Urusan Agama Kecamatan Kelara', 'KUA Kelara', 'Agama', 'Kecamatan', '73.04.05', null]);
      inst.addRow(['UPT Puskesmas Rumbia', null, 'Kesehatan', 'Kecamatan', '73.04.10', null]);
      const people = wb.addWorksheet('Orang');
      people.addRow(['Nama', 'Jabatan', 'Instansi', 'NIP', 'Pangkat/Golongan', 'No. HP']);
      people.addRow([
        'Hj. Rosmini, S.ST.',
        'Bidan Koordinator',
        'Puskesmas Tolo',
        '19800505 200501 2 014',
        'Penata, III/c',
        '0813-1111-2222',
      ]);
      people.addRow(['H. Baharuddin, S.Ag.', 'Kepala KUA Kecamatan Kelara', 'KUA Kelara', null, null, 81322223333]);
      people.addRow(['Meriam', 'Kepala DPPKB', 'DPPKB', '196801011990032005', null, null]);
      people.addRow(['Hasnawati (contoh)', 'Ketua TP PKK Kelurahan Tolo', 'TP PKK Kelurahan Tolo', null, null, null]);
    });
    const { checked, imported } = await checkThenImport(bytes);
    expect(checked.problems).toEqual([]);
    expect(checked.rows.map((r) => [r.kind, r.sheetRow, r.outcome, r.duplicateOf])).toEqual([
      ['institution', 2, 'new', null],
      ['institution', 3, 'new', null],
      ['institution', 4, 'duplicate', 'UPT Puskesmas Rumbia'],
      ['person', 2, 'new', null],
      ['person', 3, 'new', null],
      ['person', 4, 'duplicate', 'NIP 196801011990032005'],
      ['person', 5, 'duplicate', 'Hasnawati (contoh)'],
    ]);
    expect(imported.imported).toEqual({ institutions: 2, people: 2 });
    const rosmini = (await call('people.list', { query: 'Rosmini' })).items[0];
    expect(rosmini).toMatchObject({
      institutionName: 'UPT Puskesmas Tolo',
      nip: '198005052005012014',
      rank: 'Penata, III/c',
    });
    const kua = (await call('people.list', { query: 'Baharuddin' })).items[0];
    expect(kua?.institutionName).toBe('Kantor Urusan Agama Kecamatan Kelara');
    expect((await call('people.get', { id: kua?.id as string })).phone).toBe('081322223333');
    const history = core.store.db
      .prepare("SELECT action FROM history WHERE entity = 'person' AND entity_id = ?")
      .pluck()
      .all(rosmini?.id);
    expect(history).toEqual(['create']);
  });

  it('refuses a file with problems row by row, in Indonesian, and imports nothing of it', async () => {
    const bytes = await workbook((wb) => {
      const inst = wb.addWorksheet('Instansi');
      inst.addRow(['Nama', 'Sektor', 'Tingkat', 'Kode wilayah']);
      inst.addRow(['Puskesmas Bontotiro', 'Kesehatan', 'Kecamatan', '73.04.10']);
      inst.addRow(['Posyandu Mawar', 'Gizi', 'Desa', null]);
      inst.addRow(['Kantor Desa Bontotiro', 'Pemerintahan', 'Desa', '99.99.99']);
      const people = wb.addWorksheet('Orang');
      people.addRow(['Nama', 'Jabatan', 'Instansi', 'NIP', 'Telepon']);
      people.addRow(['Andi Tenri', 'Bidan Desa', 'Puskesmas Bontotiro', Number('199001012015032001'), null]);
      people.addRow(['Andi Sitti', 'Kader', 'Posyandu Melati', null, null]);
      people.addRow(['Andi Baso', 'Staf', null, '1990', null]);
      people.addRow([{ formula: 'CONCAT("A","B")' }, 'Staf', null, null, null]);
      people.addRow(['Nurhayati', 'Staf', null, null, '12-ab']);
    });
    const before = [count('institutions'), count('people')];
    const report: DirectoryImportReport = await call('directory.importXlsx', input(bytes));
    const keys = report.problems.map((p) => [p.key, p.params.sheet, p.row, p.column]);
    expect(keys).toEqual([
      ['directoryImport.sector', 'Instansi', 3, 'B'],
      ['directoryImport.areaUnknown', 'Instansi', 4, 'D'],
      ['directoryImport.nipAsNumber', 'Orang', 2, 'D'],
      ['directoryImport.institutionUnknown', 'Orang', 3, 'C'],
      ['directoryImport.nip', 'Orang', 4, 'D'],
      // One message for the cell: the formula, not also "required".
      ['directoryImport.formula', 'Orang', 5, 'A'],
      ['directoryImport.phone', 'Orang', 6, 'E'],
    ]);
    for (const problem of report.problems)
      expect(indonesianText(problem.key, problem.params)).toMatch(
        new RegExp(`^Lembar \\w+, baris ${problem.row}, kolom `),
      );
    const applied = await call('directory.importXlsx', input(bytes, 'import', { checkedSha256: report.sha256 }));
    expect(applied.imported).toEqual({ institutions: 0, people: 0 });
    expect([count('institutions'), count('people')]).toEqual(before);
    expect(errorOf(await core.dispatch('directory.importXlsx', input(bytes, 'import')))).toMatchObject({
      details: [{ path: 'checkedSha256', key: 'directoryImport.confirmFirst' }],
    });
  });

  it('reads people from a CSV as Excel in Indonesian settings saves it', async () => {
    const csv =
      '\ufeffNama;Jabatan;Instansi;NIP\r\nSyamsul Bahri, S.Sos.;Sekretaris Camat;Kantor Camat Kelara;"19750404 199903 1 006"\r\n';
    const { checked, imported } = await checkThenImport(new Uint8Array(Buffer.from(csv)), 'orang.csv');
    expect(checked.rows.map((r) => [r.kind, r.outcome])).toEqual([['person', 'new']]);
    expect(imported.imported).toEqual({ institutions: 0, people: 1 });
    expect((await call('people.list', { query: 'Syamsul' })).items[0]?.institutionName).toBe('Kantor Camat Kelara');
  });
});
