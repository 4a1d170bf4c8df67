import { existsSync, readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../../shared/api/contract';
import type { Person } from '../../../shared/domain/directory';
import type { FileDownload } from '../../../shared/domain/files';
import { ERASED_PERSON_NAME } from '../../../shared/domain/privacy';
import { bringTo, MISSING_ID, newMeeting } from '../support/meetings';
import { callerOf, seedRakor, type Call, type SeedRakor } from '../support/seed-rakor';
import { errorOf, startTestCore, valueOf } from '../support/temp';
import { jobDownload } from '../support/jobs';

type TestCore = Awaited<ReturnType<typeof startTestCore>>;

let core: TestCore;
let call: Call;
let seed: SeedRakor;
const events: ChangeEvent[] = [];

const MERIAM_PHONE = '081377712345';
const MERIAM_EMAIL = 'meriam.dppkb@contoh.go.id';
const CAMAT_NIP = '198004122002121003';

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
  seed = await seedRakor(call);
  // St. Meriam presents, speaks in the minutes and is the contact of a commitment; she gets a
  // phone number and an e-mail address. The camat of Kelara holds a NIP and a rank (from the seed).
  await call('people.update', {
    id: seed.people.meriam.id,
    name: seed.people.meriam.name,
    position: seed.people.meriam.position,
    institutionId: seed.people.meriam.institutionId,
    phone: MERIAM_PHONE,
    email: MERIAM_EMAIL,
  });
  core.subscribe((event) => events.push(event));
});
afterAll(async () => {
  core.close();
});

function historyOf(
  entity: string,
  id: string,
): { action: string; changes: string | null; meeting_id: string | null }[] {
  return core.store.db
    .prepare('SELECT action, changes, meeting_id FROM history WHERE entity = ? AND entity_id = ? ORDER BY id')
    .all(entity, id) as never;
}

/** Every text part of a DOCX or XLSX file (its XML parts, tags removed). */
function zipText(file: FileDownload): string {
  const parts = unzipSync(Buffer.from(file.dataBase64, 'base64'));
  return Object.entries(parts)
    .filter(([name]) => name.endsWith('.xml'))
    .map(([, bytes]) => strFromU8(bytes).replace(/<[^>]+>/g, ' '))
    .join('\n');
}

/** The database file and its write-ahead log, as bytes read as Latin-1 text. */
function storedBytes(): string {
  const file = core.store.databaseFile;
  return [file, `${file}-wal`]
    .filter((path) => existsSync(path))
    .map((path) => readFileSync(path).toString('latin1'))
    .join('\n');
}

