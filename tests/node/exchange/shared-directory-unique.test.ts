import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkIntegrity,
  JENEPONTO,
  KELARA,
  openInstallation,
  receivePackage,
  sendPackage,
  type Installation,
} from './installations';

/**
 * Migration 013: unique keys are unique per office. The Kepala Dinas in the kabupaten's directory
 * and in Kelara's (one NIP, two records) are both kept at the kabupaten; two offices' catalogue
 * entries with the same code too. Before, the second copy waited in exchange_held ('unique').
 */
let kelara: Installation;
let kabupaten: Installation;

beforeAll(async () => {
  [kelara, kabupaten] = await Promise.all([openInstallation(KELARA), openInstallation(JENEPONTO)]);
}, 60_000);
afterAll(() => {
  for (const office of [kelara, kabupaten]) office.core.close();
});

const NIP = '197001012000031001';

describe('unique keys per office', () => {
  it('applies a person with the NIP of a local person, and a catalogue entry with a local code', async () => {
    const local = await kabupaten.call('people.create', {
      name: 'dr. Andi Makkasau, M.Kes',
      position: 'Kepala Dinas Kesehatan',
      institutionId: null,
      nip: NIP,
    });
    const theirs = await kelara.call('people.create', {
      name: 'dr. Andi Makkasau',
      position: 'Kadis Kesehatan',
      institutionId: null,
      nip: NIP,
    });
    await kabupaten.call('fundingSources.create', { code: 'DD-X', name: 'Dana khusus kabupaten' });
    await kelara.call('fundingSources.create', { code: 'DD-X', name: 'Dana khusus kecamatan' });

    const result = receivePackage(kabupaten, sendPackage(kelara, kabupaten).path, [kelara]);
    expect(result.kinds.people).toMatchObject({ added: 1, held: 0 });
    expect(result.kinds.funding_sources).toMatchObject({ added: 1, held: 0 });
    expect(kabupaten.db.prepare('SELECT count(*) AS n FROM exchange_held').get()).toEqual({ n: 0 });
    const copies = kabupaten.db.prepare('SELECT id, owner_office_id FROM people WHERE nip = ? ORDER BY id').all(NIP);
    expect(copies).toHaveLength(2);
    expect(copies).toEqual(
      expect.arrayContaining([
        { id: local.id, owner_office_id: kabupaten.officeId },
        { id: theirs.id, owner_office_id: kelara.officeId },
      ]),
    );
    expect(checkIntegrity(kabupaten.db)).toEqual({ integrity: 'ok', foreignKeys: [] });
  });

  it('still refuses the same NIP twice in the office’s own directory', async () => {
    await expect(
      kabupaten.call('people.create', { name: 'Orang Lain', position: null, institutionId: null, nip: NIP }),
    ).rejects.toThrow(/CONFLICT/);
    expect(
      kabupaten.db
        .prepare('SELECT count(*) AS n FROM people WHERE nip = ? AND owner_office_id = ?')
        .get(NIP, kabupaten.officeId),
    ).toEqual({ n: 1 });
  });
});
