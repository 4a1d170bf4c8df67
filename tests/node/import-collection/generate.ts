import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strToU8, unzipSync, Zip, ZipDeflate, zipSync } from 'fflate';

/**
 * A collection of malformed action-plan files (XLSX and CSV), each broken in one way an office's
 * file can be: wrong headers, bad encodings, formulas, merged cells, dates and numbers typed as
 * text, unknown villages, a hidden sheet, a truncated or renamed ZIP… Every file also holds valid
 * rows, so a partial import would show. `write` puts them in a folder for inspection.
 *
 * The files are made for a plan of Kecamatan Kelara (73.04.05) whose directory has "Puskesmas
 * Tolo" and the seed catalogue (SP-08, SP-01, BOK, APBD).
 */

export interface MalformedFile {
  /** Short id, also the file name's stem. */
  id: string;
  fileName: string;
  bytes: Uint8Array;
  /** What is wrong with it. */
  defect: string;
  /** Whether the refusal names a row (false for whole-file problems: not a workbook, too large…). */
  rowLevel: boolean;
}

export const HEADER = [
  'No',
  'Kegiatan',
  'Intervensi',
  'Lokasi (Desa)',
  'Penanggung Jawab',
  'Jan',
  'Feb',
  'Sumber',
  'Pagu',
];
export const GOOD_ROWS: (string | number)[][] = [
  [1, 'PMT lokal balita gizi kurang', 'SP-08', 'Tolo', 'Puskesmas Tolo', '✓', '', 'BOK', 84_000_000],
  [2, 'Kelas ibu hamil', 'SP-01', 'Gantarang', 'Puskesmas Tolo', '', '✓', 'APBD', 8_000_000],
];

type Cells = (string | number | Date | ExcelJS.CellValue)[];

