import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import type { ChangeEvent, InputOf, MethodName, OutputOf } from '../../../shared/api/contract';
import { pdfPages } from '../support/documents-tools';
import { valueOf } from '../support/temp';
import { expectAnswering, jobFilesOf, jobsOn, tenYearCore } from '../support/ten-year-jobs';

/**
 * Issue 17: every kind of job on the ten-year dataset (50,000 commitments, 3,000-row plans): its
 * progress arrives, Batal stops the work on the host (no file, no backup, no temporary file left,
 * a restore leaves the live data),
 * and a ledger page asked for meanwhile answers within 200 ms of the time it takes without a job.
 */
let core: Core;
let workDir: string;
let dataDir: string;
let planId: string;
const events: ChangeEvent[] = [];
const withoutJob: number[] = [];

async function call<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  return valueOf(await core.dispatch(method, input)) as OutputOf<M>;
}

const { ledgerRequestMs, jobOf, follow, start } = jobsOn(call);

function eventsOf(id: string): ChangeEvent[] {
  return events.filter((event) => event.entities.includes('jobs') && event.ids?.jobs?.includes(id));
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 700));

beforeAll(async () => {
  ({ core, workDir, dataDir } = await tenYearCore('sirakor-jobs-test-'));
  core.subscribe((event) => events.push(event));
  const plans = await call('plans.list', { limit: 100 });
  const largest = [...plans.items].sort((a, b) => b.rowCount - a.rowCount)[0];
  planId = largest?.id as string;
  expect(largest?.rowCount).toBe(3000);
  await ledgerRequestMs();
  for (let i = 0; i < 15; i++) withoutJob.push(await ledgerRequestMs());
}, 900_000);

