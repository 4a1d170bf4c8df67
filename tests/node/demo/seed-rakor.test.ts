import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCore, type Core } from '../../../electron/core';
import type { MeetingWorkspace } from '../../../shared/domain/meetings';
import { callerOf, SEED_RAKOR, seedRakor, type SeedRakor } from '../support/seed-rakor';
import { errorOf, RESOURCES_DIR, valueOf } from '../support/temp';

const dataDir = mkdtempSync(join(tmpdir(), 'sirakor-seed-'));
let core: Core;
let seed: SeedRakor;
let workspace: MeetingWorkspace;

function open(): Promise<Core> {
  return startCore({
    dataDir,
    resourcesDir: RESOURCES_DIR,
    host: 'preview',
    appVersion: '0.0.0-test',
    logError: () => undefined,
  });
}

beforeAll(async () => {
  core = await open();
  seed = await seedRakor(callerOf(core.dispatch));
  workspace = valueOf(await core.dispatch('meetings.workspace', { id: seed.meeting.id })) as MeetingWorkspace;
});
afterAll(() => {
  core.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the seed Rakor entered through the API', () => {
  it('has both kecamatan, the chair with his role, and is approved', () => {
    expect(workspace.meeting).toMatchObject({
      title: SEED_RAKOR.title,
      kind: 'rakor_tpps',
      hostLevel: 'kecamatan',
      areas: [
        { code: '73.04.05', name: 'Kelara', level: 'kecamatan' },
        { code: '73.04.10', name: 'Rumbia', level: 'kecamatan' },
      ],
      date: '2025-10-17',
      startTime: '09:00',
      endTime: '12:00',
      timeZone: 'WITA',
      venue: 'Aula Kantor Camat Kelara',
      chairName: 'H. Islam Iskandar, S.Sos.',
      chairRole: 'Wakil Bupati Jeneponto selaku Ketua TPPS Kabupaten',
      minuteTakerName: 'Ahmad Fauzi, S.IP.',
      status: 'approved',
      approvedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      closingTime: '11:45',
      isTemplate: false,
    });
    expect(workspace.meeting.summary).toContain('rencana aksi terpadu');
  });

  it('has the agenda in order with DPPKB and Bappeda presenting, and a schedule that fits', () => {
    expect(
      workspace.agenda.map((a) => [a.position, a.kind, a.presenterName, a.presenterInstitutionName, a.durationMinutes]),
    ).toEqual([
      [0, 'opening', 'Muh. Ridwan Daeng Tompo, S.STP., M.Si.', null, 10],
      [1, 'directives', 'H. Islam Iskandar, S.Sos.', 'Pemerintah Kabupaten Jeneponto', 20],
      [2, 'presentation', 'St. Meriam', 'Dinas Pengendalian Penduduk dan Keluarga Berencana Kabupaten Jeneponto', 30],
      [3, 'presentation', 'Alfian Afandy Syam', 'Badan Perencanaan Pembangunan Daerah Kabupaten Jeneponto', 30],
      [4, 'discussion', null, null, 60],
      [5, 'closing', null, null, 10],
    ]);
    expect(workspace.agenda[2]?.presenterPosition).toBe('Kepala DPPKB Kabupaten Jeneponto');
    expect(workspace.schedule).toEqual({
      items: [
        { id: seed.agenda.opening.id, start: '09:00', end: '09:10', overlapsPrevious: false },
        { id: seed.agenda.directives.id, start: '09:10', end: '09:30', overlapsPrevious: false },
        { id: seed.agenda.dppkb.id, start: '09:30', end: '10:00', overlapsPrevious: false },
        { id: seed.agenda.bappeda.id, start: '10:00', end: '10:30', overlapsPrevious: false },
        { id: seed.agenda.discussion.id, start: '10:30', end: '11:30', overlapsPrevious: false },
        { id: seed.agenda.closing.id, start: '11:30', end: '11:40', overlapsPrevious: false },
      ],
      end: '11:40',
      overrunMinutes: 0,
    });
  });

  it('has the camat, PKK chairs and Puskesmas heads invited, one stand-in and one walk-in', () => {
    const rows = workspace.participants.map((p) => [
      p.personName ?? p.freeName ?? p.institutionName,
      p.role,
      p.invited,
      p.attendance,
    ]);
    expect(rows).toEqual([
      ['H. Islam Iskandar, S.Sos.', 'chair', true, 'present'],
      ['St. Meriam', 'presenter', true, 'present'],
      ['Alfian Afandy Syam', 'presenter', true, 'present'],
      ['Muh. Ridwan Daeng Tompo, S.STP., M.Si.', 'participant', true, 'present'],
      ['Hj. Nurhaeda, S.Sos., M.M.', 'participant', true, 'present'],
      ['Hasnawati', 'participant', true, 'present'],
      ['Sitti Rahmah', 'participant', true, 'present'],
      ['Rosmiati', 'participant', true, 'present'],
      ['Jumriani', 'participant', true, 'excused'],
      ['dr. Andi Makkasau, M.Kes.', 'participant', true, 'present'],
      ['Syamsuddin, S.KM.', 'participant', true, 'represented'],
      ['Koramil Kelara', 'guest', true, 'present'],
      ['Ahmad Fauzi, S.IP.', 'minute_taker', true, 'present'],
      ['Serda Baharuddin', 'participant', false, 'present'],
    ]);
    const standIn = workspace.participants.find((p) => p.attendance === 'represented');
    expect(standIn).toMatchObject({
      institutionName: 'UPT Puskesmas Rumbia',
      institutionSector: 'kesehatan',
      standInName: 'Nurbaya, S.Tr.Keb.',
      standInPosition: 'Bidan Koordinator UPT Puskesmas Rumbia',
      arrivalTime: '09:02',
    });
    expect(workspace.participants.at(-1)).toMatchObject({
      freePosition: 'Babinsa Kelurahan Tolo',
      institutionName: 'Koramil Kelara',
      arrivalTime: '09:20',
    });
    expect(workspace.counts).toEqual({
      invitedPeople: 13,
      invitedInstitutions: 12,
      presentPeople: 13,
      presentInstitutions: 11,
      presentInvitedPeople: 12,
      presentInvitedInstitutions: 11,
      walkIns: 1,
      excused: 1,
      absent: 0,
      represented: 1,
      unknown: 0,
      invitedBySector: { pemerintahan: 4, keluarga_berencana: 1, perencanaan: 1, pkk: 4, kesehatan: 2, tni_polri: 1 },
    });
  });

  it('has the minutes under their agenda items, the directives, decisions and two commitments', () => {
    const itemTitle = (id: string | null) => workspace.agenda.find((a) => a.id === id)?.kind ?? null;
    expect(workspace.minutes.map((m) => [itemTitle(m.agendaItemId), m.kind, m.speakerName ?? m.speakerText])).toEqual([
      ['opening', 'discussion', 'Muh. Ridwan Daeng Tompo, S.STP., M.Si.'],
      ['directives', 'directive', 'H. Islam Iskandar, S.Sos.'],
      ['directives', 'directive', 'H. Islam Iskandar, S.Sos.'],
      ['directives', 'directive', 'H. Islam Iskandar, S.Sos.'],
      ['presentation', 'discussion', 'St. Meriam'],
      ['presentation', 'discussion', 'Alfian Afandy Syam'],
      ['discussion', 'discussion', 'Ketua TP PKK Desa Gantarang'],
    ]);
    expect(workspace.minutes[1]?.body).toContain('Hilangkan ego sektoral');
    expect(workspace.decisions.map((d) => [d.number, d.agendaItemId])).toEqual([
      [1, seed.agenda.directives.id],
      [2, seed.agenda.discussion.id],
    ]);
    expect(workspace.commitments).toEqual([
      expect.objectContaining({
        institutionName: 'Dinas Pengendalian Penduduk dan Keluarga Berencana Kabupaten Jeneponto',
        contactPersonName: 'St. Meriam',
        agendaItemId: seed.agenda.dppkb.id,
        dueDate: '2025-12-31',
        target: '90%',
        status: 'not_started',
        position: 0,
      }),
      expect.objectContaining({
        institutionName: 'Badan Perencanaan Pembangunan Daerah Kabupaten Jeneponto',
        contactPersonName: 'Alfian Afandy Syam',
        agendaItemId: seed.agenda.bappeda.id,
        status: 'not_started',
        position: 1,
      }),
    ]);
  });

  it('keeps the status changes, commitments and the approval in history, newest first', () => {
    expect(workspace.history.map((h) => [h.entity, h.action, h.changes])).toEqual([
      ['meeting', 'approve', { from: 'held', to: 'approved' }],
      ['commitment', 'create', expect.objectContaining({ institutionId: seed.institutions.bappeda.id })],
      ['commitment', 'create', expect.objectContaining({ institutionId: seed.institutions.dppkb.id })],
      ['meeting', 'status', { from: 'scheduled', to: 'held' }],
      ['meeting', 'status', { from: 'draft', to: 'scheduled' }],
    ]);
  });

  it('refuses an edit to the approved meeting', async () => {
    expect(
      errorOf(
        await core.dispatch('minutes.create', {
          meetingId: seed.meeting.id,
          agendaItemId: seed.agenda.closing.id,
          body: 'Rapat ditutup.',
        }),
      ),
    ).toEqual({ code: 'LOCKED', message: { key: 'error.meetingLocked' } });
  });

  it('loads the workspace quickly', async () => {
    const samples: number[] = [];
    for (let i = 0; i < 20; i++) {
      const start = performance.now();
      valueOf(await core.dispatch('meetings.workspace', { id: seed.meeting.id }));
      samples.push(performance.now() - start);
    }
    samples.sort((a, b) => a - b);
    expect(samples[10]).toBeLessThan(30);
  });

  it('is all there after the host restarts', async () => {
    core.close();
    core = await open();
    expect(valueOf(await core.dispatch('meetings.workspace', { id: seed.meeting.id }))).toEqual(workspace);
  });
});
