import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Institution, Person } from '../../../shared/domain/directory';
import type { MeetingWorkspace } from '../../../shared/domain/meetings';
import { ERASED_PERSON_NAME } from '../../../shared/domain/privacy';
import { artifactsDir, pdfText } from '../support/documents-tools';
import { callerOf, seedRakor, type Call, type SeedRakor } from '../support/seed-rakor';
import { startTestCore } from '../support/temp';

/**
 * Approved minutes are a record: the names, positions, NIPs and institution names they were
 * approved with stay, whatever the directory says later; unlocking lets them follow again.
 */
type TestCore = Awaited<ReturnType<typeof startTestCore>>;

let core: TestCore;
let call: Call;
let seed: SeedRakor;

const MINUTE_TAKER_NIP = '198705142010011002';

beforeAll(async () => {
  core = await startTestCore();
  call = callerOf(core.dispatch);
  await call('settings.update', {
    office: {
      level: 'kecamatan',
      kabupatenCode: '73.04',
      kecamatanCode: '73.04.05',
      officeName: 'Kantor Camat Kelara',
      address: 'Jalan Poros Jeneponto–Malakaji, Tolo, Kelara',
    },
  });
  seed = await seedRakor(call, { approve: false });
  const minuteTaker = await call('people.get', { id: seed.participants.minuteTaker.personId as string });
  await call('people.update', { ...editable(minuteTaker), nip: MINUTE_TAKER_NIP, rank: 'Penata (III/c)' });
  await call('meetings.approve', { id: seed.meeting.id });
});
afterAll(() => core.close());

function editable(person: Person) {
  const { id, name, position, institutionId, nip, rank, phone, email } = person;
  return { id, name, position, institutionId, nip, rank, phone, email };
}

function editableInstitution(institution: Institution) {
  const { id, name, shortName, sector, level, areaCode, address, phone, email } = institution;
  return { id, name, shortName, sector, level, areaCode, address, phone, email };
}

function namesIn(workspace: MeetingWorkspace) {
  const minuteTaker = workspace.participants.find((p) => p.role === 'minute_taker');
  const dppkb = workspace.commitments.find((c) => c.institutionId === seed.institutions.dppkb.id);
  const meriamSpeaks = workspace.minutes.find((m) => m.speakerPersonId === seed.people.meriam.id);
  return {
    chair: workspace.meeting.chairName,
    minuteTaker: workspace.meeting.minuteTakerName,
    minuteTakerPosition: minuteTaker?.personPosition,
    commitmentInstitution: dppkb?.institutionName,
    speaker: meriamSpeaks?.speakerName,
  };
}

async function notulenText(name: string): Promise<string> {
  const pdf = await call('documents.meeting', { meetingId: seed.meeting.id, document: 'notulen', format: 'pdf' });
  const file = join(artifactsDir(), `recorded-names-${name}.pdf`);
  writeFileSync(file, Buffer.from(pdf.dataBase64, 'base64'));
  return pdfText(file);
}

