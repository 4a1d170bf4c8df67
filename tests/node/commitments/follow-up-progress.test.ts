import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Commitment } from '../../../shared/domain/commitments';
import type { Meeting } from '../../../shared/domain/meetings';
import { AREAS, commitmentIn, institutionsOf, meetingIn, startClockedCore, type TestCore } from '../support/follow-up';
import { bringTo, MISSING_ID } from '../support/meetings';
import { callerOf, type Call } from '../support/seed-rakor';
import { errorOf } from '../support/temp';

let core: TestCore;
let call: Call;
let inst: Awaited<ReturnType<typeof institutionsOf>>;
let first: Meeting;
let review: Meeting;

beforeAll(async () => {
  const started = await startClockedCore('2025-11-20T02:00:00Z');
  core = started.core;
  call = callerOf(core.dispatch);
  inst = await institutionsOf(call);
  first = await meetingIn(call, [AREAS.kelara], '2025-10-17');
  review = await meetingIn(call, [AREAS.kelara], '2025-11-14', { title: 'Rakor lanjutan Kelara' });
});
afterAll(() => core.close());

function statusHistory(id: string) {
  return core.store.db
    .prepare(
      "SELECT changes, meeting_id FROM history WHERE entity = 'commitment' AND entity_id = ? AND action = 'status'",
    )
    .all(id)
    .map((row) => {
      const { changes, meeting_id } = row as { changes: string; meeting_id: string | null };
      return { ...(JSON.parse(changes) as object), meetingId: meeting_id };
    });
}

function completedOn(id: string): string | null {
  return (
    core.store.db.prepare('SELECT completed_on FROM commitments WHERE id = ?').get(id) as { completed_on: string }
  ).completed_on;
}

