import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, METHOD_NAMES, type ChangeEvent, type MethodName } from '../../../shared/api/contract';
import type { MeetingWorkspace } from '../../../shared/domain/meetings';
import { bringTo, KELARA_MEETING, newMeeting } from '../support/meetings';
import { callerOf, type Call } from '../support/seed-rakor';
import { errorOf, startTestCore, valueOf } from '../support/temp';

type TestCore = Awaited<ReturnType<typeof startTestCore>>;

let core: TestCore;
let call: Call;
const events: ChangeEvent[] = [];

/** One record of every kind that belongs to the meeting. */
interface Fixture {
  meetingId: string;
  agendaItemId: string;
  participantId: string;
  walkInId: string;
  minutesId: string;
  decisionId: string;
  commitmentId: string;
  institutionId: string;
  fileId: string;
}
let f: Fixture;

/** A 1×1 PNG. */
const PHOTO = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/**
 * Writes of the contract that do not change an existing meeting, and why. Every other method
 * with `changes` belongs to a meeting and must be refused with LOCKED once it is approved.
 */
const NOT_MEETING_WRITES: Partial<Record<MethodName, string>> = {
  'settings.update': 'office settings',
  'institutions.create': 'directory',
  'institutions.update': 'directory',
  'institutions.delete': 'directory',
  'people.create': 'directory',
  'people.update': 'directory',
  'people.delete': 'directory',
  'people.erase': 'personal data: an erased person keeps their place in approved meetings, under a placeholder name',
  'meetings.create': 'a new meeting',
  'meetings.duplicate': 'reads the source, creates a new draft',
  'meetings.approve': 'refused on an approved meeting with CONFLICT error.cannotApprove (tested below)',
  'meetings.unlock': 'the way to reopen an approved meeting',
  'documents.updateSetup': 'office-wide letterhead and letter settings',
  'documents.setLogo': 'office-wide letterhead',
  'documents.removeLogo': 'office-wide letterhead',
  'documents.setAgreementWording': "the office's wording of the berita acara kesepakatan",
  'demo.load': 'sample data, loaded beside the office’s own records',
  'demo.remove': 'removes exactly the sample data',
  'backups.create': 'a copy of the whole database',
  'jobs.start': 'exports, documents and backups: they only read the meeting',
  'jobs.cancel': 'stops a job',
  'jobs.dismiss': 'forgets a finished job',
  'exchange.replaceKeys': "the office's own exchange keys",
  'exchange.acknowledgeKodeChange': "the notice that the office's kode verifikasi changed",
  'exchange.trust': 'another office trusted with its keys (a package is applied by a job, in its own transaction)',
  'exchange.decline': "the user's refusal of another office's keys, logged",
  'exchange.setFolder': "the office's folder pertukaran",
  'backups.delete': 'removes a copy from the data folder',
  'backups.restore': 'replaces the whole database with a backup',
  'backups.restoreUpload': 'replaces the whole database with an uploaded backup',
  'plans.create': 'action plans (an adopted plan has its own lock)',
  'plans.update': 'action plans',
  'plans.delete': 'action plans',
  'plans.copyToYear': 'action plans',
  'plans.importXlsx': 'action plans',
  'planRows.create': 'action plan rows',
  'planRows.update': 'action plan rows',
  'planRows.delete': 'action plan rows',
  'planRows.move': 'action plan rows',
  'planRows.applyBatch': 'action plan rows',
  'interventions.create': 'intervention catalogue',
  'interventions.update': 'intervention catalogue',
  'interventions.delete': 'intervention catalogue',
  'convergenceActions.create': 'convergence action catalogue',
  'convergenceActions.update': 'convergence action catalogue',
  'convergenceActions.delete': 'convergence action catalogue',
  'fundingSources.create': 'funding source catalogue',
  'fundingSources.update': 'funding source catalogue',
  'fundingSources.delete': 'funding source catalogue',
  'commitments.setStatus':
    'follow-up: a commitment of an approved meeting keeps its wording but its status still moves (tested below)',
  'commitments.addUpdate':
    'follow-up: progress on a commitment of an approved meeting is reported later, often in another meeting (tested below)',
  'progressForms.import': 'follow-up: progress an institution reports on its form, like commitments.addUpdate',
  'messages.setTemplates': "the office's WhatsApp wording",
  'letters.setNumbering': "the office's letter numbering",
  'letters.record':
    'the letter register; recording an undangan number for a meeting is refused LOCKED like letters.issue (letters.test.ts)',
  'letters.void': 'the letter register: a voided number keeps its line',
  'directory.importXlsx': 'directory',
  'directory.link': "the office's own links between directory records (no record changes)",
  'directory.unlink': "the office's own links between directory records (no record changes)",
  'directory.notDuplicate': "the office's own duplicate decisions (no record changes)",
  'directory.merge':
    'directory: moves references (an approved meeting keeps the names it was approved with, as after people.erase)',
};