describe('audit history of people and commitment status', () => {
  it('records create, update, delete of people by field name only', async () => {
    const person = await call('people.create', {
      name: 'Audit Satu',
      phone: '081211112222',
      nip: '199001012015031001',
    });
    await call('people.update', { id: person.id, name: 'Audit Satu', phone: '081211113333' });
    await call('people.delete', { id: person.id });
    expect(historyOf('person', person.id)).toEqual([
      { action: 'create', changes: JSON.stringify({ fields: ['name', 'nip', 'phone'] }), meeting_id: null },
      { action: 'update', changes: JSON.stringify({ fields: ['nip', 'phone'] }), meeting_id: null },
      { action: 'delete', changes: null, meeting_id: null },
    ]);
  });

  it('records a person typed in while inviting, and one added to the directory from a walk-in', async () => {
    const meeting = await newMeeting(call, { title: 'Rakor audit peserta' });
    const invited = await call('participants.add', { meetingId: meeting.id, newPerson: { name: 'Audit Dua' } });
    expect(historyOf('person', invited.personId as string)).toEqual([
      { action: 'create', changes: JSON.stringify({ fields: ['name'] }), meeting_id: null },
    ]);
    const walkIn = await call('participants.add', { meetingId: meeting.id, freeName: 'Audit Tiga', invited: false });
    const linked = await call('participants.toDirectory', { id: walkIn.id });
    expect(historyOf('person', linked.personId as string)).toHaveLength(1);
  });

  it('records every status move of a commitment, from setStatus and from progress updates', async () => {
    const meeting = await newMeeting(call, { title: 'Rakor audit status' });
    const commitment = await call('commitments.create', {
      meetingId: meeting.id,
      institutionId: seed.institutions.dppkb.id,
      description: 'Audit status',
    });
    await bringTo(call, meeting.id, 'approved');
    await call('commitments.setStatus', { id: commitment.id, status: 'in_progress' });
    await call('commitments.setStatus', { id: commitment.id, status: 'in_progress', note: 'Tidak berubah' });
    await call('commitments.addUpdate', { commitmentId: commitment.id, reportedOn: '2025-11-20', statusAfter: 'done' });
    const statuses = historyOf('commitment', commitment.id).filter((row) => row.action === 'status');
    expect(statuses.map((row) => JSON.parse(row.changes as string) as unknown)).toEqual([
      { from: 'not_started', to: 'in_progress' },
      { from: 'in_progress', to: 'done' },
    ]);
  });

  it('records commitments unlinked by deleting their agenda item, and deleted with their meeting', async () => {
    const meeting = await newMeeting(call, { title: 'Rakor audit hapus' });
    const item = await call('agenda.create', { meetingId: meeting.id, kind: 'discussion', title: 'Diskusi' });
    const commitment = await call('commitments.create', {
      meetingId: meeting.id,
      agendaItemId: item.id,
      institutionId: seed.institutions.dppkb.id,
      description: 'Audit hapus',
    });
    await call('agenda.delete', { id: item.id });
    await call('meetings.delete', { id: meeting.id });
    expect(historyOf('commitment', commitment.id).map(({ action, changes }) => ({ action, changes }))).toEqual([
      { action: 'create', changes: expect.any(String) },
      { action: 'update', changes: JSON.stringify({ agendaItemId: { from: item.id, to: null } }) },
      { action: 'delete', changes: JSON.stringify({ withMeeting: true }) },
    ]);
    expect(historyOf('meeting', meeting.id).map((row) => row.action)).toEqual(['delete']);
  });
});

describe('phone numbers stay out of lists, search and exports', () => {
  it('masks them in people.list and privacy.people; people.get has the full number', async () => {
    const list = await call('people.list', { query: 'Meriam' });
    expect(list.items.map((p) => p.phone)).toEqual(['0813•••••345']);
    const privacy = await call('privacy.people', { query: 'Meriam' });
    expect(privacy.items).toEqual([
      expect.objectContaining({ name: 'St. Meriam', phone: '0813•••••345', hasEmail: true, deleted: false }),
    ]);
    expect(JSON.stringify(privacy)).not.toContain(MERIAM_EMAIL);
    expect((await call('people.get', { id: seed.people.meriam.id })).phone).toBe(MERIAM_PHONE);
  });

  it('does not find people by phone number or e-mail address', async () => {
    expect((await call('people.list', { query: MERIAM_PHONE })).total).toBe(0);
    expect((await call('people.list', { query: 'contoh.go.id' })).total).toBe(0);
    expect(await call('search.query', { query: MERIAM_PHONE })).toEqual([]);
    expect(await call('search.count', { query: MERIAM_PHONE })).toBe(0);
  });

  it('leaves them out of the commitments export and of the attendance sheet unless asked', async () => {
    const ledger = await jobDownload(call, { kind: 'ledgerXlsx', input: {} });
    expect(zipText(ledger)).not.toContain('081377712345');
    const meetingId = seed.meeting.id;
    const plain = zipText(await call('documents.meeting', { meetingId, document: 'daftar_hadir', format: 'docx' }));
    expect(plain).toContain('St. Meriam');
    expect(plain).not.toContain(MERIAM_PHONE);
    const asked = zipText(
      await call('documents.meeting', { meetingId, document: 'daftar_hadir', format: 'docx', showPhone: true }),
    );
    expect(asked).toContain(MERIAM_PHONE);
    const signerPersonId = seed.people.camatKelara.id;
    for (const document of ['undangan', 'notulen'] as const) {
      const text = zipText(await call('documents.meeting', { meetingId, document, format: 'docx', signerPersonId }));
      expect(text).not.toContain(MERIAM_PHONE);
    }
  });
});

