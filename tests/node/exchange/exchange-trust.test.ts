import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateOfficeKeys } from '../../../electron/exchange/keys';
import { kodeVerifikasi } from '../../../electron/exchange/kode-verifikasi';
import { INBOX_FOLDER } from '../../../electron/exchange/service/inbox';
import { installationsClosedAfterEach, packageFrom, upload, type Installation } from '../support/exchange-offices';
import { indonesianText } from '../support/indonesian';
import { cleanTempDirsAfterEach, tempDir } from '../support/temp';

cleanTempDirsAfterEach();

const office = installationsClosedAfterEach();

/** The refusal a call failed with (callerOf throws it as JSON), with its Indonesian text. */
async function refusal(promise: Promise<unknown>): Promise<{ code: string; key: string; text: string }> {
  try {
    await promise;
  } catch (error) {
    const json = (error as Error).message.replace(/^[\w.]+ failed: /, '');
    const { code, message } = JSON.parse(json) as {
      code: string;
      message: { key: string; params?: Record<string, string> };
    };
    return { code, key: message.key, text: indonesianText(message.key, message.params) };
  }
  throw new Error('expected a refusal');
}

function trustLog(office: Installation): { decision: string; kode: string; previous_kode: string | null }[] {
  return office.core.store.db
    .prepare('SELECT decision, kode, previous_kode FROM exchange_trust_log ORDER BY id')
    .all() as { decision: string; kode: string; previous_kode: string | null }[];
}