/**
 * A valid call of each meeting write against the fixture. A new write method of the contract
 * needs a sample here, so the test proves it is locked. Deletes come last: after the unlock the
 * samples run again in this order and must all succeed.
 */
const SAMPLES: Partial<Record<MethodName, (f: Fixture) => unknown>> = {
  'meetings.update': (f) => ({ ...KELARA_MEETING, id: f.meetingId, title: 'Diubah setelah disahkan' }),
  'meetings.updateSummary': (f) => ({ id: f.meetingId, summary: 'Kesimpulan diubah', closingTime: '11:50' }),
  'agenda.create': (f) => ({ meetingId: f.meetingId, title: 'Butir tambahan', position: 0 }),
  'agenda.update': (f) => ({ id: f.agendaItemId, title: 'Paparan diubah', durationMinutes: 45 }),
  'agenda.move': (f) => ({ id: f.agendaItemId, toPosition: 1 }),
  'participants.add': (f) => ({ meetingId: f.meetingId, freeName: 'Tamu susulan', invited: false }),
  'participants.update': (f) => ({ id: f.participantId, role: 'guest' }),
  'participants.setAttendance': (f) => ({ id: f.participantId, attendance: 'absent' }),
  'participants.toDirectory': (f) => ({ id: f.walkInId }),
  'minutes.create': (f) => ({ meetingId: f.meetingId, agendaItemId: f.agendaItemId, body: 'Catatan susulan' }),
  'minutes.update': (f) => ({ id: f.minutesId, body: 'Isi diubah' }),
  'decisions.create': (f) => ({ meetingId: f.meetingId, body: 'Keputusan susulan' }),
  'decisions.update': (f) => ({ id: f.decisionId, body: 'Keputusan diubah' }),
  'commitments.create': (f) => ({ meetingId: f.meetingId, institutionId: f.institutionId, description: 'Baru' }),
  'commitments.update': (f) => ({ id: f.commitmentId, institutionId: f.institutionId, description: 'Diubah' }),
  'meetings.setStatus': (f) => ({ id: f.meetingId, status: 'scheduled' }),
  'letters.issue': (f) => ({ kind: 'undangan', letterDate: '2025-11-07', subject: 'Undangan', meetingId: f.meetingId }),
  'meetingFiles.upload': (f) => ({ meetingId: f.meetingId, name: 'foto.png', dataBase64: PHOTO }),
  'meetingFiles.update': (f) => ({ id: f.fileId, caption: 'Foto kegiatan', agendaItemId: null, inAnnex: true }),
  'meetingFiles.delete': (f) => ({ id: f.fileId }),
  'minutes.delete': (f) => ({ id: f.minutesId }),
  'decisions.delete': (f) => ({ id: f.decisionId }),
  'commitments.delete': (f) => ({ id: f.commitmentId }),
  'participants.remove': (f) => ({ id: f.participantId }),
  'agenda.delete': (f) => ({ id: f.agendaItemId }),
  'meetings.delete': (f) => ({ id: f.meetingId }),
};

const LOCKED = { code: 'LOCKED', message: { key: 'error.meetingLocked' } };

async function workspace(id: string): Promise<MeetingWorkspace> {
  return valueOf(await core.dispatch('meetings.workspace', { id })) as MeetingWorkspace;
}

beforeAll(async () => {
  core = await startTestCore();
  call = callerOf(core.dispatch);
  core.subscribe((event) => events.push(event));
  const dinkes = await call('institutions.create', {
    name: 'Dinas Kesehatan',
    sector: 'kesehatan',
    level: 'kabupaten',
  });
  const person = await call('people.create', { name: 'dr. Andi Makkasau, M.Kes.', institutionId: dinkes.id });
  const meeting = await newMeeting(call);
  const item = await call('agenda.create', { meetingId: meeting.id, title: 'Paparan Dinas Kesehatan' });
  await call('agenda.create', { meetingId: meeting.id, title: 'Diskusi' });
  const participant = await call('participants.add', { meetingId: meeting.id, personId: person.id });
  const walkIn = await call('participants.add', { meetingId: meeting.id, freeName: 'Tamu', invited: false });
  const entry = await call('minutes.create', { meetingId: meeting.id, agendaItemId: item.id, body: 'Catatan' });
  const decision = await call('decisions.create', { meetingId: meeting.id, body: 'Keputusan' });
  const commitment = await call('commitments.create', {
    meetingId: meeting.id,
    institutionId: dinkes.id,
    description: 'Pemberian TTD remaja putri',
  });
  const file = await call('meetingFiles.upload', { meetingId: meeting.id, name: 'foto.png', dataBase64: PHOTO });
  await bringTo(call, meeting.id, 'approved');
  f = {
    meetingId: meeting.id,
    agendaItemId: item.id,
    participantId: participant.id,
    walkInId: walkIn.id,
    minutesId: entry.id,
    decisionId: decision.id,
    commitmentId: commitment.id,
    institutionId: dinkes.id,
    fileId: file.id,
  };
});
afterAll(() => core.close());