describe('privacy.summary', () => {
  it('counts what is held, never the values', async () => {
    const summary = await call('privacy.summary', {});
    const row = core.store.db
      .prepare(
        `SELECT count(*) FILTER (WHERE deleted_at IS NULL) AS people, count(*) FILTER (WHERE phone IS NOT NULL) AS phone,
           count(*) FILTER (WHERE nip IS NOT NULL) AS nip FROM people`,
      )
      .get() as { people: number; phone: number; nip: number };
    expect(summary).toMatchObject({ people: row.people, withPhone: row.phone, withNip: row.nip, erased: 0 });
    expect(summary.withEmail).toBeGreaterThanOrEqual(1);
    expect(summary.deletedHolding).toBeGreaterThanOrEqual(1); // "Audit Satu", deleted above
    expect(summary.typedNames).toBeGreaterThanOrEqual(1); // the seed's walk-in and stand-in
  });
});

describe('people.erase', () => {
  let before: Awaited<ReturnType<typeof readMeeting>>;

  async function readMeeting() {
    const workspace = await call('meetings.workspace', { id: seed.meeting.id });
    const ledger = await call('commitments.ledger', { meetingId: seed.meeting.id, limit: 100 });
    return { workspace, ledger };
  }

  beforeAll(async () => {
    before = await readMeeting();
  });

  it('refuses an unknown id, a bad input, and says nothing changed', async () => {
    events.length = 0;
    expect(errorOf(await core.dispatch('people.erase', { id: MISSING_ID }))).toMatchObject({
      code: 'NOT_FOUND',
      message: { key: 'error.notFound.person' },
    });
    expect(errorOf(await core.dispatch('people.erase', { id: 'bukan-id' })).code).toBe('VALIDATION');
    expect(errorOf(await core.dispatch('people.erase', { id: MISSING_ID, force: true })).code).toBe('VALIDATION');
    expect(errorOf(await core.dispatch('privacy.summary', { all: true })).code).toBe('VALIDATION');
    expect(events).toEqual([]);
  });

  it('erases the personal values of a person of an approved meeting, and the meeting still reads whole', async () => {
    const meriam = seed.people.meriam;
    const camat = seed.people.camatKelara;
    expect(storedBytes()).toContain(MERIAM_PHONE);
    expect(storedBytes()).toContain(CAMAT_NIP);

    events.length = 0;
    const erased = valueOf(await core.dispatch('people.erase', { id: meriam.id }));
    expect(erased).toEqual({ id: meriam.id, meetings: 1, cleared: ['name', 'phone', 'email'] });
    expect(events).toEqual([{ entities: ['people', 'meetings', 'commitments'] }]);
    const camatErased = await call('people.erase', { id: camat.id, keepPosition: false });
    expect(camatErased.cleared).toEqual(['name', 'nip', 'rank', 'position']);

    // The rows stay, with no personal value; the position is kept unless asked otherwise.
    const rows = core.store.db
      .prepare(
        'SELECT id, name, position, nip, rank, phone, email, search_text, deleted_at FROM people WHERE id IN (?, ?)',
      )
      .all(meriam.id, camat.id) as Record<string, string | null>[];
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: meriam.id,
          name: ERASED_PERSON_NAME,
          position: meriam.position,
          nip: null,
          rank: null,
          phone: null,
          email: null,
          search_text: '',
          deleted_at: expect.any(String),
        }),
        expect.objectContaining({ id: camat.id, name: ERASED_PERSON_NAME, position: null, nip: null, rank: null }),
      ]),
    );

    // Not in the directory, not findable, not in the privacy list.
    expect(errorOf(await core.dispatch('people.get', { id: meriam.id })).code).toBe('NOT_FOUND');
    expect((await call('people.list', { query: 'Meriam' })).total).toBe(0);
    expect((await call('privacy.people', { query: 'Meriam' })).total).toBe(0);
    expect((await call('privacy.people', { query: 'data pribadi', limit: 500 })).total).toBe(0);

    // The history holds the erase, by field name, and no value of either person anywhere.
    expect(historyOf('person', meriam.id).at(-1)).toEqual({
      action: 'erase',
      changes: JSON.stringify({ fields: ['name', 'phone', 'email'] }),
      meeting_id: null,
    });
    const history = JSON.stringify(core.store.db.prepare('SELECT * FROM history').all());
    for (const value of [meriam.name, MERIAM_PHONE, MERIAM_EMAIL, camat.name, CAMAT_NIP, 'Pembina, IV/a']) {
      expect(history).not.toContain(value);
    }

    // Nor in the database file or its log: secure_delete overwrote the old record.
    const bytes = storedBytes();
    for (const value of [MERIAM_PHONE, MERIAM_EMAIL, CAMAT_NIP]) expect(bytes).not.toContain(value);
  });

  it('keeps the meeting, its attendance, minutes and commitments consistent, showing the placeholder', async () => {
    const after = await readMeeting();
    const { workspace } = after;
    expect(workspace.meeting.status).toBe('approved');
    expect(workspace.counts).toEqual(before.workspace.counts);
    expect(workspace.participants.map((p) => p.id)).toEqual(before.workspace.participants.map((p) => p.id));
    expect(workspace.minutes).toHaveLength(before.workspace.minutes.length);
    expect(workspace.commitments.map((c) => c.id)).toEqual(before.workspace.commitments.map((c) => c.id));
    expect(after.ledger.total).toBe(before.ledger.total);

    const meriamAsParticipant = workspace.participants.find((p) => p.personId === seed.people.meriam.id);
    expect(meriamAsParticipant).toMatchObject({ personName: ERASED_PERSON_NAME, attendance: 'present' });
    expect(workspace.agenda.find((a) => a.presenterPersonId === seed.people.meriam.id)?.presenterName).toBe(
      ERASED_PERSON_NAME,
    );
    expect(workspace.minutes.find((m) => m.speakerPersonId === seed.people.meriam.id)?.speakerName).toBe(
      ERASED_PERSON_NAME,
    );
    const contacted = workspace.commitments.find((c) => c.contactPersonId === seed.people.meriam.id);
    expect(contacted?.contactPersonName).toBe(ERASED_PERSON_NAME);
    expect(after.ledger.items.find((c) => c.id === contacted?.id)?.contactPersonName).toBe(ERASED_PERSON_NAME);
    expect((await call('meetings.get', { id: seed.meeting.id })).id).toBe(seed.meeting.id);

    // The approved minutes print the placeholder and no longer the name.
    const minutes = zipText(
      await call('documents.meeting', { meetingId: seed.meeting.id, document: 'notulen', format: 'docx' }),
    );
    expect(minutes).toContain(ERASED_PERSON_NAME);
    expect(minutes).not.toContain('St. Meriam');
    expect(minutes).not.toContain('19800412');
  });

  it('answers CONFLICT for a person already erased', async () => {
    expect(errorOf(await core.dispatch('people.erase', { id: seed.people.meriam.id }))).toMatchObject({
      code: 'CONFLICT',
      message: { key: 'error.personErased' },
    });
  });

  it('erases a person already deleted from the directory, and the summary follows', async () => {
    const person: Person = await call('people.create', { name: 'Sudah Keluar', phone: '085299998888' });
    await call('people.delete', { id: person.id });
    const held = await call('privacy.summary', {});
    const deleted = await call('privacy.people', { scope: 'deleted', query: 'Sudah Keluar' });
    expect(deleted.items).toEqual([expect.objectContaining({ id: person.id, deleted: true, phone: '0852•••••888' })]);
    expect((await call('privacy.people', { scope: 'active', query: 'Sudah Keluar' })).total).toBe(0);
    expect(await call('people.erase', { id: person.id })).toEqual({
      id: person.id,
      meetings: 0,
      cleared: ['name', 'phone'],
    });
    const after = await call('privacy.summary', {});
    expect(after.deletedHolding).toBe(held.deletedHolding - 1);
    expect(after.erased).toBe(held.erased + 1);
    expect(after.withPhone).toBe(held.withPhone - 1);
    expect(after.people).toBe(held.people);
  });
});
