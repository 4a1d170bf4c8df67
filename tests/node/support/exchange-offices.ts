import { readFileSync } from 'node:fs';
import { afterEach } from 'vitest';
import { join } from 'node:path';
import type { Core } from '../../../electron/core';
import { ensureOfficeKeys, fileKeyStore, OFFICE_KEYS_FILE } from '../../../electron/exchange/key-store';
import type { OfficeKeys } from '../../../electron/exchange/keys';
import { writePackage, type RecipientOffice } from '../../../electron/exchange/package-writer';
import { LATEST_SCHEMA_VERSION } from '../../../electron/db/migrations';
import type { InputOf } from '../../../shared/api/contract';
import type { JobInfo } from '../../../shared/domain/jobs';
import type { RecordVersion } from '../../../shared/exchange/versions';
import { callerOf, type Call } from './seed-rakor';
import { startCoreIn } from './safety';
import { tempDir } from './temp';

/** Offices of the seed's kabupaten, as Pengaturan → Data kantor holds them. */
export const OFFICES = {
  kelara: {
    level: 'kecamatan',
    kabupatenCode: '73.04',
    kecamatanCode: '73.04.05',
    officeName: 'Kantor Camat Kelara',
  },
  rumbia: {
    level: 'kecamatan',
    kabupatenCode: '73.04',
    kecamatanCode: '73.04.10',
    officeName: 'Kantor Camat Rumbia',
  },
  kabupaten: { level: 'kabupaten', kabupatenCode: '73.04', officeName: 'Bappeda Kabupaten Jeneponto' },
} as const satisfies Record<string, InputOf<'settings.update'>['office']>;

export interface Installation {
  dataDir: string;
  core: Core;
  call: Call;
  officeId: string;
  name: string;
  areaCode: string;
  level: 'desa' | 'kecamatan' | 'kabupaten';
  kode: string;
}

/** One office's Sirakor on a data folder of its own, with its office data filled in. */
export async function installation(office: keyof typeof OFFICES, dataDir: string = tempDir()): Promise<Installation> {
  const core = await startCoreIn(dataDir);
  const call = callerOf(core.dispatch);
  const settings = OFFICES[office];
  await call('settings.update', { office: settings });
  const identity = await call('exchange.identity', {});
  if (!identity.officeId || identity.keys.state !== 'ready' || !identity.office) throw new Error('no identity');
  return {
    dataDir,
    core,
    call,
    officeId: identity.officeId,
    name: settings.officeName,
    areaCode: identity.office.areaCode,
    level: settings.level,
    kode: identity.keys.kode,
  };
}

/** Starts installations for a test file, each closed after its test. */
export function installationsClosedAfterEach(): (office: keyof typeof OFFICES) => Promise<Installation> {
  const running: Installation[] = [];
  afterEach(() => {
    for (const each of running.splice(0)) each.core.close();
  });
  return async (office) => {
    const started = await installation(office);
    running.push(started);
    return started;
  };
}

/** The office's keys as its key file holds them. */
export function keysOf(office: Installation): OfficeKeys {
  return ensureOfficeKeys(fileKeyStore(join(office.dataDir, OFFICE_KEYS_FILE)), office.officeId).keys;
}

/** A package written straight by the writer (the sender's keys, any records), for the receiving side's tests. */
export function packageFrom(
  from: Installation,
  to: Installation | 'any',
  path: string,
  options: { records?: RecordVersion[]; keys?: OfficeKeys } = {},
): string {
  const recipient: RecipientOffice =
    to === 'any'
      ? { kind: 'any' }
      : { kind: 'office', officeId: to.officeId, name: to.name, publicKeys: keysOf(to).publicKeys };
  writePackage({
    path,
    sender: { keys: options.keys ?? keysOf(from), name: from.name, level: from.level, areaCode: from.areaCode },
    recipient,
    schemaVersion: LATEST_SCHEMA_VERSION,
    appVersion: '0.0.0-test',
    records: options.records ?? [],
    workDir: from.dataDir,
  });
  return path;
}

/** Sends a file to the host as the screen does (backups.uploadChunk) and answers its upload id. */
export async function upload(call: Call, path: string): Promise<string> {
  const sent = await call('backups.uploadChunk', {
    uploadId: null,
    offset: 0,
    dataBase64: readFileSync(path).toString('base64'),
  });
  return sent.uploadId;
}

/** Starts a job and waits for its end. */
export async function jobDone(call: Call, input: InputOf<'jobs.start'>): Promise<JobInfo> {
  const started = await call('jobs.start', input);
  for (;;) {
    const job = (await call('jobs.list', {})).find((each) => each.id === started.id);
    if (!job) throw new Error('job gone');
    if (job.state !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
