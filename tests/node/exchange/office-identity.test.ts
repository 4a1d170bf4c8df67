import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { validate as isUuid, version as uuidVersion } from 'uuid';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { BACKUP_KEYS_SETTING } from '../../../electron/exchange/backup-keys';
import { fileKeyStore, OFFICE_KEYS_FILE } from '../../../electron/exchange/key-store';
import { generateOfficeKeys } from '../../../electron/exchange/keys';
import { kodeVerifikasi } from '../../../electron/exchange/kode-verifikasi';
import { ensureOfficeId, OFFICE_ID_SETTING } from '../../../electron/exchange/office-id';
import { openConnection } from '../../../electron/db/connection';
import { migrate } from '../../../electron/db/migrate';
import { MIGRATIONS } from '../../../electron/db/migrations';
import { desktopKeyProtection } from '../../../electron/host/key-protection';
import type { ExchangeIdentity } from '../../../shared/domain/office-identity';
import { isKode } from '../../../shared/exchange/kode';
import { KELARA_OFFICE } from '../../e2e/support/api';
import { fakeSafeStorage } from '../support/safe-storage';
import { base64Of, databaseFileOf, startCoreIn } from '../support/safety';
import { callerOf, seedRakor, type Call } from '../support/seed-rakor';
import { cleanTempDirsAfterEach, errorOf, tempDir } from '../support/temp';

cleanTempDirsAfterEach();

const open: Core[] = [];
afterEach(() => {
  for (const core of open.splice(0)) core.close();
});

type StartOptions = Parameters<typeof startCoreIn>[1];

async function start(dataDir: string, options: StartOptions = {}) {
  const core = await startCoreIn(dataDir, options);
  open.push(core);
  return { core, call: callerOf(core.dispatch) };
}

function stop(core: Core): void {
  open.splice(open.indexOf(core), 1);
  core.close();
}

async function restart(dataDir: string, core: Core, options: StartOptions = {}) {
  stop(core);
  return start(dataDir, options);
}

/** What the settings table of a database file holds under `key` (JSON-decoded), or undefined. */
function settingIn(file: string, key: string): unknown {
  const db = new Database(file, { readonly: true });
  try {
    const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
    return row ? (JSON.parse(row.value) as unknown) : undefined;
  } finally {
    db.close();
  }
}

function keyFileOf(dataDir: string): string {
  return join(dataDir, OFFICE_KEYS_FILE);
}

function kodeOf(identity: ExchangeIdentity): string {
  if (identity.keys.state !== 'ready') throw new Error(`keys not ready: ${identity.keys.reason}`);
  return identity.keys.kode;
}

/** The protection the desktop host uses, over a stand-in safeStorage of one Windows account. */
function sealedFor(account: string): StartOptions {
  return { keyProtection: desktopKeyProtection(fakeSafeStorage(account)) };
}

/** A backup of `call`'s office, carried to another folder as the user would: downloaded whole. */
async function downloadedBackup(call: Call): Promise<{ name: string; dataBase64: string }> {
  const backup = await call('backups.create', {});
  const download = await call('backups.download', { id: backup.id, offset: 0 });
  expect(download.nextOffset).toBeNull();
  return { name: download.fileName, dataBase64: download.dataBase64 };
}

/** Kelara's office with the seed Rakor, its identity, and a backup downloaded to carry elsewhere. */
async function kelaraWithBackup(options: StartOptions = {}) {
  const dataDir = tempDir();
  const { call } = await start(dataDir, options);
  await seedRakor(call);
  const original = await call('exchange.identity', {});
  return { dataDir, original, carried: await downloadedBackup(call) };
}

