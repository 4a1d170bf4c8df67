import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExchangeHistoryEntry } from '../../../shared/domain/exchange';
import { installationsClosedAfterEach, jobDone, upload, type Installation } from '../support/exchange-offices';
import { indonesianText } from '../support/indonesian';
import { seedRakor } from '../support/seed-rakor';
import { cleanTempDirsAfterEach, tempDir } from '../support/temp';

cleanTempDirsAfterEach();

const office = installationsClosedAfterEach();

type Recipient = { kind: 'office'; officeId: string } | { kind: 'any' };

/** Kirim data through the job, the package saved where the user would put it. */
async function send(from: Installation, recipient: Recipient, options: { everything?: boolean } = {}) {
  const job = await jobDone(from.call, {
    kind: 'exchangeExport',
    input: { recipient, everything: options.everything ?? false },
  });
  expect(job.state, JSON.stringify(job.error)).toBe('done');
  const file = await from.call('jobs.file', { id: job.id });
  const path = join(tempDir(), file.fileName);
  writeFileSync(path, Buffer.from(file.dataBase64, 'base64'));
  return { path, fileName: file.fileName };
}

/** Terima data: picked, checked, trusted after comparing the kode where asked, imported by the job. */
async function receive(to: Installation, path: string, senderKode?: string): Promise<ExchangeHistoryEntry> {
  const inspection = await to.call('exchange.inspect', {
    uploadId: await upload(to.call, path),
    name: 'paket.sirakor',
  });
  if (inspection.status === 'needs-trust') {
    expect(inspection.sender.kode).toBe(senderKode);
    await to.call('exchange.trust', { ref: inspection.ref, kode: senderKode as string });
  }
  const job = await jobDone(to.call, { kind: 'exchangeImport', input: { ref: inspection.ref } });
  expect(job.state, JSON.stringify(job.error)).toBe('done');
  expect(job.result?.kind).toBe('exchange');
  return to.call('exchange.historyEntry', { id: (job.result as { historyId: string }).historyId });
}

/** Kelara and the kabupaten know each other: each received one package for any office from the other. */
async function acquainted() {
  const kelara = await office('kelara');
  const kabupaten = await office('kabupaten');
  const hello = await send(kabupaten, { kind: 'any' });
  await receive(kelara, hello.path, kabupaten.kode);
  return { kelara, kabupaten };
}

