import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { updateOf } from '../support/meetings';
import { callerOf, seedRakor, type Call, type SeedRakor } from '../support/seed-rakor';
import { errorOf, startTestCore } from '../support/temp';

/**
 * Before the chair approves the minutes, Sirakor says which signer would print without pangkat
 * or NIP: approved minutes keep what they were approved with.
 */
describe('meetings.approvalCheck', () => {
  let core: Core & { dataDir: string };
  let call: Call;
  let seed: SeedRakor;

  beforeAll(async () => {
    core = await startTestCore();
    call = callerOf(core.dispatch);
    seed = await seedRakor(call, { approve: false });
  });

  afterAll(() => core?.close());

  it('warns about a minute-taker without pangkat and NIP; the Wakil Bupati signs without them', async () => {
    const check = await call('meetings.approvalCheck', { id: seed.meeting.id });
    expect(check.signers).toEqual([
      {
        role: 'minute_taker',
        name: 'Ahmad Fauzi, S.IP.',
        personId: seed.meeting.minuteTakerPersonId,
        missing: ['rank', 'nip'],
      },
    ]);
  });

  it('follows the directory: the NIP alone still lacks the pangkat, both clear the warning', async () => {
    const id = seed.meeting.minuteTakerPersonId as string;
    const person = await call('people.get', { id });
    const base = { id, name: person.name, position: person.position, institutionId: person.institutionId };
    await call('people.update', { ...base, nip: '19870612 201001 1 017' });
    expect((await call('meetings.approvalCheck', { id: seed.meeting.id })).signers[0]?.missing).toEqual(['rank']);
    await call('people.update', { ...base, nip: '19870612 201001 1 017', rank: 'Penata, III/c' });
    expect((await call('meetings.approvalCheck', { id: seed.meeting.id })).signers).toEqual([]);
  });

  it('a chair who is an official of the directory without pangkat and NIP is named too', async () => {
    const meeting = await call('meetings.get', { id: seed.meeting.id });
    await call('meetings.update', {
      ...updateOf(meeting),
      chairPersonId: seed.people.camatRumbia.id,
      chairRole: 'Camat Rumbia',
    });
    expect((await call('meetings.approvalCheck', { id: seed.meeting.id })).signers).toEqual([
      {
        role: 'chair',
        name: 'Hj. Nurhaeda, S.Sos., M.M.',
        personId: seed.people.camatRumbia.id,
        missing: ['rank', 'nip'],
      },
    ]);
  });

  it('refuses an unknown meeting', async () => {
    const error = errorOf(
      await core.dispatch('meetings.approvalCheck', { id: '01890000-0000-7000-8000-000000000000' }),
    );
    expect(error.code).toBe('NOT_FOUND');
  });
});
