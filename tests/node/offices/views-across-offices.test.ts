import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../electron/db/connection';
import { buildKabupaten, type HeldOffice } from '../support/kabupaten';
import type { Call } from '../support/seed-rakor';
import ExcelJS from 'exceljs';
import { commitmentReportOf } from '../../../electron/documents/commitment-report';
import { openCore } from './kabupaten-host';
import { jobDownload } from '../support/jobs';
import { artifactsDir, pdfText } from '../support/documents-tools';
import { stopDocumentWorker } from '../../../electron/documents/worker/document-runner';
import { readFileSync, writeFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';

/**
 * Views across offices (issue 11): a kabupaten installation holding its own data and three
 * kecamatan offices' (received as a package import receives them) lists the offices, filters the
 * ledger, the dashboard, the meetings and plans lists by office, compares offices side by side,
 * marks other offices' records with their origin and consolidates the year's action plans. Every
 * figure is checked against a count in SQL.
 */
const NOW = new Date('2026-12-07T04:00:00Z');
const PERIOD = { kind: 'year', year: 2026, index: 1 } as const;

let dir: string;
let host: Awaited<ReturnType<typeof openCore>>;
let call: Call;
let db: Db;
let kabupaten: HeldOffice;
let kecamatan: HeldOffice[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sirakor-kabupaten-'));
  ({ kabupaten, kecamatan } = await buildKabupaten((d) => openCore(d, () => NOW), dir));
  host = await openCore(dir, () => NOW);
  call = host.call;
  db = host.core.store.db;
}, 120_000);
afterAll(async () => {
  await stopDocumentWorker();
  await host?.close();
  rmSync(dir, { recursive: true, force: true });
});

const count = (sql: string, ...params: unknown[]) =>
  (db
    .prepare(sql)
    .pluck()
    .get(...params) as number | null) ?? 0;

