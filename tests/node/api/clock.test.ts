import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileDownload } from '../../../shared/domain/files';
import { formatDateId } from '../../../shared/format/dates';
import { pdfText } from '../support/documents-tools';
import { newMeeting } from '../support/meetings';
import { callerOf, seedRakor, type Call, type SeedRakor } from '../support/seed-rakor';
import { startTestCore, tempDir } from '../support/temp';
import { jobDownload } from '../support/jobs';

/**
 * One clock: with the handlers' clock fixed, everything the host stamps carries that instant
 * (every `…_at` column of every table, the history, the backups) and every date a document takes
 * from "today" is that day, in the files' metadata too. Nothing reads the system clock behind it.
 */

const FIXED = new Date('2025-11-20T02:00:00.000Z');
/** The fixed instant's day in WITA (Jeneponto), which documents print as "today". */
const FIXED_DAY = '2025-11-20';
const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe('with a fixed clock', () => {
  let core: Awaited<ReturnType<typeof startTestCore>>;
  let call: Call;
  let seed: SeedRakor;
  const files = new Map<string, FileDownload>();

  beforeAll(async () => {
    core = await startTestCore({ now: () => FIXED });
    call = callerOf(core.dispatch);
    await call('settings.update', {
      office: {
        level: 'kecamatan',
        kabupatenCode: '73.04',
        kecamatanCode: '73.04.05',
        officeName: 'Kantor Camat Kelara',
      },
    });
    seed = await seedRakor(call, { approve: true });
    // Every kind of write: directory, meeting workflow, follow-up with evidence, plans, catalogue,
    // document settings, personal data, backups.
    const chair = seed.people.camatKelara;
    await call('people.update', {
      id: chair.id,
      name: chair.name,
      position: chair.position,
      institutionId: chair.institutionId,
      email: 'camat.kelara@example.go.id',
    });
    const extra = await call('people.create', { name: 'Orang Sementara', institutionId: seed.institutions.dppkb.id });
    await call('people.delete', { id: extra.id });
    await call('meetings.unlock', { id: seed.meeting.id, reason: 'Koreksi nama' });
    await call('meetings.approve', { id: seed.meeting.id });
    const [dppkb, bappeda] = seed.commitments;
    await call('commitments.setStatus', { id: (dppkb as { id: string }).id, status: 'done', note: 'Selesai' });
    await call('commitments.addUpdate', {
      commitmentId: (bappeda as { id: string }).id,
      reportedOn: FIXED_DAY,
      note: 'Draf disusun',
      percent: 40,
      statusAfter: 'in_progress',
      evidence: [{ name: 'foto.png', mediaType: 'image/png', dataBase64: PNG_1X1 }],
    });
    const plan = await call('plans.create', { areaCode: '73.04.05', year: 2026, title: 'Rencana Aksi Kelara 2026' });
    await call('planRows.applyBatch', {
      planId: plan.id,
      deletes: [],
      upserts: [{ activity: 'PMT lokal balita gizi kurang', locations: ['73.04.05.1001'] }],
    });
    await call('plans.copyToYear', { id: plan.id, year: 2027 });
    const source = await call('fundingSources.create', { code: 'CSR-1', name: 'CSR Bank Daerah' });
    await call('fundingSources.update', { id: source.id, code: source.code, name: 'CSR Bank Sulselbar' });
    await call('documents.setLogo', { name: 'logo.png', dataBase64: PNG_1X1 });
    await call('people.erase', { id: seed.people.pkkTolo.id, keepPosition: true });
    await call('backups.create', {});

    // Documents whose date is "today": an invitation to a meeting still ahead, the reports, the matrix.
    const ahead = await newMeeting(call, { date: '2025-12-05', chairPersonId: chair.id });
    for (const format of ['pdf', 'docx'] as const) {
      files.set(
        `undangan.${format}`,
        await call('documents.meeting', {
          meetingId: ahead.id,
          document: 'undangan',
          format,
          signerPersonId: chair.id,
        }),
      );
      files.set(
        `commitments.${format}`,
        await jobDownload(call, { kind: 'commitmentReport', input: { groupBy: 'institution', format } }),
      );
      files.set(
        `plan.${format}`,
        await jobDownload(call, { kind: 'planDocument', input: { planId: plan.id, format, schedule: 'months' } }),
      );
    }
    files.set('ledger.xlsx', await jobDownload(call, { kind: 'ledgerXlsx', input: {} }));
  }, 120_000);

  afterAll(() => core?.close());

  it('stamps every created, updated, deleted, approved, recorded and applied time, and the history, with it', () => {
    const db = core.store.db;
    const tables = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .all()
      .map((table) => table.name)
      .filter((name) => !/_(fts|search)/.test(name));
    const stamped: string[] = [];
    const others: string[] = [];
    for (const table of tables) {
      const columns = db
        .prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${table}')`)
        .all()
        .map((column) => column.name)
        .filter((name) => name.endsWith('_at') || (table === 'history' && name === 'at'));
      for (const column of columns) {
        // The catalogue migration 004 seeded carries its own fixed date until an entry is edited.
        const seeded = ['interventions', 'convergence_actions', 'funding_sources'].includes(table);
        const values = db
          .prepare<[], { value: string }>(
            `SELECT DISTINCT "${column}" AS value FROM "${table}" WHERE "${column}" IS NOT NULL
             ${seeded ? `AND NOT (is_seeded = 1 AND "${column}" = '2025-01-01T00:00:00.000Z')` : ''}`,
          )
          .all()
          .map((row) => row.value);
        if (values.length) stamped.push(`${table}.${column}`);
        // meeting_at is the meeting's own date and time, not a stamp.
        if (column === 'meeting_at') continue;
        for (const value of values) if (value !== FIXED.toISOString()) others.push(`${table}.${column} = ${value}`);
      }
    }
    expect(others).toEqual([]);
    // The check saw the tables the writes above touched.
    for (const column of [
      'people.created_at',
      'people.deleted_at',
      'meetings.approved_at',
      'commitment_updates.created_at',
      'evidence_files.created_at',
      'plan_rows.updated_at',
      'funding_sources.updated_at',
      'settings.updated_at',
      'meeting_recorded_names.recorded_at',
      'schema_migrations.applied_at',
      'history.at',
    ]) {
      expect(stamped).toContain(column);
    }
  });

  it('dates a status moved without a meeting, evidence folders and backups by it', async () => {
    const [dppkb] = seed.commitments;
    const detail = await call('commitments.detail', { id: (dppkb as { id: string }).id });
    expect(detail.updates.map((update) => update.reportedOn)).toContain(FIXED_DAY);
    const completed = core.store.db
      .prepare<[string], { completed_on: string }>('SELECT completed_on FROM commitments WHERE id = ?')
      .get((dppkb as { id: string }).id);
    expect(completed?.completed_on).toBe(FIXED_DAY);
    const stored = core.store.db.prepare<[], { stored_name: string }>('SELECT stored_name FROM evidence_files').all();
    expect(stored.map((file) => file.stored_name.slice(0, 5))).toEqual(['2025/']);
    const backups = await call('backups.list', {});
    expect(backups.map((backup) => backup.createdAt)).toContain(FIXED.toISOString());
  });

  it('prints that day wherever a document says "today", and dates the files by it', () => {
    const dir = tempDir();
    const printed = formatDateId(FIXED_DAY);
    for (const name of ['undangan.pdf', 'commitments.pdf', 'plan.pdf']) {
      const file = join(dir, name);
      writeFileSync(file, Buffer.from((files.get(name) as FileDownload).dataBase64, 'base64'));
      expect(pdfText(file), name).toContain(printed);
      const info = execFileSync('pdfinfo', ['-isodates', file], { encoding: 'utf8' });
      expect(/CreationDate:\s+(\S+)/.exec(info)?.[1], name).toBe('2025-11-20T02:00:00Z');
    }
    expect(files.get('commitments.pdf')?.fileName).toContain(FIXED_DAY);
    for (const name of ['undangan.docx', 'commitments.docx', 'plan.docx']) {
      const docx = unzipSync(Buffer.from((files.get(name) as FileDownload).dataBase64, 'base64'));
      const core = strFromU8(docx['docProps/core.xml'] as Uint8Array);
      expect(core, name).toContain(
        `<dcterms:created xsi:type="dcterms:W3CDTF">${FIXED.toISOString()}</dcterms:created>`,
      );
      expect(core, name).toContain(
        `<dcterms:modified xsi:type="dcterms:W3CDTF">${FIXED.toISOString()}</dcterms:modified>`,
      );
      expect(strFromU8(docx['word/document.xml'] as Uint8Array), name).toContain(printed);
    }
    expect(files.get('ledger.xlsx')?.fileName).toBe(`komitmen-${FIXED_DAY}.xlsx`);
  });
});