describe('Kirim data → Terima data between two data folders', () => {
  it('carries the seed Rakor encrypted to the kabupaten, reports it per kind, and keeps it in both histories', async () => {
    const { kelara, kabupaten } = await acquainted();
    const seed = await seedRakor(kelara.call);
    const recipient = { kind: 'office', officeId: kabupaten.officeId } as const;

    const summary = await kelara.call('exchange.exportSummary', { recipient });
    expect(summary).toMatchObject({
      encrypted: true,
      since: null,
      lastSentAt: null,
      recipient: { name: kabupaten.name },
    });
    expect(summary.counts.meetings).toEqual({ changed: 1, deleted: 0 });
    expect(summary.counts.commitments?.changed).toBe(seed.commitments.length);

    const sent = await send(kelara, recipient);
    expect(sent.fileName).toMatch(
      /^kantor-camat-kelara-untuk-bappeda-kabupaten-jeneponto-\d{4}-\d{2}-\d{2}-\d{4}\.sirakor$/,
    );
    const entry = await receive(kabupaten, sent.path, kelara.kode);
    expect(entry).toMatchObject({
      direction: 'in',
      officeId: kelara.officeId,
      officeName: 'Kantor Camat Kelara',
      encrypted: true,
    });
    expect(entry.report?.kinds.meetings).toMatchObject({ added: 1 });
    expect(entry.report?.kinds.commitments).toMatchObject({ added: seed.commitments.length });
    expect(entry.report?.meetingIds).toEqual([seed.meeting.id]);
    expect(new Set(entry.report?.commitmentIds)).toEqual(new Set(seed.commitments.map((c) => c.id)));

    // The meeting is there, read only, with its origin.
    const meeting = await kabupaten.call('meetings.get', { id: seed.meeting.id });
    expect(meeting.title).toBe(seed.meeting.title);

    const kelaraHistory = await kelara.call('exchange.history', {});
    expect(kelaraHistory.map((each) => [each.direction, each.officeName])).toEqual([
      ['out', 'Bappeda Kabupaten Jeneponto'],
      ['in', 'Bappeda Kabupaten Jeneponto'],
    ]);
    expect(kelaraHistory[0]?.packageSha256).toBe(entry.packageSha256);
    const [known] = await kelara.call('exchange.offices', {});
    expect(known?.lastSentAt).not.toBeNull();
  });

  it('the next package carries only what changed since the last one to that recipient; "everything" on request', async () => {
    const { kelara, kabupaten } = await acquainted();
    const seed = await seedRakor(kelara.call);
    const recipient = { kind: 'office', officeId: kabupaten.officeId } as const;
    await receive(kabupaten, (await send(kelara, recipient)).path, kelara.kode);

    const nothing = await kelara.call('exchange.exportSummary', { recipient });
    expect(nothing.records).toBe(0);
    expect(nothing.since).not.toBeNull();
    expect(nothing.lastSentAt).not.toBeNull();
    // Another recipient has its own mark: for any office everything still goes.
    expect((await kelara.call('exchange.exportSummary', { recipient: { kind: 'any' } })).records).toBeGreaterThan(10);

    const [first] = seed.commitments;
    await kelara.call('commitments.setStatus', { id: first?.id as string, status: 'in_progress' });
    const next = await kelara.call('exchange.exportSummary', { recipient });
    expect(next.counts.commitments).toEqual({ changed: 1, deleted: 0 });
    expect(next.counts.meetings).toBeUndefined();
    const entry = await receive(kabupaten, (await send(kelara, recipient)).path);
    expect(entry.report?.kinds.commitments).toMatchObject({ added: 0, updated: 1, deleted: 0 });
    expect(entry.report?.kinds.meetings).toBeUndefined();
    expect(
      indonesianText('exchangeData.report.line', { office: 'Kantor Camat Kelara', parts: '1 komitmen diperbarui' }),
    ).toBe('Kantor Camat Kelara: 1 komitmen diperbarui');

    const all = await kelara.call('exchange.exportSummary', { recipient, everything: true });
    expect(all.since).toBeNull();
    expect(all.counts.meetings?.changed).toBe(1);
    // Everything again changes nothing there: every version is already held.
    const again = await receive(kabupaten, (await send(kelara, recipient, { everything: true })).path);
    expect(Object.values(again.report?.kinds ?? {}).every((kind) => kind.added === 0 && kind.updated === 0)).toBe(true);
  });

  it('a package already imported says so and changes nothing', async () => {
    const { kelara, kabupaten } = await acquainted();
    await seedRakor(kelara.call);
    const sent = await send(kelara, { kind: 'office', officeId: kabupaten.officeId });
    const first = await receive(kabupaten, sent.path, kelara.kode);
    const again = await kabupaten.call('exchange.inspect', {
      uploadId: await upload(kabupaten.call, sent.path),
      name: 'lagi.sirakor',
    });
    expect(again).toMatchObject({ status: 'already-imported', importedAt: first.recordedAt });
    const job = await jobDone(kabupaten.call, { kind: 'exchangeImport', input: { ref: again.ref } });
    expect(job.state).toBe('failed');
    expect(job.error?.key).toBe('exchangeData.error.alreadyImported');
    expect(indonesianText(job.error?.key as string, job.error?.params)).toContain('sudah diterima');
    const received = (await kabupaten.call('exchange.history', {})).filter((each) => each.direction === 'in');
    expect(received).toHaveLength(1);
  });

  it('an untrusted sender is refused by the import job, whatever the screen skipped', async () => {
    const kelara = await office('kelara');
    const kabupaten = await office('kabupaten');
    const sent = await send(kelara, { kind: 'any' });
    const inspection = await kabupaten.call('exchange.inspect', {
      uploadId: await upload(kabupaten.call, sent.path),
      name: 'x.sirakor',
    });
    expect(inspection.status).toBe('needs-trust');
    const job = await jobDone(kabupaten.call, { kind: 'exchangeImport', input: { ref: inspection.ref } });
    expect(job).toMatchObject({ state: 'failed', error: { key: 'error.exchange.untrustedSender' } });
    expect(await kabupaten.call('exchange.history', {})).toEqual([]);
    expect((await kabupaten.call('meetings.list', { limit: 10 })).items).toEqual([]);
  });

  it('a progress report of the kabupaten on a Kelara commitment travels back and Kelara sees it', async () => {
    const { kelara, kabupaten } = await acquainted();
    const seed = await seedRakor(kelara.call);
    await receive(kabupaten, (await send(kelara, { kind: 'office', officeId: kabupaten.officeId })).path, kelara.kode);
    const commitment = seed.commitments[0]?.id as string;
    await kabupaten.call('commitments.addUpdate', {
      commitmentId: commitment,
      reportedOn: '2025-11-03',
      note: 'Bappeda memantau: data sasaran sudah diverifikasi 60%.',
      percent: 60,
    });
    const back = await send(kabupaten, { kind: 'office', officeId: kelara.officeId });
    const entry = await receive(kelara, back.path);
    expect(entry.report?.kinds.commitment_updates).toMatchObject({ added: 1 });
    const detail = await kelara.call('commitments.detail', { id: commitment });
    expect(detail.updates.map((update) => update.note)).toContain(
      'Bappeda memantau: data sasaran sudah diverifikasi 60%.',
    );
  });
});