describe('Terima data: a picked package checked, and its sender trusted only after the kode was compared', () => {
  it('asks to trust a new office, shows its kode, name and area, and records the trust with its keys', async () => {
    const kelara = await office('kelara');
    const kabupaten = await office('kabupaten');
    const file = packageFrom(kelara, kabupaten, join(tempDir(), 'kelara.sirakor'));

    const inspection = await kabupaten.call('exchange.inspect', {
      uploadId: await upload(kabupaten.call, file),
      name: 'kelara.sirakor',
    });
    expect(inspection).toMatchObject({
      status: 'needs-trust',
      fileName: 'kelara.sirakor',
      encrypted: true,
      sender: {
        officeId: kelara.officeId,
        name: 'Kantor Camat Kelara',
        level: 'kecamatan',
        areaCode: '73.04.05',
        areaName: 'Kelara',
        kode: kelara.kode,
      },
    });
    expect(await kabupaten.call('exchange.offices', {})).toEqual([]);

    // A code that is not the package's sender's is refused: nothing is trusted.
    const wrong = await refusal(
      kabupaten.call('exchange.trust', { ref: inspection.ref, kode: '0000 0000 0000 0000 0000 0000' }),
    );
    expect(wrong).toMatchObject({ code: 'CONFLICT', key: 'exchangeData.error.kodeMismatch' });
    expect(trustLog(kabupaten)).toEqual([]);

    // Typed back with dashes, as people do.
    const trusted = await kabupaten.call('exchange.trust', {
      ref: inspection.ref,
      kode: kelara.kode.replaceAll(' ', '-'),
    });
    expect(trusted.status).toBe('ready');
    const [known] = await kabupaten.call('exchange.offices', {});
    expect(known).toMatchObject({
      id: kelara.officeId,
      name: 'Kantor Camat Kelara',
      kode: kelara.kode,
      canReceive: true,
      areaName: 'Kelara',
    });
    expect(known?.trustedAt).not.toBeNull();
    expect(trustLog(kabupaten)).toEqual([{ decision: 'trusted', kode: kelara.kode, previous_kode: null }]);

    // Checked again, the same package is ready; trusting again is refused.
    expect((await kabupaten.call('exchange.inspect', { ref: inspection.ref })).status).toBe('ready');
    expect(await refusal(kabupaten.call('exchange.trust', { ref: inspection.ref, kode: kelara.kode }))).toMatchObject({
      key: 'exchangeData.error.nothingToTrust',
    });
  });

  it('Batal: the decision is logged, the package dropped, and the office stays untrusted', async () => {
    const kelara = await office('kelara');
    const kabupaten = await office('kabupaten');
    const file = packageFrom(kelara, 'any', join(tempDir(), 'any.sirakor'));
    const inspection = await kabupaten.call('exchange.inspect', {
      uploadId: await upload(kabupaten.call, file),
      name: 'any.sirakor',
    });
    expect(inspection).toMatchObject({ status: 'needs-trust', encrypted: false });
    await kabupaten.call('exchange.decline', { ref: inspection.ref });
    expect(trustLog(kabupaten)).toEqual([{ decision: 'declined', kode: kelara.kode, previous_kode: null }]);
    expect(readdirSync(join(kabupaten.dataDir, INBOX_FOLDER))).toEqual([]);
    const [known] = await kabupaten.call('exchange.offices', {});
    expect(known).toMatchObject({ id: kelara.officeId, trustedAt: null, canReceive: false });
    const gone = await refusal(kabupaten.call('exchange.inspect', { ref: inspection.ref }));
    expect(gone).toMatchObject({ code: 'NOT_FOUND', key: 'exchangeData.error.packageGone' });
    expect(gone.text).toContain('Pilih berkasnya lagi');
  });

  it('a trusted office with new keys: key-changed with both codes, trusted again only with the new code compared', async () => {
    const kelara = await office('kelara');
    const kabupaten = await office('kabupaten');
    const first = packageFrom(kelara, kabupaten, join(tempDir(), 'first.sirakor'));
    const one = await kabupaten.call('exchange.inspect', {
      uploadId: await upload(kabupaten.call, first),
      name: 'first.sirakor',
    });
    await kabupaten.call('exchange.trust', { ref: one.ref, kode: kelara.kode });

    const newKeys = generateOfficeKeys(kelara.officeId);
    const newKode = kodeVerifikasi(kelara.officeId, newKeys.publicKeys);
    const second = packageFrom(kelara, kabupaten, join(tempDir(), 'second.sirakor'), { keys: newKeys });
    const two = await kabupaten.call('exchange.inspect', {
      uploadId: await upload(kabupaten.call, second),
      name: 'second.sirakor',
    });
    expect(two).toMatchObject({ status: 'key-changed', previousKode: kelara.kode, sender: { kode: newKode } });
    // Until the user decides, the import job refuses it (the reader's KEY_CHANGED).
    const started = await refusal(kabupaten.call('exchange.trust', { ref: two.ref, kode: kelara.kode }));
    expect(started.key).toBe('exchangeData.error.kodeMismatch');
    await kabupaten.call('exchange.trust', { ref: two.ref, kode: newKode });
    expect(trustLog(kabupaten)).toEqual([
      { decision: 'trusted', kode: kelara.kode, previous_kode: null },
      { decision: 'keysReplaced', kode: newKode, previous_kode: kelara.kode },
    ]);
    const [known] = await kabupaten.call('exchange.offices', {});
    expect(known?.kode).toBe(newKode);
    // The package made with the old keys is now the changed one.
    const again = await kabupaten.call('exchange.inspect', {
      uploadId: await upload(kabupaten.call, first),
      name: 'first.sirakor',
    });
    expect(again).toMatchObject({ status: 'key-changed', previousKode: newKode });
  });

  it('refuses what is not a package, or not for this office, with the reader`s Indonesian message and keeps nothing', async () => {
    const kelara = await office('kelara');
    const rumbia = await office('rumbia');
    const kabupaten = await office('kabupaten');
    const forRumbia = packageFrom(kelara, rumbia, join(tempDir(), 'rumbia.sirakor'));
    const mismatch = await refusal(
      kabupaten.call('exchange.inspect', { uploadId: await upload(kabupaten.call, forRumbia), name: 'rumbia.sirakor' }),
    );
    expect(mismatch).toMatchObject({ key: 'error.exchange.recipientMismatch' });
    expect(mismatch.text).toContain('ditujukan untuk kantor lain');
    const notAPackage = join(kabupaten.dataDir, 'sirakor.sqlite');
    const refusedFile = await refusal(
      kabupaten.call('exchange.inspect', { uploadId: await upload(kabupaten.call, notAPackage), name: 'x.sirakor' }),
    );
    expect(refusedFile.key).toBe('error.exchange.notAPackage');
    const own = packageFrom(kabupaten, 'any', join(tempDir(), 'own.sirakor'));
    expect(
      (
        await refusal(
          kabupaten.call('exchange.inspect', { uploadId: await upload(kabupaten.call, own), name: 'own.sirakor' }),
        )
      ).key,
    ).toBe('error.exchange.fromSelf');
    expect(await kabupaten.call('exchange.offices', {})).toEqual([]);
    expect(existsSync(join(kabupaten.dataDir, INBOX_FOLDER))).toBe(true);
  });
});