describe('a kabupaten holding kecamatan offices’ data', () => {
  it('lists its own office first, then every office whose records it holds', async () => {
    const offices = await call('offices.list', {});
    expect(offices.map((o) => o.name)).toEqual([
      'Sekretariat TPPS Kabupaten Jeneponto',
      'Kantor Camat Bangkala',
      'Kantor Camat Kelara',
      'Kantor Camat Rumbia',
    ]);
    expect(offices[0]).toMatchObject({ id: kabupaten.id, local: true });
    expect(offices.find((o) => o.name === 'Kantor Camat Rumbia')).toMatchObject({
      areaCode: '73.04.10',
      areaName: 'Rumbia',
      local: false,
    });
  });

  it('filters the ledger by office: totals equal the office’s listed commitments, each marked with its origin', async () => {
    for (const office of [kabupaten, ...kecamatan]) {
      const page = await call('commitments.ledger', { officeId: office.id, limit: 100 });
      expect(page.total).toBe(
        count('SELECT count(*) FROM commitments WHERE listed = 1 AND owner_office_id = ?', office.id),
      );
      expect(page.total).toBe(office.commitmentIds.length);
      expect(new Set(page.items.map((i) => i.id))).toEqual(new Set(office.commitmentIds));
      for (const item of page.items)
        expect(item.origin).toEqual(office === kabupaten ? null : { officeId: office.id, officeName: office.name });
    }
    const all = await call('commitments.ledger', { limit: 500 });
    expect(all.total).toBe(count('SELECT count(*) FROM commitments WHERE listed = 1'));
  });

  it('lists every kecamatan’s overdue commitments in one list, and each office’s and kecamatan’s apart', async () => {
    const overdue = await call('commitments.ledger', { overdueOnly: true, sort: 'due_asc', limit: 100 });
    const expected = [kabupaten, ...kecamatan].reduce((sum, o) => sum + o.overdue, 0);
    expect(overdue.total).toBe(expected);
    expect(overdue.items.every((i) => i.overdue)).toBe(true);
    const rumbia = kecamatan[1] as HeldOffice;
    const ofRumbia = await call('commitments.ledger', { overdueOnly: true, officeId: rumbia.id, limit: 100 });
    expect(ofRumbia.total).toBe(rumbia.overdue);
    const inRumbia = await call('commitments.ledger', { overdueOnly: true, areaCode: '73.04.10', limit: 100 });
    expect(inRumbia.total).toBe(rumbia.overdue);
  });

  it('compares offices side by side on the dashboard, and filters it by office', async () => {
    const summary = await call('dashboard.summary', { period: PERIOD, limit: 10 });
    expect(summary.byOffice.map((row) => row.label)).toEqual([
      'Kantor Camat Bangkala',
      'Kantor Camat Kelara',
      'Kantor Camat Rumbia',
      'Sekretariat TPPS Kabupaten Jeneponto',
    ]);
    for (const office of [kabupaten, ...kecamatan]) {
      const row = summary.byOffice.find((r) => r.key === office.id);
      const total = count(
        "SELECT count(*) FROM commitments WHERE listed = 1 AND owner_office_id = ? AND due_date BETWEEN '2026-01-01' AND '2026-12-31'",
        office.id,
      );
      expect(row).toMatchObject({ total, done: office.done, overdue: office.overdue });
      const counted = total - office.cancelled;
      expect(row?.completionRate).toBe(counted > 0 ? office.done / counted : null);
      const alone = await call('dashboard.summary', { period: PERIOD, limit: 10, officeId: office.id });
      expect({ total: alone.total, done: alone.done, overdue: alone.overdue }).toEqual({
        total,
        done: office.done,
        overdue: office.overdue,
      });
      expect(alone.byOffice.map((r) => r.key)).toEqual([office.id]);
    }
    expect(summary.byArea.map((row) => row.label)).toEqual(expect.arrayContaining(['Kelara', 'Rumbia', 'Bangkala']));
  });

  it('filters the meetings and plans lists by office and marks other offices’ records', async () => {
    for (const office of [kabupaten, ...kecamatan]) {
      const meetings = await call('meetings.list', { query: '', officeId: office.id, limit: 50, offset: 0 });
      expect(meetings.total).toBe(
        count(
          'SELECT count(*) FROM meetings WHERE deleted_at IS NULL AND is_template = 0 AND owner_office_id = ?',
          office.id,
        ),
      );
      expect(meetings.items.map((m) => m.id)).toEqual([office.meetingId]);
      expect(meetings.items[0]?.origin).toEqual(
        office === kabupaten ? null : { officeId: office.id, officeName: office.name },
      );
      const plans = await call('plans.list', { query: '', officeId: office.id, limit: 50, offset: 0 });
      expect(plans.items.map((p) => p.id)).toEqual(office.planId ? [office.planId] : []);
      for (const plan of plans.items)
        expect(plan.origin?.officeName ?? null).toBe(office === kabupaten ? null : office.name);
    }
    const institutions = await call('institutions.list', { query: 'Puskesmas', limit: 50, offset: 0 });
    const rumbia = institutions.items.find((i) => i.name === 'Puskesmas Rumbia');
    expect(rumbia?.origin?.officeName).toBe('Kantor Camat Rumbia');
    expect(institutions.items.find((i) => i.name === 'Puskesmas Jeneponto')?.origin).toBeNull();
  });

  it('consolidates the year’s action plans per kecamatan, intervention and funding source; the totals add up', async () => {
    const all = await call('plans.consolidated', { year: 2026 });
    const sql = (where: string) =>
      count(
        `SELECT coalesce(sum(f.amount), 0) FROM action_plans p JOIN plan_rows r ON r.plan_id = p.id AND r.deleted_at IS NULL
         JOIN plan_row_funding f ON f.row_id = r.id WHERE p.year = 2026 AND p.deleted_at IS NULL ${where}`,
      );
    expect(all.years).toEqual([2026]);
    expect(all.plans.map((p) => p.areaName)).toEqual(['Kabupaten Jeneponto', 'Kelara', 'Rumbia']);
    expect(all.total.amount).toBe(sql(''));
    expect(all.total.rows).toBe(
      count(
        'SELECT count(*) FROM plan_rows r JOIN action_plans p ON p.id = r.plan_id WHERE p.year = 2026 AND r.deleted_at IS NULL',
      ),
    );
    for (const plan of all.plans) {
      expect(plan.amount).toBe(sql(`AND p.id = '${plan.planId}'`));
      expect(Object.values(plan.byFunding).reduce((a, b) => a + b, 0)).toBe(plan.amount);
    }
    expect(all.plans.find((p) => p.areaName === 'Rumbia')?.origin?.officeName).toBe('Kantor Camat Rumbia');
    expect(all.interventions.reduce((sum, line) => sum + line.amount, 0)).toBe(all.total.amount);
    expect(all.interventions.reduce((sum, line) => sum + line.rows, 0)).toBe(all.total.rows);
    expect(all.funding.reduce((sum, line) => sum + line.amount, 0)).toBe(all.total.amount);
    // Kelara: 3 rows (1, 2, 3 million of APBD; 0.5 million of Dana Desa on the second).
    const kelara = all.plans.find((p) => p.areaName === 'Kelara');
    expect(kelara).toMatchObject({ rows: 3, amount: 6_500_000 });
    const rumbiaOnly = await call('plans.consolidated', { year: 2026, officeId: (kecamatan[1] as HeldOffice).id });
    expect(rumbiaOnly.plans.map((p) => p.areaName)).toEqual(['Rumbia']);
    expect(rumbiaOnly.total).toEqual({ plans: 1, rows: 2, amount: 3_500_000 });
    const defaultYear = await call('plans.consolidated', {});
    expect(defaultYear.year).toBe(2026);
  });

  it('names the office each commitment came from in the ledger XLSX and the commitment report', async () => {
    const file = await jobDownload(call, { kind: 'ledgerXlsx', input: { sort: 'due_asc' } });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Komitmen');
    const header = (sheet?.getRow(1).values as unknown[]).slice(1);
    expect(header[header.length - 1]).toBe('Asal data');
    const column = header.length;
    const origins = new Map<string, number>();
    sheet?.eachRow((row, n) => {
      if (n === 1) return;
      const office = String(row.getCell(column).value);
      origins.set(office, (origins.get(office) ?? 0) + 1);
    });
    expect(Object.fromEntries(origins)).toEqual(
      Object.fromEntries([kabupaten, ...kecamatan].map((o) => [o.name, o.commitmentIds.length])),
    );

    const { model } = commitmentReportOf(
      { db, now: () => NOW, dataDir: dir },
      { groupBy: 'institution', form: 'full', format: 'pdf', sort: 'due_asc', overdueOnly: false, query: '' },
    );
    const text = JSON.stringify(model);
    expect(text).toContain('Rakor TPPS Kecamatan Rumbia (20 Januari 2026) — dari Kantor Camat Rumbia');
    expect(text).toContain(
      'Rakor TPPS Kabupaten Jeneponto (20 Januari 2026) — dari Sekretariat TPPS Kabupaten Jeneponto',
    );
  });

  it('leaves the office out of an export of the office’s own commitments only', async () => {
    const file = await jobDownload(call, { kind: 'ledgerXlsx', input: { sort: 'due_asc', officeId: kabupaten.id } });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ExcelJS.Buffer);
    const header = (workbook.getWorksheet('Komitmen')?.getRow(1).values as unknown[]).slice(1);
    expect(header).not.toContain('Asal data');
  });
});

