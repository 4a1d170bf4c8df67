import { closeSync, mkdtempSync, openSync, readdirSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { BACKUP_CHUNK_BYTES } from '../../../shared/api/schemas/backups';
import type { ChangeEvent } from '../../../shared/api/contract';
import { installation, OFFICES, type Installation } from '../support/exchange-offices';
import { callerOf, type Call } from '../support/seed-rakor';
import { expectAnswering, jobFilesOf, jobsOn, tenYearCore } from '../support/ten-year-jobs';

/**
 * Issue 17: Kirim data and Terima data of a kabupaten's ten years (the whole dataset in one package)
 * run in a worker thread: their progress counts records, Batal stops the work there (an export
 * leaves no package and no history; an import is rolled back whole and its package kept), and a
 * ledger page asked for meanwhile answers within 200 ms of the time it takes without a job.
 */
let core: Core;
let call: Call;
let workDir: string;
let dataDir: string;
let receiver: Installation | null = null;
/** The whole package the kabupaten sent, saved where the user would put it. */
let packagePath = '';
const events: ChangeEvent[] = [];
const withoutJob: number[] = [];

const settle = () => new Promise((resolve) => setTimeout(resolve, 700));

function eventsOf(list: ChangeEvent[], id: string): ChangeEvent[] {
  return list.filter((event) => event.entities.includes('jobs') && event.ids?.jobs?.includes(id));
}

/** Temporary files a writer leaves beside its target (`.tmp-…`), here the package's compressed records. */
function temporaryFiles(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.startsWith('.tmp-'));
}

/** Sends a file to the host in parts, as the screen does (backups.uploadChunk). */
async function uploadInParts(to: Call, path: string): Promise<string> {
  const fd = openSync(path, 'r');
  try {
    let uploadId: string | null = null;
    const buffer = Buffer.alloc(BACKUP_CHUNK_BYTES);
    for (let offset = 0; ;) {
      const read = readSync(fd, buffer, 0, buffer.length, offset);
      if (read === 0 && uploadId) return uploadId;
      const part: { uploadId: string } = await to('backups.uploadChunk', {
        uploadId,
        offset,
        dataBase64: buffer.subarray(0, read).toString('base64'),
      });
      uploadId = part.uploadId;
      offset += read;
      if (read < buffer.length) return uploadId;
    }
  } finally {
    closeSync(fd);
  }
}

beforeAll(async () => {
  ({ core, workDir, dataDir } = await tenYearCore('sirakor-exchange-jobs-test-'));
  core.subscribe((event) => events.push(event));
  call = callerOf(core.dispatch);
  await call('settings.update', { office: OFFICES.kabupaten });
  const { ledgerRequestMs } = jobsOn(call);
  await ledgerRequestMs();
  for (let i = 0; i < 15; i++) withoutJob.push(await ledgerRequestMs());
}, 900_000);

