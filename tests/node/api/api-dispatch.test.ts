import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../electron/api/dispatch';
import { handlers } from '../../../electron/api/handlers';
import type { ChangeEvent } from '../../../shared/api/contract';
import { LATEST_SCHEMA_VERSION } from '../../../electron/db/migrations';
import { DATABASE_FILE_NAME } from '../../../electron/db/store';
import { RESOURCES_DIR } from '../support/paths';
import { errorOf, startTestCore, valueOf } from '../support/temp';

type TestCore = Awaited<ReturnType<typeof startTestCore>>;

let core: TestCore;
const logged: { method: string; error: unknown }[] = [];
const events: ChangeEvent[] = [];

beforeAll(async () => {
  core = await startTestCore({ logError: (method, error) => logged.push({ method, error }) });
  core.subscribe((event) => events.push(event));
});
afterAll(() => core.close());

const INSTITUTION = { name: 'Puskesmas Tolo', sector: 'kesehatan', level: 'kecamatan' };

describe('dispatch', () => {
  it('answers app.info with the store it serves', async () => {
    expect(valueOf(await core.dispatch('app.info', {}))).toEqual({
      name: 'Sirakor',
      version: '0.0.0-test',
      schemaVersion: LATEST_SCHEMA_VERSION,
      dataDir: core.dataDir,
      databaseFile: join(core.dataDir, DATABASE_FILE_NAME),
      regionCount: 91_599,
      host: 'preview',
    });
  });

  it.each(['institutions.drop', '', 'toString', '__proto__', 'constructor', 'hasOwnProperty'])(
    'answers NOT_FOUND for the unknown method %j',
    async (method) => {
      expect(errorOf(await core.dispatch(method, {}))).toEqual({
        code: 'NOT_FOUND',
        message: { key: 'error.unknownMethod', params: { method } },
      });
    },
  );

  it('cuts a very long unknown method name in its error', async () => {
    const error = errorOf(await core.dispatch('x'.repeat(5000), {}));
    expect(error.message.params?.method).toBe('x'.repeat(100));
  });

  it('turns an unexpected failure into INTERNAL without details, logs it, and keeps serving', async () => {
    core.store.db.exec(
      "CREATE TEMP TRIGGER institutions_fail BEFORE INSERT ON institutions BEGIN SELECT RAISE(ABORT, 'disk on fire'); END",
    );
    events.length = 0;
    expect(await core.dispatch('institutions.create', INSTITUTION)).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: { key: 'error.internal' } },
    });
    expect(logged).toHaveLength(1);
    expect(logged[0]?.method).toBe('institutions.create');
    expect(String(logged[0]?.error)).toContain('disk on fire');
    expect(events).toEqual([]);

    core.store.db.exec('DROP TRIGGER institutions_fail');
    expect(valueOf(await core.dispatch('institutions.create', INSTITUTION))).toMatchObject({ name: 'Puskesmas Tolo' });
    expect(events).toEqual([{ entities: ['institutions'] }]);
  });

  it('maps thrown and rejected errors of any handler: busy and full database to IO, the rest to INTERNAL', async () => {
    const failures: unknown[] = [
      Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' }),
      Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }),
      Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR' }),
      new TypeError('cannot read properties of undefined'),
      'a plain string',
      null,
    ];
    let next = 0;
    const seen: string[] = [];
    const dispatch = createDispatcher({
      ctx: {
        db: core.store.db,
        dataDir: core.dataDir,
        databaseFile: core.store.databaseFile,
        resourcesDir: RESOURCES_DIR,
        host: 'preview',
        appVersion: 'test',
        now: () => new Date(),
      },
      handlers: {
        ...handlers,
        'settings.get': () => {
          throw failures[next++];
        },
        'app.info': async () => Promise.reject(failures[next++]),
      },
      emit: () => undefined,
      logError: (method) => seen.push(method),
    });
    const codes: [string, string][] = [];
    for (let i = 0; i < failures.length; i++) {
      const error = errorOf(await dispatch(i % 2 ? 'app.info' : 'settings.get', {}));
      codes.push([error.code, error.message.key]);
    }
    expect(codes).toEqual([
      ['IO', 'error.databaseBusy'],
      ['IO', 'error.diskFull'],
      ['IO', 'error.diskFull'],
      ['INTERNAL', 'error.internal'],
      ['INTERNAL', 'error.internal'],
      ['INTERNAL', 'error.internal'],
    ]);
    expect(seen).toEqual(['app.info', 'settings.get', 'app.info']);
    expect(valueOf(await dispatch('areas.get', { code: '73' }))).toMatchObject({ name: 'Sulawesi Selatan' });
  });

  it('validates before the handler runs', async () => {
    let calls = 0;
    const dispatch = createDispatcher({
      ctx: {
        db: core.store.db,
        dataDir: core.dataDir,
        databaseFile: core.store.databaseFile,
        resourcesDir: RESOURCES_DIR,
        host: 'preview',
        appVersion: 'test',
        now: () => new Date(),
      },
      handlers: {
        ...handlers,
        'institutions.create': () => {
          calls++;
          throw new Error('must not be reached');
        },
      },
      emit: () => undefined,
    });
    expect(errorOf(await dispatch('institutions.create', { name: 1 })).code).toBe('VALIDATION');
    expect(calls).toBe(0);
  });
});