async function xlsx(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A plan sheet: header, the good rows, then `extra` rows (sheet rows 4, 5… after a title row). */
function planSheet(extra: Cells[] = [], header: Cells = HEADER, name = 'Rencana Aksi') {
  return (wb: ExcelJS.Workbook): ExcelJS.Worksheet => {
    const sheet = wb.addWorksheet(name);
    sheet.addRow(['RENCANA AKSI KECAMATAN KELARA 2026']);
    sheet.addRow(header);
    for (const row of GOOD_ROWS) sheet.addRow(row);
    for (const row of extra) sheet.addRow(row);
    return sheet;
  };
}

const withRow = (row: Cells) => planSheet([row]);
const bad = (changes: Record<number, string | number | Date | ExcelJS.CellValue>): Cells => {
  const row: Cells = [
    3,
    'Pendampingan keluarga berisiko',
    'SP-08',
    'Tolo',
    'Puskesmas Tolo',
    '✓',
    '',
    'BOK',
    5_000_000,
  ];
  for (const [index, value] of Object.entries(changes)) row[Number(index)] = value;
  return row;
};

const csvText = (rows: (string | number)[][], separator = ';') =>
  rows
    .map((row) =>
      row
        .map((cell) => {
          const text = String(cell);
          return /[";\n,]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
        })
        .join(separator),
    )
    .join('\r\n');

const GOOD_CSV_ROWS: (string | number)[][] = GOOD_ROWS.map((row) =>
  row.map((cell) => (cell === 84_000_000 ? '84.000.000' : cell)),
);
const BOM = [0xef, 0xbb, 0xbf];
const utf8 = (text: string, bom = true) => new Uint8Array([...(bom ? BOM : []), ...Buffer.from(text, 'utf8')]);
const csvWith = (extra: (string | number)[][], header: (string | number)[] = HEADER) =>
  utf8(csvText([header, ...GOOD_CSV_ROWS, ...extra]));
const csvBad = (changes: Record<number, string | number>) => {
  const row: (string | number)[] = [
    3,
    'Pendampingan keluarga',
    'SP-08',
    'Tolo',
    'Puskesmas Tolo',
    '✓',
    '',
    'BOK',
    '5.000.000',
  ];
  for (const [index, value] of Object.entries(changes)) row[Number(index)] = value;
  return row;
};

/** Bytes that do not compress (a ZIP over the size limit must stay over it). */
function noise(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = 0x2545f491;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

export async function malformedFiles(): Promise<MalformedFile[]> {
  const files: MalformedFile[] = [];
  const add = (id: string, extension: 'xlsx' | 'csv', bytes: Uint8Array, defect: string, rowLevel = true) =>
    files.push({ id, fileName: `${id}.${extension}`, bytes, defect, rowLevel });
  const addXlsx = async (id: string, build: (wb: ExcelJS.Workbook) => unknown, defect: string, rowLevel = true) =>
    add(id, 'xlsx', await xlsx((wb) => void build(wb)), defect, rowLevel);

  const valid = await xlsx((wb) => planSheet()(wb));

  // Headers.
  await addXlsx('header-misspelt', planSheet([], [...HEADER, 'Anggran Tambahan']), 'a header nobody knows');
  await addXlsx(
    'header-no-activity',
    planSheet(
      [],
      HEADER.map((h) => (h === 'Kegiatan' ? 'Uraian X' : h)),
    ),
    'no Kegiatan column',
    false,
  );
  await addXlsx('header-duplicate', planSheet([], [...HEADER, 'Kegiatan']), 'Kegiatan twice');
  await addXlsx('header-duplicate-synonym', planSheet([], [...HEADER, 'Nama Kegiatan']), 'two names of one column');
  await addXlsx(
    'header-amount-no-source',
    planSheet(
      [],
      HEADER.filter((h) => h !== 'Sumber'),
    ),
    'Pagu without Sumber',
  );
  await addXlsx(
    'header-too-low',
    (wb) => {
      const sheet = wb.addWorksheet('Rencana Aksi');
      for (let i = 0; i < 16; i++) sheet.addRow([]);
      sheet.addRow(HEADER);
      for (const row of GOOD_ROWS) sheet.addRow(row);
    },
    'header below the first 15 rows',
    false,
  );
  await addXlsx(
    'header-formula',
    (wb) => {
      planSheet()(wb).getCell('I2').value = { formula: '"Pa"&"gu"', result: 'Pagu' } as ExcelJS.CellValue;
    },
    'a header computed by a formula',
  );
  await addXlsx(
    'header-merged',
    (wb) => {
      planSheet()(wb).mergeCells('F2:G2');
    },
    'merged header cells',
  );

  // Empty and broken containers.
  await addXlsx('empty-workbook', (wb) => wb.addWorksheet('Sheet1'), 'a workbook with one empty sheet', false);
  await addXlsx(
    'only-headers',
    (wb) => {
      wb.addWorksheet('Rencana Aksi').addRow(HEADER);
    },
    'headers and no rows',
    false,
  );
  add('zero-bytes', 'xlsx', new Uint8Array(0), 'a zero-byte file', false);
  add('pdf-renamed', 'xlsx', utf8('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF', false), 'a PDF renamed .xlsx', false);
  add('text-renamed', 'xlsx', utf8(csvText([HEADER, ...GOOD_CSV_ROWS]), false), 'a CSV renamed .xlsx', false);
  add('truncated-zip', 'xlsx', valid.slice(0, Math.floor(valid.length / 2)), 'the first half of a workbook', false);
  add(
    'zip-header-only',
    'xlsx',
    new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]),
    'a ZIP signature and nothing else',
    false,
  );
  add(
    'encrypted-ole',
    'xlsx',
    new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Buffer.from('EncryptionInfo EncryptedPackage')]),
    'a password-protected workbook (an OLE container with EncryptedPackage)',
    false,
  );
  const parts = unzipSync(valid);
  const rezip = (change: (files: Record<string, Uint8Array>) => void) => {
    const copy = { ...parts };
    change(copy);
    return zipSync(copy);
  };
  add('zip-not-xlsx', 'xlsx', zipSync({ 'readme.txt': strToU8('bukan buku kerja') }), 'a ZIP of a text file', false);
  add(
    'zip-bomb',
    'xlsx',
    withBomb(parts, 150),
    'a valid workbook with a part of 150 MB of zeros (~150 KB packed)',
    false,
  );
  add(
    'zip-no-workbook-part',
    'xlsx',
    rezip((f) => {
      delete f['xl/workbook.xml'];
    }),
    'a workbook without xl/workbook.xml',
    false,
  );
  add(
    'zip-broken-sheet-xml',
    'xlsx',
    rezip((f) => {
      f['xl/worksheets/sheet1.xml'] = strToU8('<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0');
    }),
    'a sheet whose XML is cut off',
    false,
  );
  add(
    'zip-encrypted-part',
    'xlsx',
    rezip((f) => {
      f['EncryptionInfo'] = noise(64);
      f['EncryptedPackage'] = noise(256);
      delete f['xl/workbook.xml'];
    }),
    'a ZIP carrying an encryption marker instead of the workbook',
    false,
  );
  add('too-large', 'xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...noise(5 * 1024 * 1024)]), 'over 5 MB', false);

  // Cells that cannot be read as shown.
  await addXlsx(
    'formula-amount',
    (wb) => {
      const sheet = planSheet([bad({})])(wb);
      sheet.getCell('I5').value = { formula: 'SUM(1000000,2000000)', result: 3_000_000 } as ExcelJS.CellValue;
    },
    'an amount computed by a formula',
  );
  await addXlsx(
    'formula-shared',
    (wb) => {
      const sheet = planSheet([bad({}), bad({ 0: 4 })])(wb);
      sheet.getCell('I5').value = { formula: 'H5*2', result: 1 } as ExcelJS.CellValue;
      sheet.getCell('I6').value = { sharedFormula: 'I5', result: 2 } as ExcelJS.CellValue;
    },
    'a shared formula',
  );
  await addXlsx(
    'formula-text-activity',
    withRow(bad({ 1: { formula: 'UPPER("x")', result: 'X' } as ExcelJS.CellValue })),
    'an activity computed by a formula',
  );
  await addXlsx(
    'cell-error',
    withRow(bad({ 8: { error: '#REF!' } as ExcelJS.CellValue })),
    'a #REF! error in an amount',
  );
  await addXlsx(
    'merged-body',
    (wb) => {
      planSheet([bad({}), bad({ 0: 4, 1: '' })])(wb).mergeCells('B5:B6');
    },
    'an activity merged over two rows',
  );
  await addXlsx('date-in-amount', withRow(bad({ 8: new Date(Date.UTC(2026, 2, 1)) })), 'a date where the amount goes');
  await addXlsx('date-text-amount', withRow(bad({ 8: '01/03/2026' })), 'a date typed as text in the amount');
  await addXlsx('date-text-tick', withRow(bad({ 5: '17 Okt 2025' })), 'a date typed in a month tick');
  await addXlsx(
    'amount-cents-text',
    withRow(bad({ 8: '1.000.000,50' })),
    'Rupiah with cents, typed the Indonesian way',
  );
  await addXlsx('amount-cents-number', withRow(bad({ 8: 1_000_000.5 })), 'Rupiah with cents, as a number');
  await addXlsx('amount-negative', withRow(bad({ 8: -5_000_000 })), 'a negative amount');
  await addXlsx('amount-negative-text', withRow(bad({ 8: '-5.000.000' })), 'a negative amount typed as text');
  await addXlsx('amount-words', withRow(bad({ 8: 'delapan juta' })), 'an amount in words');
  await addXlsx('amount-huge', withRow(bad({ 8: 1e16 })), 'an amount beyond Rp 10 triliun');
  await addXlsx('amount-mixed-separators', withRow(bad({ 8: '1,000.000.5' })), 'separators mixed up');
  await addXlsx('village-unknown', withRow(bad({ 3: 'Atlantis' })), 'a village that does not exist');
  await addXlsx('village-code-unknown', withRow(bad({ 3: '99.99.99.9999' })), 'a village code that does not exist');
  await addXlsx('village-outside-area', withRow(bad({ 3: '73.04.10.2001' })), 'a village of another kecamatan');
  await addXlsx('month-tick-13', withRow(bad({ 5: '13' })), 'a month tick holding 13');
  await addXlsx(
    'schedule-out-of-range',
    planSheet(
      [[3, 'Posyandu', 'SP-08', 'Tolo', 'Puskesmas Tolo', 'TW V']],
      ['No', 'Kegiatan', 'Intervensi', 'Lokasi (Desa)', 'Penanggung Jawab', 'Jadwal'],
    ),
    'quarter V',
  );
  await addXlsx(
    'schedule-month-13',
    planSheet(
      [[3, 'Posyandu', 'SP-08', 'Tolo', 'Puskesmas Tolo', 'Bulan 13']],
      ['No', 'Kegiatan', 'Intervensi', 'Lokasi (Desa)', 'Penanggung Jawab', 'Jadwal'],
    ),
    'month 13 in a schedule',
  );
  await addXlsx('intervention-unknown', withRow(bad({ 2: 'SP-99' })), 'an intervention not in the catalogue');
  await addXlsx('institution-unknown', withRow(bad({ 4: 'Dinas Antariksa' })), 'an institution not in the directory');
  await addXlsx('source-unknown', withRow(bad({ 7: 'Hibah Luar Negeri' })), 'a funding source not in the catalogue');
  await addXlsx('source-without-amount', withRow(bad({ 8: '' })), 'a source without its amount');
  await addXlsx('amount-without-source', withRow(bad({ 7: '' })), 'an amount without its source');
  await addXlsx(
    'source-repeated',
    planSheet([bad({}), ['', '', '', '', '', '', '', 'BOK', 1_000_000]]),
    'the same source twice on one activity',
  );
  await addXlsx(
    'continuation-first',
    (wb) => {
      const sheet = wb.addWorksheet('Rencana Aksi');
      sheet.addRow(HEADER);
      sheet.addRow(['', '', '', '', '', '', '', 'BOK', 1_000_000]);
      for (const row of GOOD_ROWS) sheet.addRow(row);
    },
    'a funding line before any activity',
  );
  await addXlsx('activity-missing', withRow(bad({ 1: '' })), 'a row without its activity');
  await addXlsx(
    'activity-too-long',
    withRow(bad({ 1: 'Kegiatan '.repeat(1_200) })),
    'an activity of 10,800 characters',
  );
  await addXlsx(
    'status-unknown',
    planSheet([[...bad({}), 'Tertunda']], [...HEADER, 'Status']),
    'a status nobody knows',
  );
  await addXlsx('percent-over', planSheet([[...bad({}), 150]], [...HEADER, 'Realisasi (%)']), 'realisation 150 %');
  await addXlsx(
    'budget-code-text',
    planSheet([[...bad({}), 'kode-abc']], [...HEADER, 'Kode Rekening']),
    'a budget code with letters',
  );
  await addXlsx(
    'kind-unknown',
    planSheet([[...bad({}), 'Super']], [...HEADER, 'Jenis Intervensi']),
    'an intervention kind nobody knows',
  );
  await addXlsx(
    'kind-mismatch',
    planSheet([[...bad({}), 'Sensitif']], [...HEADER, 'Jenis Intervensi']),
    'SP-08 marked sensitive',
  );
  await addXlsx(
    'hidden-plan-sheet',
    (wb) => {
      wb.addWorksheet('Catatan').addRow(['Lihat lembar lain']);
      planSheet()(wb).state = 'hidden';
    },
    'the plan on a hidden sheet',
    false,
  );
  await addXlsx(
    'very-hidden-plan-sheet',
    (wb) => {
      wb.addWorksheet('Sheet1');
      planSheet()(wb).state = 'veryHidden';
    },
    'the plan on a very hidden sheet',
    false,
  );
  await addXlsx(
    'sheets-without-plan',
    (wb) => {
      wb.addWorksheet('Sheet1').addRow(['Nama', 'Alamat']);
      wb.addWorksheet('Sheet2').addRow(['Bulan', 'Jumlah']);
      wb.addWorksheet('Sheet3').addRow([1, 2, 3]);
    },
    'three sheets, none with a plan',
    false,
  );
  await addXlsx(
    'sheets-two-plans',
    (wb) => {
      planSheet([bad({ 8: 'dua juta' })], HEADER, 'RAT 2026')(wb);
      planSheet([], HEADER, 'RAT 2025')(wb);
    },
    'two plan sheets, the first with a bad amount',
  );

  // CSV.
  add(
    'csv-windows-1252',
    'csv',
    new Uint8Array([
      ...Buffer.from(`${HEADER.join(';')}\r\n1;Pelatihan kader caf`),
      0xe9,
      ...Buffer.from(';SP-08;Tolo;Puskesmas Tolo;;;BOK;1000\r\n'),
    ]),
    'Windows-1252 (é as one byte)',
  );
  add(
    'csv-utf16',
    'csv',
    new Uint8Array([0xff, 0xfe, ...Buffer.from(`${HEADER.join(';')}\r\n`, 'utf16le')]),
    'UTF-16 with its byte-order mark',
  );
  add(
    'csv-overlong-utf8',
    'csv',
    new Uint8Array([
      ...csvWith([]),
      ...Buffer.from('\r\n3;Posyandu '),
      0xc0,
      0xaf,
      ...Buffer.from(';SP-08;Tolo;;;;;\r\n'),
    ]),
    'an overlong UTF-8 sequence on line 4',
  );
  add(
    'csv-nul',
    'csv',
    new Uint8Array([...csvWith([]), ...Buffer.from('\r\n3;Pos\u0000yandu;SP-08;Tolo;;;;;')]),
    'a NUL byte',
  );
  add('csv-empty', 'csv', new Uint8Array(0), 'a zero-byte CSV', false);
  add('csv-only-bom', 'csv', new Uint8Array(BOM), 'a byte-order mark and nothing else', false);
  add('csv-only-header', 'csv', utf8(HEADER.join(';')), 'headers only', false);
  add(
    'csv-wrong-headers',
    'csv',
    utf8(
      csvText([
        ['Nama', 'Alamat', 'Telepon'],
        ['Budi', 'Tolo', '0812'],
      ]),
    ),
    'not a plan at all',
    false,
  );
  add('csv-formula', 'csv', csvWith([csvBad({ 8: '=SUM(1000;2000)' })]), 'a formula as text');
  add('csv-dde', 'csv', csvWith([csvBad({ 1: "=cmd|' /C calc'!A0" })]), 'a DDE payload in the activity');
  add('csv-cents', 'csv', csvWith([csvBad({ 8: '1.000.000,50' })]), 'Rupiah with cents');
  add('csv-negative', 'csv', csvWith([csvBad({ 8: '-5.000' })]), 'a negative amount');
  add('csv-date-amount', 'csv', csvWith([csvBad({ 8: '17/10/2025' })]), 'a date in the amount');
  add('csv-month-tick', 'csv', csvWith([csvBad({ 5: 'x13' })]), 'a month tick holding x13');
  add('csv-village-unknown', 'csv', csvWith([csvBad({ 3: 'Desa Fiktif' })]), 'a village that does not exist');
  add(
    'csv-unclosed-quote',
    'csv',
    utf8(`${csvText([HEADER, ...GOOD_CSV_ROWS])}\r\n3;"Posyandu;SP-08;Tolo;;;;;\r\n`),
    'a quote never closed',
  );
  add(
    'csv-comma-unknown-source',
    'csv',
    utf8(csvText([HEADER, ...GOOD_ROWS, csvBad({ 7: 'Dana Desa Fiktif', 8: '5000000' })], ',')),
    'comma-separated, a source nobody knows',
  );
  add(
    'csv-tab-long-text',
    'csv',
    utf8(csvText([HEADER, ...GOOD_ROWS, csvBad({ 1: 'x'.repeat(5_000) })], '\t')),
    'tab-separated, an activity of 5,000 characters',
  );
  add(
    'csv-too-many-rows',
    'csv',
    utf8(
      csvText([
        HEADER,
        ...Array.from({ length: 20_001 }, (_, i) => [i + 1, `Kegiatan ${i + 1}`, '', 'Tolo', '', '', '', '', '']),
      ]),
    ),
    '20,001 rows',
    false,
  );
  add(
    'csv-too-large',
    'csv',
    utf8(`${HEADER.join(';')}\r\n` + '1;PMT;;;;;;;\r\n'.repeat(400_000)),
    'over 5 MB of text',
    false,
  );
  return files;
}