afterAll(() => {
  receiver?.core.close();
  core?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('exchange jobs on the ten-year dataset', () => {
  it('Kirim data of everything: progress in records, Batal leaves no package and no history, then done', async () => {
    const { follow, start } = jobsOn(call);
    const request = { recipient: { kind: 'any' }, everything: true } as const;
    const summary = await call('exchange.exportSummary', request);
    expect(summary.counts.commitments?.changed).toBe(50_000);
    const total = summary.records;

    // Batal while the records are collected: the worker ends, its folder goes, nothing is recorded.
    const job = await start({ kind: 'exchangeExport', input: request });
    const stopped = await follow(job.id, (progress) => progress.total === total && progress.done >= total / 10);
    expect(stopped.job.state).toBe('cancelled');
    const counted = stopped.progress.filter((p) => p.total === total && p.done > 0);
    expect(counted.length).toBeGreaterThan(1);
    expect(counted.at(-1)?.done).toBeLessThan(total);
    expect(eventsOf(events, job.id).length).toBeGreaterThan(1);
    await settle();
    expect(jobFilesOf(job.id)).toEqual([]);
    expect(temporaryFiles(dataDir)).toEqual([]);
    expect(await call('exchange.history', {})).toEqual([]);
    expect((await call('exchange.exportSummary', { ...request, everything: false })).lastSentAt).toBeNull();

    // Run to its end: the package, its history entry, the mark moved.
    const started = performance.now();
    const full = await start({ kind: 'exchangeExport', input: request });
    const done = await follow(full.id);
    const seconds = (performance.now() - started) / 1000;
    expect(done.job.state, JSON.stringify(done.job.error)).toBe('done');
    expect(done.progress.some((p) => p.total === total && p.done > 0 && p.done < total)).toBe(true);
    expect(done.job.result).toMatchObject({ kind: 'file', fileName: expect.stringMatching(/\.sirakor$/) });
    const file = await call('jobs.file', { id: full.id });
    packagePath = join(workDir, file.fileName);
    writeFileSync(packagePath, Buffer.from(file.dataBase64, 'base64'));
    console.info(
      `[jobs] Kirim data: ${total} records, ${(file.dataBase64.length * 0.75) / 1e6} MB in ${seconds.toFixed(1)} s`,
    );
    const [entry] = await call('exchange.history', {});
    expect(entry).toMatchObject({ direction: 'out', fileName: file.fileName });
    expect(eventsOf(events, full.id).some((event) => event.entities.includes('exchange'))).toBe(true);
    expect((await call('exchange.exportSummary', { ...request, everything: false })).records).toBe(0);
    expectAnswering(withoutJob, [...stopped.during, ...done.during], 'Kirim data (everything)');
  }, 900_000);

  it('Terima data of it: progress in records applied, Batal applies nothing and keeps the package, then done', async () => {
    expect(packagePath).not.toBe('');
    const kabupaten = await call('exchange.identity', {});
    receiver = await installation('kelara', mkdtempSync(join(workDir, 'kelara-')));
    const to = receiver.call;
    const received: ChangeEvent[] = [];
    receiver.core.subscribe((event) => received.push(event));
    const { follow, start, ledgerRequestMs } = jobsOn(to);
    const quiet: number[] = [];
    for (let i = 0; i < 15; i++) quiet.push(await ledgerRequestMs());

    const inspection = await to('exchange.inspect', { uploadId: await uploadInParts(to, packagePath), name: 'paket' });
    expect(inspection.status).toBe('needs-trust');
    await to('exchange.trust', {
      ref: inspection.ref,
      kode: kabupaten.keys.state === 'ready' ? kabupaten.keys.kode : '',
    });
    const total = Object.values(inspection.counts).reduce((sum, count) => sum + count.changed + count.deleted, 0);

    // Batal while the records are applied: the transaction is rolled back in the worker.
    const job = await start({ kind: 'exchangeImport', input: { ref: inspection.ref } });
    const stopped = await follow(job.id, (progress) => progress.total === total && progress.done >= total / 10);
    expect(stopped.job.state).toBe('cancelled');
    expect(stopped.progress.some((p) => p.total === total && p.done > 0 && p.done < total)).toBe(true);
    await settle();
    expect((await to('commitments.ledger', { sort: 'due_asc', limit: 1, offset: 0 })).total).toBe(0);
    expect(await to('exchange.history', {})).toEqual([]);
    expect((await to('exchange.inspect', { ref: inspection.ref })).status).toBe('ready');
    expect(eventsOf(received, job.id).every((event) => !event.entities.includes('commitments'))).toBe(true);
    // The host writes again at once: the worker's transaction is gone.
    await to('institutions.create', { name: 'Dinas Uji Batal', sector: 'lainnya', level: 'kecamatan' });

    const started = performance.now();
    const full = await start({ kind: 'exchangeImport', input: { ref: inspection.ref } });
    // A write made while the worker holds the write lock waits for the job, then lands.
    const receiving = receiver.core;
    const meanwhile: { write?: Promise<{ ok: boolean; at: number }> } = {};
    const done = await follow(full.id, (progress) => {
      if (!meanwhile.write && progress.total === total && progress.done >= total / 10)
        meanwhile.write = receiving
          .dispatch('institutions.create', { name: 'Dinas Uji Tunggu', sector: 'lainnya', level: 'kecamatan' })
          .then((result) => ({ ok: result.ok, at: performance.now() }));
      return false;
    });
    const ended = performance.now();
    console.info(`[jobs] Terima data: ${total} records in ${((ended - started) / 1000).toFixed(1)} s`);
    expect(done.job.state, JSON.stringify(done.job.error)).toBe('done');
    const written = await (meanwhile.write ?? Promise.reject(new Error('no write was made during the import')));
    expect(written.ok).toBe(true);
    expect(written.at).toBeGreaterThan(ended - 1_000);
    expect(done.progress.some((p) => p.total === total && p.done > 0 && p.done < total)).toBe(true);
    expect((await to('commitments.ledger', { sort: 'due_asc', limit: 1, offset: 0 })).total).toBe(50_000);
    const [entry] = await to('exchange.history', {});
    expect(done.job.result).toEqual({ kind: 'exchange', historyId: entry?.id });
    expect(eventsOf(received, full.id).some((event) => event.entities.includes('commitments'))).toBe(true);
    // The kept copy goes once the import is recorded.
    expect((await receiver.core.dispatch('exchange.inspect', { ref: inspection.ref })).ok).toBe(false);
    expectAnswering(quiet, [...stopped.during, ...done.during], 'Terima data (everything)');
  }, 900_000);
});