describe('names recorded at approval', () => {
  it('keep the approved minutes as approved when the directory changes, and follow it again after an unlock', async () => {
    const before = namesIn(await call('meetings.workspace', { id: seed.meeting.id }));
    expect(before).toEqual({
      chair: 'H. Islam Iskandar, S.Sos.',
      minuteTaker: 'Ahmad Fauzi, S.IP.',
      minuteTakerPosition: 'Kepala Seksi Pemerintahan Kecamatan Kelara',
      commitmentInstitution: 'Dinas Pengendalian Penduduk dan Keluarga Berencana Kabupaten Jeneponto',
      speaker: 'St. Meriam',
    });
    expect(await notulenText('approved')).toContain('NIP 19870514 201001 1 002');

    // A year later: the minute-taker is promoted and gets a new NIP record, the chair's title is
    // corrected, DPPKB is merged into a new office, and St. Meriam's name gets her degree.
    const minuteTaker = await call('people.get', { id: seed.participants.minuteTaker.personId as string });
    await call('people.update', {
      ...editable(minuteTaker),
      name: 'Ahmad Fauzi, S.IP., M.Si.',
      position: 'Sekretaris Camat Kelara',
      nip: '198705142010011099',
    });
    const chair = await call('people.get', { id: seed.people.chair.id });
    await call('people.update', { ...editable(chair), name: 'Dr. H. Islam Iskandar, S.Sos., M.M.' });
    const meriam = await call('people.get', { id: seed.people.meriam.id });
    await call('people.update', { ...editable(meriam), name: 'St. Meriam, S.KM.' });
    const dppkb = await call('institutions.get', { id: seed.institutions.dppkb.id });
    await call('institutions.update', {
      ...editableInstitution(dppkb),
      name: 'Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan Perlindungan Anak',
    });

    expect(namesIn(await call('meetings.workspace', { id: seed.meeting.id }))).toEqual(before);
    // The meetings list names the chair as the minutes do.
    const listed = await call('meetings.list', { limit: 10 });
    expect(listed.items.find((m) => m.id === seed.meeting.id)?.chairName).toBe('H. Islam Iskandar, S.Sos.');
    const printed = await notulenText('after-directory-changes');
    expect(printed).toContain('Ahmad Fauzi, S.IP.');
    expect(printed).not.toContain('Ahmad Fauzi, S.IP., M.Si.');
    expect(printed).toContain('NIP 19870514 201001 1 002');
    expect(printed).not.toContain('Dr. H. Islam');
    // The ledger is the live view of the commitments: it shows today's institution name.
    const ledger = await call('commitments.ledger', { meetingId: seed.meeting.id });
    expect(ledger.items.map((i) => i.institutionName)).toContain(
      'Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan Perlindungan Anak',
    );

    await call('meetings.unlock', { id: seed.meeting.id, reason: 'Perbaikan nama peserta' });
    const relisted = await call('meetings.list', { limit: 10 });
    expect(relisted.items.find((m) => m.id === seed.meeting.id)?.chairName).toBe('Dr. H. Islam Iskandar, S.Sos., M.M.');
    const unlocked = namesIn(await call('meetings.workspace', { id: seed.meeting.id }));
    expect(unlocked).toEqual({
      chair: 'Dr. H. Islam Iskandar, S.Sos., M.M.',
      minuteTaker: 'Ahmad Fauzi, S.IP., M.Si.',
      minuteTakerPosition: 'Sekretaris Camat Kelara',
      commitmentInstitution:
        'Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan Perlindungan Anak',
      speaker: 'St. Meriam, S.KM.',
    });

    // Approved again: these are now the names of record.
    await call('meetings.approve', { id: seed.meeting.id });
    await call('people.update', { ...editable(meriam), name: 'St. Meriam, S.KM., M.Kes.' });
    expect(namesIn(await call('meetings.workspace', { id: seed.meeting.id }))).toEqual(unlocked);
    expect(await notulenText('approved-again')).toContain('NIP 19870514 201001 1 099');
  });

  it('are reached by erasure: the recorded copy loses the name, NIP and rank too', async () => {
    const minuteTakerId = seed.participants.minuteTaker.personId as string;
    await call('people.erase', { id: minuteTakerId, keepPosition: false });
    const workspace = await call('meetings.workspace', { id: seed.meeting.id });
    expect(workspace.meeting.minuteTakerName).toBe(ERASED_PERSON_NAME);
    expect(workspace.participants.find((p) => p.personId === minuteTakerId)?.personPosition).toBeNull();
    const stored = core.store.db
      .prepare('SELECT people FROM meeting_recorded_names WHERE meeting_id = ?')
      .pluck()
      .get(seed.meeting.id) as string;
    expect(stored).not.toContain('Ahmad Fauzi');
    expect(stored).not.toContain('198705142010011099');
    expect(JSON.parse(stored)[minuteTakerId]).toEqual({
      name: ERASED_PERSON_NAME,
      position: null,
      rank: null,
      nip: null,
    });
    const printed = await notulenText('after-erasure');
    expect(printed).not.toContain('Ahmad Fauzi');
    expect(printed).not.toContain('19870514');
  });
});
