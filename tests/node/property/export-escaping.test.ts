import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEETING_DOCUMENTS } from '../../../shared/domain/document-settings';
import type { FileDownload } from '../../../shared/domain/files';
import { startTestCore, valueOf } from '../support/temp';
import { jobDownload } from '../support/jobs';
import { callerOf } from '../support/seed-rakor';
import type { InputOf } from '../../../shared/api/contract';

/**
 * Text stored by anyone (typed, pasted, imported, or written to the database by another tool)
 * comes out of every XLSX export as text, never as a formula, and out of every DOCX as XML that
 * parses. Every free-text column the exports and documents show is overwritten in the database
 * with hostile text, so escaping is tested where it happens (the export), whatever the API's
 * trimming would have let through.
 */

type TestCore = Awaited<ReturnType<typeof startTestCore>>;

/** What a spreadsheet would run: =, +, -, @ first, or a tab or carriage return before them. */
const FORMULA_LIKE = [
  '=1+1',
  '=HYPERLINK("http://evil.example","klik")',
  "=cmd|' /C calc'!A0",
  '+62 812 3456',
  '+cmd|" /C calc"!A0',
  '-10% anemia',
  '-2+3',
  '@SUM(1+1)',
  '\t=1+1',
  '\r=1+1',
  '=1+1\n=2+2',
];
/** What breaks XML: markup characters, C0 controls, non-characters, lone surrogates. */
const XML_HOSTILE = [
  '<w:p>x</w:p> & <b>&amp;</b> "quotes" \'single\'',
  ']]> <![CDATA[ x',
  'NUL\u0000 BEL\u0007 BS\u0008 VT\u000b FF\u000c ESC\u001b US\u001f',
  'non-characters \ufffe \uffff',
  'lone surrogate \ud800 end',
  'RTL \u202e override \u200b zero width',
  '🤖 Ł ẵ “kutip”',
];

let core: TestCore;
let planId: string;
let meetingIds: string[];
let hostileCount = 0;

function overwriteText(table: string, columns: string[], values: readonly string[]): void {
  const rows = core.store.db.prepare(`SELECT id FROM ${table}`).all() as { id: string }[];
  const set = columns.map((c) => `${c} = ?`).join(', ');
  const update = core.store.db.prepare(`UPDATE ${table} SET ${set} WHERE id = ?`);
  rows.forEach((row, i) => {
    update.run(...columns.map((_, k) => values[(i + k) % values.length] as string), row.id);
    hostileCount += columns.length;
  });
}

beforeAll(async () => {
  core = await startTestCore();
  valueOf(await core.dispatch('demo.load', {}));
  const hostile = [...FORMULA_LIKE, ...XML_HOSTILE];
  overwriteText('commitments', ['description', 'indicator', 'target'], hostile);
  overwriteText('institutions', ['name', 'short_name', 'address'], [...hostile].reverse());
  overwriteText('people', ['name', 'position', 'rank'], hostile);
  overwriteText('meetings', ['title', 'venue', 'chair_role', 'invitation_number', 'summary'], hostile);
  overwriteText('agenda_items', ['title', 'notes'], hostile);
  overwriteText('minutes_entries', ['speaker_text', 'body'], hostile);
  overwriteText('decisions', ['body'], hostile);
  overwriteText('meeting_participants', ['free_name', 'free_position', 'stand_in_name'], hostile);
  overwriteText('commitment_updates', ['note', 'reported_by_text'], hostile);
  overwriteText('action_plans', ['title'], hostile);
  overwriteText('plan_rows', ['activity', 'target_group', 'indicator', 'target_unit', 'notes'], hostile);
  planId = (core.store.db.prepare('SELECT id FROM action_plans LIMIT 1').get() as { id: string }).id;
  meetingIds = (core.store.db.prepare('SELECT id FROM meetings').all() as { id: string }[]).map((m) => m.id);
});
afterAll(() => core.close());