describe('an approved meeting is locked', () => {
  const meetingWrites = METHOD_NAMES.filter((m) => api[m].changes.length > 0 && !(m in NOT_MEETING_WRITES));

  it('has a sample call for every write method that belongs to a meeting', () => {
    expect(meetingWrites.filter((m) => !(m in SAMPLES))).toEqual([]);
    expect(Object.keys(SAMPLES).filter((m) => !meetingWrites.includes(m as MethodName))).toEqual([]);
    expect(meetingWrites.length).toBeGreaterThanOrEqual(22);
  });

  it.each(meetingWrites)('%s answers LOCKED and changes nothing', async (method) => {
    const before = await workspace(f.meetingId);
    events.length = 0;
    const sample = SAMPLES[method] as (f: Fixture) => unknown;
    expect(errorOf(await core.dispatch(method, sample(f)))).toEqual(LOCKED);
    expect(await workspace(f.meetingId)).toEqual(before);
    expect(events).toEqual([]);
  });

  it('still moves a commitment’s status and takes its progress, while its wording stays LOCKED', async () => {
    events.length = 0;
    const moved = await call('commitments.setStatus', { id: f.commitmentId, status: 'in_progress' });
    expect(moved).toMatchObject({ status: 'in_progress', description: 'Pemberian TTD remaja putri' });
    const update = await call('commitments.addUpdate', {
      commitmentId: f.commitmentId,
      reportedOn: '2025-12-01',
      note: 'TTD dibagikan di 4 sekolah',
      percent: 40,
    });
    expect(update).toMatchObject({ commitmentId: f.commitmentId, percent: 40 });
    expect(events).toEqual([
      { entities: ['commitments', 'meetings'], ids: { commitments: [f.commitmentId], meetings: [f.meetingId] } },
      // The progress may be reported during another meeting: every meeting may show it.
      { entities: ['commitments', 'meetings'], ids: { commitments: [f.commitmentId] } },
    ]);
    const sample = SAMPLES['commitments.update'] as (f: Fixture) => unknown;
    expect(errorOf(await core.dispatch('commitments.update', sample(f)))).toEqual(LOCKED);
    const { meeting, commitments } = await workspace(f.meetingId);
    expect(meeting.status).toBe('approved');
    expect(commitments.map((c) => [c.description, c.status])).toEqual([['Pemberian TTD remaja putri', 'in_progress']]);
  });

  it('refuses a second approval, but can be read and duplicated', async () => {
    expect(errorOf(await core.dispatch('meetings.approve', { id: f.meetingId }))).toEqual({
      code: 'CONFLICT',
      message: { key: 'error.cannotApprove' },
    });
    expect((await workspace(f.meetingId)).meeting.status).toBe('approved');
    const copy = await call('meetings.duplicate', { id: f.meetingId, title: 'Rakor lanjutan' });
    expect(copy).toMatchObject({ status: 'draft', title: 'Rakor lanjutan' });
  });

  it('opens again for writes when unlocked with a reason, which history keeps', async () => {
    const unlocked = await call('meetings.unlock', { id: f.meetingId, reason: 'Salah ketik nama peserta' });
    expect(unlocked).toMatchObject({ status: 'held', approvedAt: null });
    for (const [method, sample] of Object.entries(SAMPLES)) {
      const result = await core.dispatch(method, sample(f));
      expect({ method, ok: result.ok, error: result.ok ? null : result.error }).toEqual({
        method,
        ok: true,
        error: null,
      });
    }
    // The meeting was deleted by the last sample, which its history records; it stays (append-only).
    const history = core.store.db
      .prepare("SELECT action, reason FROM history WHERE entity = 'meeting' AND entity_id = ? ORDER BY id")
      .all(f.meetingId);
    expect(history).toEqual([
      { action: 'status', reason: null },
      { action: 'status', reason: null },
      { action: 'approve', reason: null },
      { action: 'unlock', reason: 'Salah ketik nama peserta' },
      { action: 'status', reason: null },
      { action: 'delete', reason: null },
    ]);
  });

  it('locks again when approved again', async () => {
    const meeting = await newMeeting(call);
    await bringTo(call, meeting.id, 'approved');
    await call('meetings.unlock', { id: meeting.id, reason: 'Menambah komitmen Bappeda' });
    const item = await call('agenda.create', { meetingId: meeting.id, title: 'Tambahan' });
    const approved = await call('meetings.approve', { id: meeting.id });
    expect(approved.status).toBe('approved');
    expect(errorOf(await core.dispatch('agenda.delete', { id: item.id }))).toEqual(LOCKED);
    const { history } = await workspace(meeting.id);
    expect(history.map((h) => [h.action, h.reason])).toEqual([
      ['approve', null],
      ['unlock', 'Menambah komitmen Bappeda'],
      ['approve', null],
      ['status', null],
      ['status', null],
    ]);
  });
});
