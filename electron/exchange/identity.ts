import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  KEY_PROBLEMS,
  type KeyProblem,
  type KodeChange,
  type KodeChangeReason,
} from '../../shared/domain/office-identity';
import { ExchangeError } from '../../shared/exchange/errors';
import { durableRename, writeFileAtomic } from '../backups/durable';
import { systemClock, type Clock } from '../db/clock';
import type { Db } from '../db/connection';
import { knownOfficeKode, storeOfficeKeys } from '../db/ownership';
import { settingsRepository } from '../settings/repository';
import { readBackupKeys, removeBackupKeys } from './backup-keys';
import { keyFileOwnerOf, readKeyFileOwner } from './key-file';
import { ensureOfficeKeys, fileKeyStore, OFFICE_KEYS_FILE, type KeyProtection } from './key-store';
import { generateOfficeKeys, type OfficeKeys } from './keys';
import { kodeVerifikasi } from './kode-verifikasi';
import { ensureOfficeId, OfficeIdInvalidError } from './office-id';

/** Set when the office's code changed, until someone confirms the other offices were told. */
export const KODE_CHANGE_SETTING = 'exchange.kodeChange';

export type KeyState =
  | { state: 'ready'; keys: OfficeKeys; kode: string; protection: string }
  | { state: 'problem'; reason: KeyProblem; fileKode: string | null };

export interface IdentityState {
  officeId: string | null;
  keys: KeyState;
}

export interface OfficeIdentityService {
  readonly keyFile: string;
  /**
   * At every start and after a restore: the office id (made at the first run), the keys a restored
   * backup brought, then the keys themselves (made at the first run). A key file that cannot be
   * used is reported by `state()`, never replaced: the app starts and exchange waits.
   */
  refresh(db: Db): IdentityState;
  /** Null before the first refresh (and while the database cannot be opened). */
  state(): IdentityState | null;
  /**
   * What the user chooses when the key file cannot be used: the file is kept aside under another
   * name, new keys are made, and the code change is recorded for Pengaturan to announce.
   */
  replaceKeys(db: Db): IdentityState;
}

interface IdentityOptions {
  dataDir: string;
  protection: KeyProtection;
  now: Clock;
}

function keyProblemOf(error: unknown): KeyProblem | null {
  return error instanceof ExchangeError && (KEY_PROBLEMS as readonly string[]).includes(error.reason)
    ? (error.reason as KeyProblem)
    : null;
}

export function readKodeChange(db: Db): KodeChange | null {
  return settingsRepository(db, systemClock).get<KodeChange>(KODE_CHANGE_SETTING);
}

function recordKodeChange(db: Db, change: KodeChange): void {
  settingsRepository(db, () => new Date(change.at)).set(KODE_CHANGE_SETTING, change);
}

export function clearKodeChange(db: Db): void {
  settingsRepository(db, systemClock).remove(KODE_CHANGE_SETTING);
}

export function createOfficeIdentity({ dataDir, protection, now }: IdentityOptions): OfficeIdentityService {
  const keyFile = join(dataDir, OFFICE_KEYS_FILE);
  const store = () => fileKeyStore(keyFile, protection);
  let current: IdentityState | null = null;

  function newKeys(officeId: string): void {
    store().save(generateOfficeKeys(officeId));
  }

  function change(reason: KodeChangeReason, previousKode: string | null): KodeChange {
    return { at: now().toISOString(), reason, previousKode };
  }

  /**
   * A restored database carries the key file of its backup. The same office's keys go back into
   * the key file; when this PC cannot open them (sealed for another Windows account), or the
   * backup had none of its office, the office gets new keys and its code change is recorded.
   */
  function settleRestoredKeys(db: Db, officeId: string): void {
    const restored = readBackupKeys(db);
    if (!restored) return;
    const owner = keyFileOwnerOf(restored.file);
    let changed: KodeChange | null = null;
    if (owner?.officeId === officeId) {
      if (!existsSync(keyFile) || readFileSync(keyFile, 'utf8') !== restored.file) {
        writeFileAtomic(keyFile, restored.file, 0o600);
      }
      try {
        store().load();
      } catch (error) {
        if (!keyProblemOf(error)) throw error;
        newKeys(officeId);
        changed = change('restoreUnreadable', owner.kode);
      }
    } else if (readKeyFileOwner(keyFile)?.officeId !== officeId) {
      newKeys(officeId);
      changed = change('restoreWithoutKeys', null);
    }
    db.transaction(() => {
      removeBackupKeys(db);
      if (changed) recordKodeChange(db, changed);
    })();
  }

  /**
   * The local office's row remembers the public keys and the code the other offices were given, so
   * a key file that disappeared (deleted, or lost with a copied data folder) and was made anew is
   * announced like any other code change instead of passing silently.
   */
  function rememberKeys(db: Db, officeId: string, keys: OfficeKeys, kode: string, fileWasMissing: boolean): void {
    const known = knownOfficeKode(db, officeId);
    if (known === undefined || known === kode) return;
    db.transaction(() => {
      if (fileWasMissing && known) recordKodeChange(db, change('keysMissing', known));
      storeOfficeKeys(db, officeId, keys.publicKeys, kode);
    })();
  }

  function loadKeys(db: Db, officeId: string): KeyState {
    try {
      const fileWasMissing = !existsSync(keyFile);
      const { keys } = ensureOfficeKeys(store(), officeId);
      const kode = kodeVerifikasi(officeId, keys.publicKeys);
      rememberKeys(db, officeId, keys, kode, fileWasMissing);
      return { state: 'ready', keys, kode, protection: protection.scheme };
    } catch (error) {
      const reason = keyProblemOf(error);
      if (!reason) throw error;
      return { state: 'problem', reason, fileKode: readKeyFileOwner(keyFile)?.kode ?? null };
    }
  }

  function refresh(db: Db): IdentityState {
    current = null;
    let officeId: string;
    try {
      officeId = ensureOfficeId(db, now);
    } catch (error) {
      if (!(error instanceof OfficeIdInvalidError)) throw error;
      current = { officeId: null, keys: { state: 'problem', reason: 'OFFICE_ID_INVALID', fileKode: null } };
      return current;
    }
    settleRestoredKeys(db, officeId);
    current = { officeId, keys: loadKeys(db, officeId) };
    return current;
  }

  return {
    keyFile,
    refresh,
    state: () => current,
    replaceKeys(db) {
      const state = current ?? refresh(db);
      const { officeId } = state;
      if (state.keys.state !== 'problem' || officeId === null) return state;
      const previous = readKeyFileOwner(keyFile);
      if (existsSync(keyFile)) {
        const stamp = now().toISOString().replace(/[:.]/g, '-');
        durableRename(keyFile, join(dataDir, `office-keys.unusable-${stamp}.json`));
      }
      newKeys(officeId);
      recordKodeChange(db, change('replaced', previous?.officeId === officeId ? previous.kode : null));
      return refresh(db);
    },
  };
}