/** Writes the collection to `dir` (for a look with Excel or LibreOffice). */
export async function writeCollection(dir: string): Promise<MalformedFile[]> {
  const files = await malformedFiles();
  mkdirSync(dir, { recursive: true });
  for (const file of files) writeFileSync(join(dir, file.fileName), file.bytes);
  return files;
}

/** A valid file of each kind, the base the malformed ones are broken from. */
export async function controlFiles(): Promise<{ xlsx: Uint8Array; csv: Uint8Array; csvComma: Uint8Array }> {
  return {
    xlsx: await xlsx((wb) => planSheet()(wb)),
    csv: csvWith([]),
    csvComma: utf8(csvText([HEADER, ...GOOD_ROWS], ','), false),
  };
}

/**
 * The parts of a workbook plus one that unpacks to `unpackedMb` megabytes of zeros, written as a
 * stream so the test never holds the unpacked bytes itself.
 */
function withBomb(parts: Record<string, Uint8Array>, unpackedMb: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, data) => {
    if (error) throw error;
    chunks.push(data);
  });
  for (const [name, data] of Object.entries(parts)) {
    const part = new ZipDeflate(name);
    zip.add(part);
    part.push(data, true);
  }
  const bomb = new ZipDeflate('xl/media/image1.bin', { level: 9 });
  zip.add(bomb);
  const megabyte = new Uint8Array(1024 * 1024);
  for (let i = 0; i < unpackedMb; i += 1) bomb.push(megabyte, i === unpackedMb - 1);
  zip.end();
  return Buffer.concat(chunks);
}
