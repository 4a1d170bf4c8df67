import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openConnection } from '../../../electron/db/connection';
import type { DocumentModel } from '../../../shared/documents/model';
import { bareDocumentOf, drawBarePdf, writeBareDocx } from '../../../bench/floors/bare-document';
import { cellsOfFormsZip, writeBareForms } from '../../../bench/floors/bare-forms';
import { cellsOfWorkbook } from '../../../bench/floors/xlsx-cells';
import { tableVolumes, volumeAdded, writeBulkRows } from '../../../bench/floors/bulk-rows';
import { record, replayOn } from '../../../bench/floors/sql-replay';
import { staticLedgerHtml } from '../../../bench/floors/static-ledger';
import { matrixModel } from '../../../bench/support/documents';
import { pdfText } from '../support/documents-tools';
import { flatJpeg, twoColourPng } from '../support/test-images';
import { cleanTempDirsAfterEach, tempDir } from '../support/temp';

cleanTempDirsAfterEach();

function fruitDb() {
  const db = new Database(join(tempDir(), 'fruit.sqlite'));
  db.exec(
    "CREATE TABLE fruit (id INTEGER PRIMARY KEY, name TEXT NOT NULL); INSERT INTO fruit (name) VALUES ('apel'), ('jeruk'), ('mangga')",
  );
  return db;
}