afterAll(() => {
  core?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('jobs on the ten-year dataset', () => {
  it('the plan matrix PDF: progress, then Batal stops the drawing in the host (no file)', async () => {
    const job = await start({ kind: 'planDocument', input: { planId, format: 'pdf' } });
    expect(job.label).toContain('Kabupaten Jeneponto');
    // Cancelled once the host is drawing (step 1 of 3: the rows are read).
    const followed = await follow(job.id, (progress) => progress.done >= 1);
    expect(followed.job.state).toBe('cancelled');
    expect(followed.progress.some((p) => p.total === 3 && p.done >= 1)).toBe(true);
    expect(eventsOf(job.id).length).toBeGreaterThan(1);
    await settle();
    expect(jobFilesOf(job.id)).toEqual([]);
    const file = await core.dispatch('jobs.file', { id: job.id });
    expect(file.ok ? null : file.error.message.key).toBe('jobs.error.noFile');
    expectAnswering(withoutJob, followed.during, 'plan PDF');
  }, 300_000);

  it('the plan XLSX: done, with its file, removed when the notice is closed', async () => {
    const job = await start({ kind: 'planXlsx', input: { planId } });
    const followed = await follow(job.id);
    expect(followed.job.state).toBe('done');
    expect(followed.job.result).toMatchObject({ kind: 'file', fileName: expect.stringMatching(/\.xlsx$/) });
    const file = await call('jobs.file', { id: job.id });
    expect(Buffer.from(file.dataBase64, 'base64').subarray(0, 2).toString()).toBe('PK');
    expectAnswering(withoutJob, followed.during, 'plan XLSX');
    await call('jobs.dismiss', { id: job.id });
    expect(jobFilesOf(job.id)).toEqual([]);
  }, 300_000);

  it('the ledger XLSX of 50,000 rows: progress in rows, then Batal stops the worker (no file)', async () => {
    const job = await start({ kind: 'ledgerXlsx', input: { sort: 'due_asc' } });
    const followed = await follow(job.id, (progress) => progress.done >= 5_000);
    expect(followed.job.state).toBe('cancelled');
    const rows = followed.progress.filter((p) => p.total === 50_000);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.at(-1)?.done).toBeGreaterThanOrEqual(5_000);
    expect(rows.at(-1)?.done).toBeLessThan(50_000);
    await settle();
    expect(jobFilesOf(job.id)).toEqual([]);
    expectAnswering(withoutJob, followed.during, 'ledger XLSX');
  }, 300_000);

  it('a manual backup: progress in bytes, and Batal leaves no backup and no temporary copy', async () => {
    const backupsDir = join(dataDir, 'backups');
    const job = await start({ kind: 'backup', input: {} });
    const followed = await follow(job.id, (progress) => progress.done > 0);
    expect(followed.job.state).toBe('cancelled');
    expect(followed.progress.some((p) => p.total !== null && p.total > 600_000_000 && p.done > 0)).toBe(true);
    await settle();
    expect(existsSync(backupsDir) ? readdirSync(backupsDir) : []).toEqual([]);
    expect(await call('backups.list', {})).toEqual([]);

    // Run to its end, it is listed, and the job names it.
    const full = await start({ kind: 'backup', input: {} });
    const done = await follow(full.id);
    expect(done.job.state).toBe('done');
    const [backup] = await call('backups.list', {});
    expect(done.job.result).toEqual({ kind: 'backup', backupId: backup?.id });
    expect(eventsOf(full.id).some((event) => event.entities.includes('backups'))).toBe(true);
    expectAnswering(withoutJob, [...followed.during, ...done.during], 'backup');
  }, 600_000);

  it('the semester report: progress in steps, Batal stops the drawing (no file), then done with its PDF', async () => {
    const input = { period: { kind: 'semester', year: 2024, semester: 2 }, format: 'pdf' } as const;
    const job = await start({ kind: 'semesterReport', input });
    const stopped = await follow(job.id, (progress) => progress.done >= 1);
    expect(stopped.job.state).toBe('cancelled');
    expect(stopped.progress.some((p) => p.total === 3 && p.done >= 1)).toBe(true);
    await settle();
    expect(jobFilesOf(job.id)).toEqual([]);

    const full = await start({ kind: 'semesterReport', input });
    const done = await follow(full.id);
    expect(done.job.state).toBe('done');
    expect(done.job.result).toMatchObject({ kind: 'file', fileName: 'Laporan Semester II 2024.pdf' });
    const file = await call('jobs.file', { id: full.id });
    const pdf = join(workDir, 'semester.pdf');
    writeFileSync(pdf, Buffer.from(file.dataBase64, 'base64'));
    expect(pdfPages(pdf).join(' ')).toContain('LAPORAN PELAKSANAAN PERCEPATAN PENURUNAN STUNTING');
    expectAnswering(withoutJob, [...stopped.during, ...done.during], 'semester report');
  }, 300_000);

  it('the directory export: done with its workbook; Batal leaves no file', async () => {
    const job = await start({ kind: 'directoryXlsx', input: { includeContacts: false } });
    await call('jobs.cancel', { id: job.id });
    await settle();
    expect((await jobOf(job.id)).state).toBe('cancelled');
    expect(jobFilesOf(job.id)).toEqual([]);

    const full = await start({ kind: 'directoryXlsx', input: { includeContacts: false } });
    const done = await follow(full.id);
    expect(done.job.state).toBe('done');
    expect(done.job.result).toMatchObject({ kind: 'file', fileName: expect.stringMatching(/^Direktori .*\.xlsx$/) });
    const file = await call('jobs.file', { id: full.id });
    expect(Buffer.from(file.dataBase64, 'base64').subarray(0, 2).toString()).toBe('PK');
    expectAnswering(withoutJob, done.during, 'directory XLSX');
  }, 300_000);

  it('the progress forms of every institution: progress in institutions, Batal (no file), then the ZIP', async () => {
    const institutions = await call('progressForms.institutions', {});
    const withOpen = institutions.filter((each) => each.open > 0).length;
    expect(withOpen).toBeGreaterThan(100);
    const job = await start({ kind: 'progressForms', input: {} });
    const stopped = await follow(job.id, (progress) => progress.total === withOpen && progress.done > 0);
    expect(stopped.job.error).toBeNull();
    expect(stopped.job.state).toBe('cancelled');
    await settle();
    expect(jobFilesOf(job.id)).toEqual([]);

    const full = await start({ kind: 'progressForms', input: {} });
    const done = await follow(full.id);
    expect(done.job.state).toBe('done');
    expect(done.progress.some((p) => p.total === withOpen && p.done > 0 && p.done < withOpen)).toBe(true);
    expect(done.job.result).toMatchObject({ kind: 'file', fileName: expect.stringMatching(/\.zip$/) });
    expectAnswering(withoutJob, [...stopped.during, ...done.during], 'progress forms (all)');
  }, 300_000);

  it('a restore from a backup: progress, Batal before the swap leaves the live data, then done with its report', async () => {
    const backupsDir = join(dataDir, 'backups');
    const made = await follow((await start({ kind: 'backup', input: {} })).id);
    expect(made.job.state).toBe('done');
    const backupId = made.job.result?.kind === 'backup' ? made.job.result.backupId : '';
    // Made after the backup: the live data keeps it until a restore really happens.
    const added = await call('institutions.create', {
      name: 'Dinas Uji Pemulihan',
      sector: 'lainnya',
      level: 'kabupaten',
    });
    const stillThere = async () => (await core.dispatch('institutions.get', { id: added.id })).ok;
    const identityBefore = await call('exchange.identity', {});
    const backupsBefore = readdirSync(backupsDir).sort();

    // Batal while the backup is copied: the live database stays, no pre-restore backup, no copy left.
    const job = await start({ kind: 'restore', input: { id: backupId } });
    expect(job.cancellable).toBe(true);
    // (After a few ledger requests: on a quick machine the first step is done before the fourth one.)
    const stopped = await follow(job.id, (progress, answered) => progress.done > 0 && answered >= 6);
    expect(stopped.job.state).toBe('cancelled');
    expect(stopped.progress.some((p) => p.total !== null && p.total > 1_200_000_000 && p.done > 0)).toBe(true);
    await settle();
    expect(readdirSync(backupsDir).sort()).toEqual(backupsBefore);
    expect(existsSync(join(dataDir, 'restore-incoming.sqlite'))).toBe(false);
    expect(await stillThere()).toBe(true);
    expect(eventsOf(job.id).every((event) => !event.entities.includes('meetings'))).toBe(true);

    // Batal once the copy is checked and the current data is being copied aside (past the backup's
    // size): still before the swap, so the same holds and the half-made pre-restore backup goes.
    const backupBytes = made.job.progress.total ?? 0;
    const late = await start({ kind: 'restore', input: { id: backupId } });
    const lateStop = await follow(late.id, (progress) => progress.done > backupBytes, true);
    expect(lateStop.job.state).toBe('cancelled');
    await settle();
    expect(readdirSync(backupsDir).sort()).toEqual(backupsBefore);
    expect(existsSync(join(dataDir, 'restore-incoming.sqlite'))).toBe(false);
    expect(await stillThere()).toBe(true);

    // Run to its end: the report, a pre-restore backup, every entity announced, the identity kept.
    const full = await start({ kind: 'restore', input: { id: backupId } });
    const done = await follow(full.id, undefined, true);
    expect(done.job.state).toBe('done');
    expect(done.progress.some((p) => p.done > backupBytes)).toBe(true);
    const report = done.job.result?.kind === 'restore' ? done.job.result.report : null;
    expect(report?.source).toBe('backup');
    expect(report?.countsRestored.commitments).toBe(50_000);
    expect(report?.preRestoreBackup?.kind).toBe('pre-restore');
    expect((await call('backups.list', {})).map((backup) => backup.kind)).toContain('pre-restore');
    expect(eventsOf(full.id).some((event) => event.entities.includes('meetings'))).toBe(true);
    expect(await stillThere()).toBe(false);
    expect(await call('exchange.identity', {})).toEqual(identityBefore);
    expect(existsSync(join(dataDir, 'restore-incoming.sqlite'))).toBe(false);
    // While the backup is copied and checked (the copy aside and the swap run alone, as before).
    expectAnswering(withoutJob, stopped.during, 'restore (copy and check)');
  }, 900_000);

  it('the commitment report of a whole year (2024: 8,000 commitments) prints as a job, in the summary form', async () => {
    const filters = { dueFrom: '2024-01-01', dueTo: '2024-12-31' };
    const { total } = await call('commitments.ledger', { ...filters, sort: 'due_asc', limit: 1, offset: 0 });
    expect(total).toBeGreaterThan(5_000);
    const job = await start({
      kind: 'commitmentReport',
      input: { ...filters, format: 'pdf', groupBy: 'institution', form: 'summary' },
    });
    const followed = await follow(job.id);
    expect(followed.job.state).toBe('done');
    expect(followed.progress.some((p) => p.total === 3)).toBe(true);
    const file = await call('jobs.file', { id: job.id });
    const pdf = join(workDir, file.fileName);
    writeFileSync(pdf, Buffer.from(file.dataBase64, 'base64'));
    const text = pdfPages(pdf).join(' ');
    expect(text).toContain('A. RINGKASAN PER INSTANSI');
    expect(text).toContain('B. KOMITMEN BELUM SELESAI PER INSTANSI');
    expectAnswering(withoutJob, followed.during, 'commitment report (year, summary)');
  }, 600_000);
});