describe('printed action plans of other offices', () => {
  async function printed(planId: string, format: 'pdf' | 'docx', name: string): Promise<string> {
    const file = await jobDownload(call, { kind: 'planDocument', input: { planId, format, date: '2026-12-07' } });
    const path = join(artifactsDir(), `${name}.${format}`);
    writeFileSync(path, Buffer.from(file.dataBase64, 'base64'));
    return path;
  }

  it('name the office the plan came from, and are not signed for it by this office', async () => {
    const institution = await call('institutions.create', {
      name: 'Bappeda Jeneponto',
      sector: 'perencanaan',
      level: 'kabupaten',
    });
    const secretary = await call('people.create', {
      name: 'Ir. Andi Sekretaris',
      position: 'Kepala Bappeda Jeneponto',
      institutionId: institution.id,
    });
    const setup = await call('documents.setup', {});
    await call('documents.updateSetup', {
      settings: setup.settings,
      letters: { signerPersonId: secretary.id, signerHeading: 'KEPALA BAPPEDA,', copies: [] },
    });
    const rumbia = kecamatan.find((o) => o.name === 'Kantor Camat Rumbia') as HeldOffice;
    const theirs = pdfText(await printed(rumbia.planId as string, 'pdf', 'plan-of-rumbia')).replace(/\s+/g, ' ');
    expect(theirs).toContain('Data dari Kantor Camat Rumbia');
    // Their plan is signed by their TPPS chair (left to fill in by hand), never by this office's signer.
    expect(theirs).toContain('Ketua TPPS Kecamatan Rumbia,');
    // Dated at their place, not where it is printed.
    expect(theirs).toContain('Rumbia, 7 Desember 2026');
    expect(theirs).not.toContain('Jeneponto, 7 Desember 2026');
    expect(theirs).not.toContain('Andi Sekretaris');
    expect(theirs).not.toContain('KEPALA BAPPEDA');

    const docx = unzipSync(readFileSync(await printed(rumbia.planId as string, 'docx', 'plan-of-rumbia')));
    expect(strFromU8(docx['word/document.xml'] as Uint8Array)).toContain('Data dari Kantor Camat Rumbia');

    const own = pdfText(await printed(kabupaten.planId as string, 'pdf', 'plan-of-kabupaten')).replace(/\s+/g, ' ');
    expect(own).not.toContain('Data dari');
    expect(own).toContain('KEPALA BAPPEDA,');
    expect(own).toContain('Jeneponto, 7 Desember 2026');
  });
});