/** The file of a job run to its end, as the app saves it. */
async function download(job: InputOf<'jobs.start'>): Promise<Uint8Array> {
  const file = await jobDownload(callerOf(core.dispatch), job);
  return new Uint8Array(Buffer.from(file.dataBase64, 'base64'));
}

/** Every cell of every sheet: no formula; text that looks like one is a string cell, as stored. */
async function expectNoFormulas(bytes: Uint8Array): Promise<number> {
  const files = unzipSync(bytes);
  for (const [name, content] of Object.entries(files)) {
    if (name.startsWith('xl/worksheets/')) expect(strFromU8(content), name).not.toMatch(/<f[\s>]/);
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  let formulaLike = 0;
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.type, `${sheet.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
        expect(cell.formula, `${sheet.name}!${cell.address}`).toBeFalsy();
        const text = typeof cell.value === 'string' ? cell.value : null;
        if (text !== null && /^[=+\-@\t\r]/.test(text)) {
          expect(cell.type, `${sheet.name}!${cell.address}`).toBe(ExcelJS.ValueType.String);
          formulaLike++;
        }
      }),
    );
  }
  return formulaLike;
}

/** Every XML part of the DOCX parses as well-formed XML 1.0 (saxes refuses what Word refuses). */
function expectWellFormedDocx(bytes: Uint8Array, label: string): void {
  const files = unzipSync(bytes);
  expect(Object.keys(files), label).toContain('word/document.xml');
  for (const [name, content] of Object.entries(files)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const parser = new SaxesParser({ xmlns: true });
    const errors: string[] = [];
    parser.on('error', (error) => errors.push(error.message));
    parser.write(strFromU8(content)).close();
    expect(errors, `${label}: ${name}`).toEqual([]);
  }
  const body = strFromU8(files['word/document.xml'] as Uint8Array);
  expect(body, label).not.toContain('<w:p>x</w:p>');
}

describe('exports keep hostile text as text', () => {
  it('has hostile text in the database', () => {
    expect(hostileCount).toBeGreaterThan(100);
  });

  it('commitments ledger XLSX: no formula anywhere, formula-like text in string cells', async () => {
    const bytes = await download({ kind: 'ledgerXlsx', input: {} });
    expect(await expectNoFormulas(bytes)).toBeGreaterThan(5);
  });

  it('action plan XLSX: no formula anywhere, formula-like text in string cells', async () => {
    const bytes = await download({ kind: 'planXlsx', input: { planId } });
    expect(await expectNoFormulas(bytes)).toBeGreaterThan(5);
  });

  it('meeting documents as DOCX are well-formed XML, every document of every meeting', async () => {
    let checked = 0;
    for (const meetingId of meetingIds) {
      for (const document of MEETING_DOCUMENTS) {
        const result = await core.dispatch('documents.meeting', { meetingId, document, format: 'docx' });
        if (!result.ok) {
          // A document a meeting cannot have yet (minutes of a meeting not held) is refused as data.
          expect(result.error.code, `${document} ${JSON.stringify(result.error)}`).not.toBe('INTERNAL');
          continue;
        }
        expectWellFormedDocx(
          new Uint8Array(Buffer.from((result.value as FileDownload).dataBase64, 'base64')),
          document,
        );
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(3);
  }, 60_000);

  it('the action plan matrix as DOCX is well-formed XML', async () => {
    expectWellFormedDocx(await download({ kind: 'planDocument', input: { planId, format: 'docx' } }), 'matrix');
  }, 60_000);

  it('the PDFs of the same documents are drawn without an error', async () => {
    for (const document of MEETING_DOCUMENTS) {
      const result = await core.dispatch('documents.meeting', { meetingId: meetingIds[0], document, format: 'pdf' });
      if (!result.ok) expect(result.error.code).not.toBe('INTERNAL');
    }
    const matrix = await download({ kind: 'planDocument', input: { planId, format: 'pdf' } });
    expect(Buffer.from(matrix.subarray(0, 5)).toString()).toBe('%PDF-');
  }, 60_000);
});