describe('the SQL floor: statements recorded and run again', () => {
  it('records every statement with its values and mode, transactions included, and replays them', async () => {
    const db = fruitDb();
    const count = db.prepare('SELECT count(*) FROM fruit').pluck();
    const byName = db.prepare('SELECT * FROM fruit WHERE name > ? ORDER BY name');
    const insert = db.prepare('INSERT INTO fruit (name) VALUES (@name)');
    const recording = await record(async () => {
      db.transaction(() => {
        count.get();
        byName.all('b');
        insert.run({ name: 'nanas' });
      })();
    });
    expect(recording.map(({ sql, method, mode, args }) => [sql, method, mode, args])).toEqual([
      ['BEGIN', 'run', 'objects', []],
      ['SELECT count(*) FROM fruit', 'get', 'pluck', []],
      ['SELECT * FROM fruit WHERE name > ? ORDER BY name', 'all', 'objects', ['b']],
      ['INSERT INTO fruit (name) VALUES (@name)', 'run', 'objects', [{ name: 'nanas' }]],
      ['COMMIT', 'run', 'objects', []],
    ]);
    // Run again: the plucked count (1 row) and the fruit after "b" (jeruk, mangga, nanas), one more insert.
    expect(replayOn(db, recording).run()).toBe(1 + 3);
    expect(count.get()).toBe(5);
    db.close();
  });

  it('stops recording when the work ends, also when it fails', async () => {
    const db = fruitDb();
    const all = db.prepare('SELECT name FROM fruit');
    await expect(
      record(async () => {
        all.all();
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const later = await record(async () => all.all());
    all.all();
    expect(later).toHaveLength(1);
    await expect(record(async () => undefined)).rejects.toThrow('ran no SQL');
    db.close();
  });
});

describe('the document floor: the same cells as a bare table', () => {
  const model: DocumentModel = {
    ...matrixModel(3),
    body: [
      { kind: 'heading', text: 'RENCANA AKSI' },
      { kind: 'fields', rows: [{ label: 'Tahun', value: '2026' }] },
      ...matrixModel(3).body.filter((block) => block.kind === 'table'),
    ],
  };

  it('keeps table rows as rows in the column widths, spans merged, and other blocks as text', () => {
    const bare = bareDocumentOf(model);
    expect(bare.items[0]).toEqual({ kind: 'text', text: 'RENCANA AKSI' });
    expect(bare.items[1]).toEqual({ kind: 'text', text: 'Tahun: 2026' });
    const rows = bare.items.filter((item) => item.kind === 'row');
    // Header, three rows, the totals row with "JUMLAH" spanning ten columns.
    expect(rows).toHaveLength(5);
    expect(rows[1]).toMatchObject({ widths: [4, 22, 8, 9, 14, 8, 12, 11, 6, 10, 10] });
    expect(rows[4]).toMatchObject({ widths: [104, 10], cells: ['JUMLAH', expect.any(String)] });
  });

  it('draws a PDF and writes a DOCX that hold the cells and the page numbers', async () => {
    const bare = bareDocumentOf(model);
    const pdf = join(tempDir(), 'bare.pdf');
    writeFileSync(pdf, await drawBarePdf(bare));
    const text = pdfText(pdf);
    expect(text).toContain('RENCANA AKSI');
    expect(text).toContain('JUMLAH');
    expect(text).toContain('Penanggung');
    expect(text).toContain('Halaman 1 dari 1');
    const docx = unzipSync(new Uint8Array(await writeBareDocx(bare)));
    const xml = strFromU8(docx['word/document.xml'] as Uint8Array);
    expect(xml).toContain('JUMLAH');
    expect(xml).toContain('w:orient="landscape"');
    expect(strFromU8(docx['word/footer1.xml'] as Uint8Array)).toContain('NUMPAGES');
    expect(Object.keys(docx).filter((name) => name.startsWith('word/fonts/'))).toHaveLength(4);
  });
});

describe('the document floor: charts and photos', () => {
  const png = twoColourPng(40, 20, [200, 30, 30], [30, 30, 200]);
  const jpeg = flatJpeg(30, 30, [20, 160, 60]);
  const model: DocumentModel = {
    ...matrixModel(1),
    page: { paper: 'A4', orientation: 'portrait', margins: { top: 20, right: 20, bottom: 20, left: 20 } },
    body: [
      {
        kind: 'drawing',
        width: 160,
        height: 60,
        description: 'Komitmen per sektor',
        shapes: [
          { type: 'rect', x: 0, y: 0, width: 40, height: 20, fill: '#336699' },
          { type: 'text', x: 0, y: 30, text: 'Kesehatan', size: 8 },
          { type: 'text', x: 50, y: 30, text: '42', size: 8 },
        ],
      },
      { kind: 'drawing', width: 160, height: 20, description: 'Garis saja', shapes: [] },
      {
        kind: 'image',
        bytes: png,
        type: 'png',
        pixelWidth: 40,
        pixelHeight: 20,
        orientation: 1,
        boxWidth: 80,
        boxHeight: 80,
        caption: 'Foto kegiatan',
        description: 'Posyandu',
      },
      {
        kind: 'image',
        bytes: jpeg,
        type: 'jpg',
        pixelWidth: 30,
        pixelHeight: 30,
        orientation: 1,
        boxWidth: 50,
        boxHeight: 40,
        description: 'Rapat',
      },
    ],
  };

  it('writes a chart as the line of its texts (its description when it has none) and fits a photo in its box', () => {
    const bare = bareDocumentOf(model);
    expect(bare.items.map((item) => item.kind)).toEqual(['text', 'text', 'image', 'text', 'image']);
    expect(bare.items[0]).toEqual({ kind: 'text', text: 'Kesehatan 42' });
    expect(bare.items[1]).toEqual({ kind: 'text', text: 'Garis saja' });
    expect(bare.items[2]).toEqual({ kind: 'image', bytes: png, type: 'png', width: 80, height: 40 });
    expect(bare.items[3]).toEqual({ kind: 'text', text: 'Foto kegiatan' });
    expect(bare.items[4]).toMatchObject({ type: 'jpg', width: 40, height: 40 });
  });

  it('embeds the photos in the PDF and the DOCX, beside the chart texts', async () => {
    const bare = bareDocumentOf(model);
    const pdf = join(tempDir(), 'bare-images.pdf');
    writeFileSync(pdf, await drawBarePdf(bare));
    expect(pdfText(pdf)).toContain('Kesehatan 42');
    const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).trim().split('\n').slice(2);
    // The PNG and the JPEG at their pixel sizes (pdfkit keeps the JPEG's bytes as they are: dct).
    expect(images.map((line) => line.trim().split(/\s+/).slice(3, 5).join('x'))).toEqual(['40x20', '30x30']);
    expect(images[1]).toMatch(/\bjpeg\b/);
    const docx = unzipSync(new Uint8Array(await writeBareDocx(bare)));
    const media = Object.keys(docx).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(2);
    expect(media.map((name) => docx[name]?.byteLength).sort()).toEqual([png.byteLength, jpeg.byteLength].sort());
    expect(strFromU8(docx['word/document.xml'] as Uint8Array)).toContain('Foto kegiatan');
  });
});

describe('the progress-forms floor: bare workbooks of the same cells in one ZIP', () => {
  it('writes each form as a workbook exceljs reads back with the same values, dates as serial days', async () => {
    const forms = [
      {
        name: 'Formulir Progres - Dinas Kesehatan.xlsx',
        sheet: {
          name: 'Formulir',
          rows: [
            ['FORMULIR LAPORAN PROGRES', null],
            ['No', 'Komitmen <KRS> & "sasaran"', 'Tenggat', 'Persen'],
            [1, 'Data keluarga berisiko', new Date(Date.UTC(2025, 11, 31)), 40],
          ],
        },
      },
      { name: 'Formulir Progres - Bappeda.xlsx', sheet: { name: 'Formulir', rows: [['Kode'], ['ABC-1']] } },
    ];
    const [health, planning] = ['Formulir Progres - Dinas Kesehatan.xlsx', 'Formulir Progres - Bappeda.xlsx'];
    const zip = writeBareForms(forms);
    const entries = unzipSync(zip);
    expect(Object.keys(entries)).toEqual(forms.map((form) => form.name));
    const sheet = strFromU8(
      unzipSync(entries[health as string] as Uint8Array)['xl/worksheets/sheet1.xml'] as Uint8Array,
    );
    expect(sheet).not.toContain(' s="');
    const read = await cellsOfFormsZip(zip);
    expect(read.map((form) => form.name)).toEqual(forms.map((form) => form.name));
    expect(read[0]?.sheet.name).toBe('Formulir');
    expect(read[0]?.sheet.rows).toEqual([
      ['FORMULIR LAPORAN PROGRES'],
      ['No', 'Komitmen <KRS> & "sasaran"', 'Tenggat', 'Persen'],
      [1, 'Data keluarga berisiko', 46022, 40],
    ]);
    expect(await cellsOfWorkbook(entries[planning as string] as Uint8Array)).toEqual([forms[1]?.sheet]);
  });
});

describe('the generator floor: as many rows and bytes with bulk inserts', () => {
  it('measures what a database gained and writes as many rows', async () => {
    const db = openConnection(join(tempDir(), 'volume.sqlite'));
    db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); CREATE TABLE areas (code TEXT)');
    const before = tableVolumes(db);
    const insert = db.prepare('INSERT INTO notes (body) VALUES (?)');
    for (let i = 0; i < 250; i++) insert.run('x'.repeat(40));
    db.exec("INSERT INTO areas VALUES ('73')");
    const added = volumeAdded(before, tableVolumes(db));
    // The areas table is the first-run load, not the generator's. Bytes: the bodies and the ids' digits.
    expect(added).toEqual([{ table: 'notes', rows: 250, bytes: 250 * 40 + (9 * 1 + 90 * 2 + 151 * 3) }]);
    db.close();
    const floor = openConnection(join(tempDir(), 'floor.sqlite'));
    expect(await writeBulkRows(floor, added)).toBeGreaterThan(0);
    expect(floor.prepare('SELECT count(*) AS n, max(length(payload)) AS size FROM t0').get()).toEqual({
      n: 250,
      size: 43,
    });
    floor.close();
  });
});

describe('the preview floor: a static page of the same rows', () => {
  it('writes the rows in the ledger roles with their texts escaped', () => {
    const html = staticLedgerHtml({
      total: 1,
      items: [
        {
          id: 'c1',
          institutionId: 'i1',
          institutionName: 'Puskesmas <Tolo>',
          institutionSector: 'kesehatan',
          contactPersonName: null,
          description: 'Data "KRS" & sasaran',
          dueDate: '2025-12-31',
          status: 'in_progress',
          overdue: false,
          lastUpdateOn: null,
          lastUpdateNote: null,
          lastUpdatePercent: null,
          meetingId: null,
          meetingTitle: 'Rakor TPPS',
          meetingDate: '2025-10-17',
          timeZone: 'WITA',
          areaNames: ['Kelara'],
          planRow: null,
          origin: null,
        },
      ],
    });
    expect(html).toContain('<div role="rowgroup">');
    expect(html.match(/role="row"/g)).toHaveLength(1);
    expect(html).toContain('Puskesmas &#60;Tolo&#62;');
    expect(html).toContain('Data &#34;KRS&#34; &#38; sasaran');
    expect(html).toContain('31 Desember 2025');
    expect(html).not.toContain('<script');
  });
});
