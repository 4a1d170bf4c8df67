import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openConnection } from '../../electron/db/connection';
import type { DocumentModel } from '../../shared/documents/model';
import { bareDocumentOf, drawBarePdf, writeBareDocx } from '../../bench/floors/bare-document';
import { tableVolumes, volumeAdded, writeBulkRows } from '../../bench/floors/bulk-rows';
import { record, replayOn } from '../../bench/floors/sql-replay';
import { staticLedgerHtml } from '../../bench/floors/static-ledger';
import { matrixModel } from '../../bench/support/documents';
import { pdfText } from './support/documents-tools';
import { cleanTempDirsAfterEach, tempDir } from './support/temp';

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