describe('the office id', () => {
  it('is a lower-case UUIDv7 made once at the first start and the same after every restart', async () => {
    const dataDir = tempDir();
    let { core, call } = await start(dataDir);
    const first = await call('exchange.identity', {});
    expect(first.officeId).not.toBeNull();
    const officeId = first.officeId as string;
    expect(isUuid(officeId) && uuidVersion(officeId)).toBe(7);
    expect(officeId).toBe(officeId.toLowerCase());
    ({ core, call } = await restart(dataDir, core));
    const again = await call('exchange.identity', {});
    expect(again.officeId).toBe(officeId);
    expect(kodeOf(again)).toBe(kodeOf(first));
    stop(core);
    expect(settingIn(databaseFileOf(dataDir), OFFICE_ID_SETTING)).toBe(officeId);
  });

  it('is the one a migration already wrote: the same key and format, whichever path came first', async () => {
    const dataDir = tempDir();
    let { core } = await start(dataDir);
    stop(core);
    // As migration 009 does for an existing database: the row is there before the first start that reads it.
    const written = '0199f1a0-1234-7abc-8def-0123456789ab';
    const db = new Database(databaseFileOf(dataDir));
    db.prepare('UPDATE settings SET value = ? WHERE key = ?').run(JSON.stringify(written), OFFICE_ID_SETTING);
    db.close();
    rmSync(keyFileOf(dataDir)); // the folder's keys were made for the id replaced above
    ({ core } = await start(dataDir));
    const call = callerOf(core.dispatch);
    const identity = await call('exchange.identity', {});
    expect(identity.officeId).toBe(written);

    // ensureOfficeId itself: the same id on every call, never replaced.
    const fresh = openConnection(join(tempDir(), 'x.sqlite'));
    await migrate(fresh, { migrations: MIGRATIONS });
    const made = ensureOfficeId(fresh, () => new Date());
    expect(
      ensureOfficeId(
        fresh,
        () => new Date(),
        () => 'ffffffff-ffff-7fff-bfff-ffffffffffff',
      ),
    ).toBe(made);
    fresh.close();
  });
});

describe('the office keys at start', () => {
  it('are made at the first start, shown as a 24-digit kode of the keys in the data folder', async () => {
    const dataDir = tempDir();
    const { call } = await start(dataDir);
    await call('settings.update', { office: KELARA_OFFICE });
    const identity = await call('exchange.identity', {});
    const kode = kodeOf(identity);
    expect(isKode(kode)).toBe(true);
    expect(kode).toMatch(/^\d{4}( \d{4}){5}$/);
    const stored = fileKeyStore(keyFileOf(dataDir)).load();
    if (!stored) throw new Error('no key file');
    expect(stored.officeId).toBe(identity.officeId);
    expect(kodeVerifikasi(stored.officeId, stored.publicKeys)).toBe(kode);
    // The office as other offices see it: from Pengaturan → Data kantor and the region list.
    expect(identity.office).toEqual({
      name: 'Kantor Camat Kelara',
      level: 'kecamatan',
      areaCode: '73.04.05',
      areaName: 'Kelara',
    });
    expect(identity.keys).toMatchObject({ state: 'ready', protection: 'plain' });
    expect(identity.kodeChange).toBeNull();
  });

  it.each([
    ['KEY_FILE_DAMAGED', (dir: string) => writeFileSync(keyFileOf(dir), '{"format": 1, "officeId": "rusak"')],
    [
      'KEY_FILE_OTHER_OFFICE',
      (dir: string) => fileKeyStore(keyFileOf(dir)).save(generateOfficeKeys('0199f1a0-0000-7000-8000-000000000077')),
    ],
  ] as const)(
    '%s: the app starts and works, Pengaturan shows it, the file is never overwritten',
    async (reason, damage) => {
      const dataDir = tempDir();
      let { core, call } = await start(dataDir);
      await seedRakor(call);
      stop(core);
      damage(dataDir);
      const before = readFileSync(keyFileOf(dataDir));
      ({ core, call } = await start(dataDir));
      // Everything else answers as before.
      expect((await call('meetings.list', { limit: 10 })).items).toHaveLength(1);
      const identity = await call('exchange.identity', {});
      expect(identity.keys).toMatchObject({ state: 'problem', reason });
      if (reason === 'KEY_FILE_OTHER_OFFICE') expect(identity.keys).toMatchObject({ fileKode: expect.any(String) });
      ({ core, call } = await restart(dataDir, core));
      expect(readFileSync(keyFileOf(dataDir)).equals(before)).toBe(true);
      expect((await call('backups.create', {})).kind).toBe('manual');

      // The way out the user chooses: new keys, the old file kept aside, the code change announced until confirmed.
      const replaced = await call('exchange.replaceKeys', {});
      expect(replaced.keys.state).toBe('ready');
      expect(replaced.kodeChange).toMatchObject({ reason: 'replaced' });
      const aside = readdirSync(dataDir).filter((name) => name.startsWith('office-keys.unusable-'));
      expect(aside).toHaveLength(1);
      expect(readFileSync(join(dataDir, aside[0] as string)).equals(before)).toBe(true);
      const acknowledged = await call('exchange.acknowledgeKodeChange', {});
      expect(acknowledged.kodeChange).toBeNull();
      expect(kodeOf(acknowledged)).toBe(kodeOf(replaced));
      // Keys that work are not replaced.
      expect(errorOf(await core.dispatch('exchange.replaceKeys', {})).message.key).toBe(
        'error.officeIdentity.keysUsable',
      );
    },
  );

  it('KEY_PROTECTION_UNAVAILABLE: keys sealed by the desktop app, opened where that protection is missing', async () => {
    const dataDir = tempDir();
    let { core, call } = await start(dataDir, sealedFor('camat'));
    const kode = kodeOf(await call('exchange.identity', {}));
    ({ core, call } = await restart(dataDir, core, {
      keyProtection: desktopKeyProtection(fakeSafeStorage('camat', false)),
    }));
    const identity = await call('exchange.identity', {});
    expect(identity.keys).toEqual({ state: 'problem', reason: 'KEY_PROTECTION_UNAVAILABLE', fileKode: kode });
    // Back with the account that sealed them: the same code.
    ({ call } = await restart(dataDir, core, sealedFor('camat')));
    expect(kodeOf(await call('exchange.identity', {}))).toBe(kode);
  });

  it('a key file gone from the data folder: new keys, and Pengaturan says the code changed, naming the old one', async () => {
    const dataDir = tempDir();
    let { core, call } = await start(dataDir);
    const kode = kodeOf(await call('exchange.identity', {}));
    // A restart with the file in place changes nothing and announces nothing.
    ({ core, call } = await restart(dataDir, core));
    expect(await call('exchange.identity', {})).toMatchObject({ kodeChange: null, keys: { kode } });
    stop(core);
    rmSync(keyFileOf(dataDir));
    ({ core, call } = await start(dataDir));
    const renewed = await call('exchange.identity', {});
    expect(kodeOf(renewed)).not.toBe(kode);
    expect(renewed.kodeChange).toMatchObject({ reason: 'keysMissing', previousKode: kode });
    // Announced once: the next start knows the new code.
    await call('exchange.acknowledgeKodeChange', {});
    ({ call } = await restart(dataDir, core));
    expect(await call('exchange.identity', {})).toMatchObject({ kodeChange: null, keys: { kode: kodeOf(renewed) } });
  });
});