function evidenceFiles(): string[] {
  const root = join(core.dataDir, 'evidence');
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

async function newCommitment(description = 'Pendampingan keluarga berisiko stunting'): Promise<Commitment> {
  const meeting = await meetingIn(call, [AREAS.kelara], '2025-10-01');
  return commitmentIn(call, meeting, inst.dppkb, description, { dueDate: '2025-12-31' });
}

describe('commitments.setStatus', () => {
  it('records every status change in history with from and to, dated in the commitment’s zone', async () => {
    const commitment = await commitmentIn(call, first, inst.dinkes, 'Pemberian TTD remaja putri');
    await call('commitments.setStatus', { id: commitment.id, status: 'in_progress' });
    await call('commitments.setStatus', { id: commitment.id, status: 'in_progress' });
    const done = await call('commitments.setStatus', { id: commitment.id, status: 'done' });
    expect(done).toMatchObject({ id: commitment.id, status: 'done', description: 'Pemberian TTD remaja putri' });
    // 02:00 UTC is 10:00 WITA on 20 November.
    expect(completedOn(commitment.id)).toBe('2025-11-20');
    await call('commitments.setStatus', { id: commitment.id, status: 'in_progress' });
    expect(completedOn(commitment.id)).toBeNull();
    await call('commitments.setStatus', { id: commitment.id, status: 'cancelled' });
    expect(statusHistory(commitment.id)).toEqual([
      { from: 'not_started', to: 'in_progress', meetingId: first.id },
      { from: 'in_progress', to: 'done', meetingId: first.id },
      { from: 'done', to: 'in_progress', meetingId: first.id },
      { from: 'in_progress', to: 'cancelled', meetingId: first.id },
    ]);
    const detail = await call('commitments.detail', { id: commitment.id });
    expect(detail.history.map((h) => [h.action, h.changes])).toEqual([
      ['status', { from: 'in_progress', to: 'cancelled' }],
      ['status', { from: 'done', to: 'in_progress' }],
      ['status', { from: 'in_progress', to: 'done' }],
      ['status', { from: 'not_started', to: 'in_progress' }],
      ['create', expect.objectContaining({ description: 'Pemberian TTD remaja putri' })],
    ]);
    // Without a note or meeting a status move is not a progress report.
    expect(detail.updates).toEqual([]);
  });

  it('with a note or a reporting meeting also adds a progress update, recorded against that meeting', async () => {
    const commitment = await newCommitment();
    await call('commitments.setStatus', { id: commitment.id, status: 'in_progress', note: 'Sudah mulai di 3 desa' });
    await call('commitments.setStatus', { id: commitment.id, status: 'done', meetingId: review.id });
    expect(completedOn(commitment.id)).toBe('2025-11-14');
    expect(statusHistory(commitment.id)).toEqual([
      { from: 'not_started', to: 'in_progress', meetingId: commitment.meetingId },
      { from: 'in_progress', to: 'done', meetingId: review.id },
    ]);
    const { updates } = await call('commitments.detail', { id: commitment.id });
    expect(updates.map((u) => [u.reportedOn, u.note, u.statusAfter, u.meetingId, u.meetingTitle])).toEqual([
      ['2025-11-20', 'Sudah mulai di 3 desa', 'in_progress', null, null],
      ['2025-11-14', null, 'done', review.id, 'Rakor lanjutan Kelara'],
    ]);
  });

  it('refuses a reporting meeting that is missing, a template, or not later than the commitment’s', async () => {
    const commitment = await commitmentIn(call, review, inst.dinkes, 'Komitmen rapat lanjutan');
    const template = await call('meetings.duplicate', { id: review.id, asTemplate: true, date: '2026-01-10' });
    const notFound = {
      code: 'NOT_FOUND',
      message: { key: 'error.notFound.meeting' },
      details: [{ path: 'meetingId', key: 'error.notFound.meeting' }],
    };
    expect(
      errorOf(
        await core.dispatch('commitments.setStatus', { id: commitment.id, status: 'done', meetingId: MISSING_ID }),
      ),
    ).toEqual(notFound);
    expect(
      errorOf(
        await core.dispatch('commitments.setStatus', { id: commitment.id, status: 'done', meetingId: template.id }),
      ),
    ).toEqual(notFound);
    for (const meetingId of [first.id, review.id]) {
      expect(
        errorOf(await core.dispatch('commitments.setStatus', { id: commitment.id, status: 'done', meetingId })),
      ).toEqual({
        code: 'VALIDATION',
        message: { key: 'error.validation' },
        details: [{ path: 'meetingId', key: 'validation.reportingMeetingNotLater' }],
      });
    }
    expect(statusHistory(commitment.id)).toEqual([]);
    expect(errorOf(await core.dispatch('commitments.setStatus', { id: MISSING_ID, status: 'done' }))).toEqual({
      code: 'NOT_FOUND',
      message: { key: 'error.notFound.commitment' },
    });
  });
});

describe('commitments.addUpdate', () => {
  it('adds a dated update with percent and reporter; a new status moves the commitment with history', async () => {
    const commitment = await newCommitment();
    const meriam = await call('people.create', { name: 'St. Meriam', institutionId: inst.dppkb.id });
    const update = await call('commitments.addUpdate', {
      commitmentId: commitment.id,
      reportedOn: '2025-11-14',
      note: 'TPK mendampingi 120 dari 150 keluarga',
      percent: 80,
      statusAfter: 'in_progress',
      reportedByPersonId: meriam.id,
      meetingId: review.id,
    });
    expect(update).toEqual({
      id: expect.any(String),
      commitmentId: commitment.id,
      meetingId: review.id,
      meetingTitle: 'Rakor lanjutan Kelara',
      reportedOn: '2025-11-14',
      note: 'TPK mendampingi 120 dari 150 keluarga',
      percent: 80,
      statusAfter: 'in_progress',
      reportedByPersonId: meriam.id,
      reportedByName: 'St. Meriam',
      reportedByText: null,
      source: 'app',
      reportedByInstitutionId: null,
      reportedByInstitutionName: null,
      evidence: [],
      createdAt: expect.any(String),
    });
    await call('commitments.addUpdate', {
      commitmentId: commitment.id,
      reportedOn: '2025-11-18',
      note: 'Semua keluarga sasaran didampingi',
      percent: 100,
      statusAfter: 'done',
      reportedByText: 'Koordinator PKB Kecamatan Kelara',
    });
    expect(completedOn(commitment.id)).toBe('2025-11-18');
    expect(statusHistory(commitment.id)).toEqual([
      { from: 'not_started', to: 'in_progress', meetingId: review.id },
      { from: 'in_progress', to: 'done', meetingId: commitment.meetingId },
    ]);
    const detail = await call('commitments.detail', { id: commitment.id });
    expect(detail.commitment.status).toBe('done');
    expect(detail.overdue).toBe(false);
    expect(detail.updates.map((u) => [u.reportedOn, u.reportedByName ?? u.reportedByText])).toEqual([
      ['2025-11-18', 'Koordinator PKB Kecamatan Kelara'],
      ['2025-11-14', 'St. Meriam'],
    ]);
  });

  it('refuses an unknown reporter and commitment, and writes no file then', async () => {
    const commitment = await newCommitment();
    const file = { name: 'foto.jpg', mediaType: 'image/jpeg', dataBase64: Buffer.from('foto').toString('base64') };
    expect(
      errorOf(
        await core.dispatch('commitments.addUpdate', {
          commitmentId: commitment.id,
          reportedOn: '2025-11-14',
          reportedByPersonId: MISSING_ID,
          evidence: [file],
        }),
      ),
    ).toEqual({
      code: 'VALIDATION',
      message: { key: 'error.validation' },
      details: [{ path: 'reportedByPersonId', key: 'validation.personUnknown' }],
    });
    expect(
      errorOf(
        await core.dispatch('commitments.addUpdate', {
          commitmentId: MISSING_ID,
          reportedOn: '2025-11-14',
          evidence: [file],
        }),
      ).code,
    ).toBe('NOT_FOUND');
    expect(evidenceFiles()).toEqual([]);
  });
});

describe('evidence files', () => {
  const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2048, 7), Buffer.from('\n%%EOF\n')]);

  it('are stored under evidence/<year>/<uuid>.<ext> with size and SHA-256, and come back byte for byte', async () => {
    const commitment = await newCommitment();
    const update = await call('commitments.addUpdate', {
      commitmentId: commitment.id,
      reportedOn: '2025-11-14',
      note: 'Berita acara terlampir',
      evidence: [
        { name: 'Berita Acara Rembuk Stunting.PDF', mediaType: 'application/pdf', dataBase64: pdf.toString('base64') },
        { name: 'foto kegiatan', mediaType: '<script>', dataBase64: Buffer.from('jpeg?').toString('base64') },
      ],
    });
    expect(update.evidence.map((e) => [e.originalName, e.mediaType, e.sizeBytes])).toEqual([
      ['Berita Acara Rembuk Stunting.PDF', 'application/pdf', pdf.byteLength],
      ['foto kegiatan', null, 5],
    ]);
    const stored = core.store.db
      .prepare(
        'SELECT stored_name, sha256, size_bytes FROM evidence_files WHERE update_id = ? ORDER BY size_bytes DESC',
      )
      .all(update.id) as { stored_name: string; sha256: string; size_bytes: number }[];
    expect(stored[0]?.stored_name).toMatch(/^2025\/[0-9a-f-]{36}\.pdf$/);
    expect(stored[1]?.stored_name).toMatch(/^2025\/[0-9a-f-]{36}\.bin$/);
    expect(stored[0]?.sha256).toBe(createHash('sha256').update(pdf).digest('hex'));
    const onDisk = readFileSync(join(core.dataDir, 'evidence', ...(stored[0]?.stored_name ?? '').split('/')));
    expect(onDisk.equals(pdf)).toBe(true);
    expect(evidenceFiles().filter((path) => path.endsWith('.tmp'))).toEqual([]);

    const download = await call('evidence.download', { id: update.evidence[0]?.id as string });
    expect(download).toEqual({
      fileName: 'Berita Acara Rembuk Stunting.PDF',
      mediaType: 'application/pdf',
      dataBase64: pdf.toString('base64'),
    });
    const other = await call('evidence.download', { id: update.evidence[1]?.id as string });
    expect(other.mediaType).toBe('application/octet-stream');
    // The detail lists the files of each update.
    const detail = await call('commitments.detail', { id: commitment.id });
    expect(detail.updates[0]?.evidence.map((e) => e.originalName)).toEqual([
      'Berita Acara Rembuk Stunting.PDF',
      'foto kegiatan',
    ]);
  });

  it('answer IO when the stored file was changed or removed', async () => {
    const commitment = await newCommitment();
    const update = await call('commitments.addUpdate', {
      commitmentId: commitment.id,
      reportedOn: '2025-11-14',
      evidence: [{ name: 'daftar-hadir.pdf', dataBase64: pdf.toString('base64') }],
    });
    const id = update.evidence[0]?.id as string;
    const { stored_name } = core.store.db.prepare('SELECT stored_name FROM evidence_files WHERE id = ?').get(id) as {
      stored_name: string;
    };
    const path = join(core.dataDir, 'evidence', ...stored_name.split('/'));
    const tampered = Buffer.from(pdf);
    tampered[100] = 0;
    writeFileSync(path, tampered);
    expect(errorOf(await core.dispatch('evidence.download', { id }))).toEqual({
      code: 'IO',
      message: { key: 'error.evidenceDamaged' },
    });
    writeFileSync(path, Buffer.concat([pdf, Buffer.from('x')]));
    expect(errorOf(await core.dispatch('evidence.download', { id })).code).toBe('IO');
    rmSync(path);
    expect(errorOf(await core.dispatch('evidence.download', { id }))).toEqual({
      code: 'IO',
      message: { key: 'error.notFound.evidence' },
    });
    expect(errorOf(await core.dispatch('evidence.download', { id: MISSING_ID }))).toEqual({
      code: 'NOT_FOUND',
      message: { key: 'error.notFound.evidence' },
    });
  });

  it('refuse names that are not plain file names, files over 3 MB and bytes that are not base64', async () => {
    const commitment = await newCommitment();
    const before = evidenceFiles();
    const attempt = (evidence: { name: string; dataBase64: string }[]) =>
      core.dispatch('commitments.addUpdate', { commitmentId: commitment.id, reportedOn: '2025-11-14', evidence });
    const ok = Buffer.from('isi').toString('base64');
    for (const name of [
      '../../sirakor.sqlite',
      'a/b.pdf',
      'a\\b.pdf',
      'C:bukti.pdf',
      'bukti.pdf:stream',
      'CON.txt',
      '..',
      'a\u0000.pdf',
    ]) {
      expect(
        errorOf(
          await attempt([
            { name: 'baik.pdf', dataBase64: ok },
            { name, dataBase64: ok },
          ]),
        ),
      ).toEqual({
        code: 'VALIDATION',
        message: { key: 'error.validation' },
        details: [{ path: 'evidence.1.name', key: 'validation.fileName' }],
      });
    }
    const tooBig = Buffer.alloc(3 * 1024 * 1024 + 1, 1).toString('base64');
    expect(errorOf(await attempt([{ name: 'besar.pdf', dataBase64: tooBig }]))).toEqual({
      code: 'VALIDATION',
      message: { key: 'error.validation' },
      details: [{ path: 'evidence.0.dataBase64', key: 'validation.fileTooLarge' }],
    });
    expect(errorOf(await attempt([{ name: 'rusak.pdf', dataBase64: 'a' }]))).toEqual({
      code: 'VALIDATION',
      message: { key: 'error.validation' },
      details: [{ path: 'evidence.0.dataBase64', key: 'validation.fileEncoding' }],
    });
    const exactlyThree = Buffer.alloc(3 * 1024 * 1024, 1).toString('base64');
    expect((await attempt([{ name: 'pas.pdf', dataBase64: exactlyThree }])).ok).toBe(true);
    expect(evidenceFiles().length).toBe(before.length + 1);
  });

  it('are removed again when the transaction fails after they were written', async () => {
    const commitment = await newCommitment();
    const before = evidenceFiles();
    core.store.db.exec(
      "CREATE TEMP TRIGGER evidence_fails BEFORE INSERT ON evidence_files BEGIN SELECT RAISE(ABORT, 'disk says no'); END",
    );
    try {
      const result = await core.dispatch('commitments.addUpdate', {
        commitmentId: commitment.id,
        reportedOn: '2025-11-14',
        statusAfter: 'done',
        evidence: [
          { name: 'satu.pdf', dataBase64: pdf.toString('base64') },
          { name: 'dua.jpg', dataBase64: pdf.toString('base64') },
        ],
      });
      expect(errorOf(result).code).toBe('INTERNAL');
    } finally {
      core.store.db.exec('DROP TRIGGER evidence_fails');
    }
    expect(evidenceFiles()).toEqual(before);
    const detail = await call('commitments.detail', { id: commitment.id });
    expect([detail.commitment.status, detail.updates.length]).toEqual(['not_started', 0]);
  });
});

describe('follow-up on an approved meeting', () => {
  it('moves the status and takes progress while the wording stays locked', async () => {
    const meeting = await meetingIn(call, [AREAS.rumbia], '2025-10-20');
    const commitment = await commitmentIn(call, meeting, inst.bappeda, 'Menyelaraskan anggaran desa', {
      dueDate: '2026-01-31',
    });
    await bringTo(call, meeting.id, 'approved');
    expect(
      errorOf(
        await core.dispatch('commitments.update', {
          id: commitment.id,
          institutionId: inst.bappeda.id,
          description: 'Diubah',
        }),
      ),
    ).toEqual({ code: 'LOCKED', message: { key: 'error.meetingLocked' } });
    await call('commitments.setStatus', { id: commitment.id, status: 'in_progress' });
    await call('commitments.addUpdate', {
      commitmentId: commitment.id,
      reportedOn: '2025-11-14',
      statusAfter: 'done',
      note: 'RKPDes memuat kegiatan stunting',
    });
    const detail = await call('commitments.detail', { id: commitment.id });
    expect(detail).toMatchObject({
      commitment: { status: 'done', description: 'Menyelaraskan anggaran desa' },
      meetingStatus: 'approved',
      timeZone: 'WITA',
    });
  });
});