describe('keys in backups', () => {
  it('travel inside every backup file, never in the live database, and the backup passes its checks', async () => {
    const dataDir = tempDir();
    const { core, call } = await start(dataDir);
    await seedRakor(call);
    const backup = await call('backups.create', {});
    const file = join(dataDir, 'backups', backup.fileName);
    expect(settingIn(file, BACKUP_KEYS_SETTING)).toEqual({ file: readFileSync(keyFileOf(dataDir), 'utf8') });
    const copy = new Database(file, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    expect(backup.counts).toMatchObject({ meetings: 1 });
    stop(core);
    expect(settingIn(databaseFileOf(dataDir), BACKUP_KEYS_SETTING)).toBeUndefined();
  });

  it('a restore into a fresh data folder (a new PC) keeps the office id and its kode', async () => {
    const { dataDir: kelara, original, carried } = await kelaraWithBackup();
    const newPc = tempDir();
    let { core, call: callNew } = await start(newPc);
    expect((await callNew('exchange.identity', {})).officeId).not.toBe(original.officeId);
    const report = await callNew('backups.restoreUpload', carried);
    expect(report.countsNow.meetings).toBe(1);
    const restored = await callNew('exchange.identity', {});
    expect(restored.officeId).toBe(original.officeId);
    expect(kodeOf(restored)).toBe(kodeOf(original));
    expect(restored.kodeChange).toBeNull();
    expect(readFileSync(keyFileOf(newPc), 'utf8')).toBe(readFileSync(keyFileOf(kelara), 'utf8'));
    ({ core, call: callNew } = await restart(newPc, core));
    expect(kodeOf(await callNew('exchange.identity', {}))).toBe(kodeOf(original));
    stop(core);
    expect(settingIn(databaseFileOf(newPc), BACKUP_KEYS_SETTING)).toBeUndefined();
  });

  it('keys sealed for another Windows account: new keys on restore, and Pengaturan says the code changed', async () => {
    const { original, carried } = await kelaraWithBackup(sealedFor('camat-pc-lama'));
    expect(original.keys).toMatchObject({ protection: 'safeStorage' });
    const newPc = tempDir();
    const { call: callNew } = await start(newPc, sealedFor('camat-pc-baru'));
    await callNew('backups.restoreUpload', carried);
    const restored = await callNew('exchange.identity', {});
    expect(restored.officeId).toBe(original.officeId);
    expect(kodeOf(restored)).not.toBe(kodeOf(original));
    expect(restored.kodeChange).toMatchObject({ reason: 'restoreUnreadable', previousKode: kodeOf(original) });
    // The new keys work on this PC.
    expect(
      fileKeyStore(keyFileOf(newPc), desktopKeyProtection(fakeSafeStorage('camat-pc-baru'))).load()?.officeId,
    ).toBe(original.officeId);
  });

  it('a database left with the backup keys (a crash right after the restore) settles them at the next start', async () => {
    const kelara = tempDir();
    const { call } = await start(kelara);
    await seedRakor(call);
    const original = await call('exchange.identity', {});
    const backup = await call('backups.create', {});
    const newPc = tempDir();
    writeFileSync(databaseFileOf(newPc), readFileSync(join(kelara, 'backups', backup.fileName)));
    const { core, call: callNew } = await start(newPc);
    expect(kodeOf(await callNew('exchange.identity', {}))).toBe(kodeOf(original));
    stop(core);
    expect(settingIn(databaseFileOf(newPc), BACKUP_KEYS_SETTING)).toBeUndefined();
  });

  it('an old backup without keys or office id restores, and the office keeps its id and its code', async () => {
    const dataDir = tempDir();
    const { call } = await start(dataDir);
    await seedRakor(call);
    const before = await call('exchange.identity', {});
    const older = join(tempDir(), 'sirakor-2025-01-02T030405-manual.sqlite');
    // A backup from before keys were backed up: schema 1, no office id, no keys.
    const db = openConnection(older);
    await migrate(db, { migrations: MIGRATIONS.slice(0, 1) });
    db.close();
    expect(settingIn(older, OFFICE_ID_SETTING)).toBeUndefined();
    const report = await call('backups.restoreUpload', {
      name: 'sirakor-2025-01-02T030405-manual.sqlite',
      dataBase64: base64Of(older),
    });
    expect(report.migratedFrom).toBe(1);
    const after = await call('exchange.identity', {});
    expect(after.officeId).toBe(before.officeId);
    expect(kodeOf(after)).toBe(kodeOf(before));
    expect(after.kodeChange).toBeNull();
  });

  it('a backup of another office without keys: its office gets new keys, and the change is announced', async () => {
    const dataDir = tempDir();
    const { call } = await start(dataDir);
    const before = await call('exchange.identity', {});
    const other = join(tempDir(), 'sirakor-2025-01-02T030405-manual.sqlite');
    const db = openConnection(other);
    // The other office got its id at a first start before migration 009, which keeps it.
    await migrate(db, { migrations: MIGRATIONS.filter((m) => m.version < 9) });
    const otherId = '0199f1a0-0000-7000-8000-0000000000aa';
    ensureOfficeId(
      db,
      () => new Date(),
      () => otherId,
    );
    await migrate(db, { migrations: MIGRATIONS });
    db.close();
    await call('backups.restoreUpload', {
      name: 'sirakor-2025-01-02T030405-manual.sqlite',
      dataBase64: base64Of(other),
    });
    const after = await call('exchange.identity', {});
    expect(after.officeId).toBe(otherId);
    expect(kodeOf(after)).not.toBe(kodeOf(before));
    expect(after.kodeChange).toMatchObject({ reason: 'restoreWithoutKeys', previousKode: null });
    expect(existsSync(keyFileOf(dataDir))).toBe(true);
  });
});
