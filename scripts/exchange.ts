/**
 * Exchange between offices from the command line (issue 11, point 8), on a data folder as the
 * preview host runs it, through the same API as the screens (the same checks, jobs and history):
 *
 *   npm run exchange -- offices --data-dir DIR
 *   npm run exchange -- verify  --data-dir DIR FILE...
 *   npm run exchange -- import  --data-dir DIR FILE|FOLDER... [--trust KODE]...
 *   npm run exchange -- export  --data-dir DIR --to OFFICE_ID|semua --out FOLDER [--everything] [--contacts] [--files]
 *
 * `import` takes every `*.sirakor` of a folder (a kabupaten's inbox of all its kecamatan) in name
 * order and prints the report of each; a sender not yet trusted is trusted only when its kode
 * verifikasi, compared by phone, is given with `--trust` (once per office). Messages are Indonesian;
 * the exit code is 1 when any package was refused, 2 for a wrong command line.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCore, type Core } from '../electron/core';
import type { InputOf, MethodName, OutputOf } from '../shared/api/contract';
import type { Message } from '../shared/api/result';
import type { JobInfo } from '../shared/domain/jobs';
import { sameKode } from '../shared/exchange/kode';
import { countsText, outcomeText, type Translate } from '../shared/exchange/report-text';
import { id as indonesian } from '../renderer/i18n/locales/id';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Bytes per part of a package handed to the host (the screens' size). */
const PART_BYTES = 4 * 1024 * 1024;

class Refusal extends Error {
  constructor(readonly text: string) {
    super(text);
  }
}

/** The Indonesian text of a message; a parameter that is itself a key is translated. */
function lookup(key: string): string | null {
  let node: unknown = indonesian;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string' ? node : null;
}

function textOf(message: Message): string {
  const template = lookup(message.key) ?? message.key;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = message.params?.[name];
    if (value === undefined) return '';
    return typeof value === 'string' ? (lookup(value) ?? value) : String(value);
  });
}

/** The Indonesian text of an `exchangeData.*` key, or null when there is none. */
const translate: Translate = (key, params) =>
  lookup(key) === null ? null : textOf({ key, ...(params ? { params } : {}) });

interface Args {
  command: string;
  dataDir: string | null;
  files: string[];
  trust: string[];
  to: string | null;
  out: string | null;
  everything: boolean;
  contacts: boolean;
  withFiles: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const [command = '', ...rest] = argv;
  const args: Args = {
    command,
    dataDir: null,
    files: [],
    trust: [],
    to: null,
    out: null,
    everything: false,
    contacts: false,
    withFiles: false,
  };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    const value = (): string => {
      const next = rest[++i];
      if (!next) throw new UsageError(`${arg} butuh nilai`);
      return next;
    };
    if (arg === '--data-dir') args.dataDir = value();
    else if (arg === '--trust') args.trust.push(value());
    else if (arg === '--to') args.to = value();
    else if (arg === '--out') args.out = value();
    else if (arg === '--everything') args.everything = true;
    else if (arg === '--contacts') args.contacts = true;
    else if (arg === '--files') args.withFiles = true;
    else if (arg.startsWith('--')) throw new UsageError(`Pilihan tidak dikenal: ${arg}`);
    else args.files.push(arg);
  }
  return args;
}

class UsageError extends Error {}

type Caller = <M extends MethodName>(method: M, input: InputOf<M>) => Promise<OutputOf<M>>;

function callerOf(core: Core): Caller {
  return async (method, input) => {
    const result = await core.dispatch(method, input);
    if (!result.ok) {
      const detail = result.error.details?.[0];
      throw new Refusal(textOf(result.error.message) + (detail ? ` ${textOf(detail)}` : ''));
    }
    return result.value as OutputOf<typeof method>;
  };
}

async function jobDone(call: Caller, input: InputOf<'jobs.start'>): Promise<JobInfo> {
  const started = await call('jobs.start', input);
  for (;;) {
    const job = (await call('jobs.list', {})).find((each) => each.id === started.id);
    if (!job) throw new Refusal(textOf({ key: 'jobs.error.unknown' }));
    if (job.state === 'failed') throw new Refusal(textOf(job.error ?? { key: 'jobs.error.failed' }));
    if (job.state !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Hands a package file to the host in parts, as the screens do, and has it checked. */
async function inspect(call: Caller, path: string) {
  const bytes = readFileSync(path);
  let uploadId: string | null = null;
  let offset = 0;
  do {
    const part = bytes.subarray(offset, offset + PART_BYTES).toString('base64');
    const sent: OutputOf<'backups.uploadChunk'> = await call('backups.uploadChunk', {
      uploadId,
      offset,
      dataBase64: part,
    });
    uploadId = sent.uploadId;
    offset = sent.receivedBytes;
  } while (offset < bytes.length);
  if (!uploadId) throw new Refusal(textOf({ key: 'error.exchange.truncated' }));
  return call('exchange.inspect', { uploadId, name: basename(path) });
}

/** The `*.sirakor` files named, a folder's in name order (never a temporary `.tmp-*` of a writer). */
function packagesOf(paths: readonly string[]): string[] {
  return paths.flatMap((path) =>
    statSync(path).isDirectory()
      ? readdirSync(path)
          .filter((name) => name.endsWith('.sirakor') && !name.startsWith('.'))
          .sort()
          .map((name) => join(path, name))
      : [path],
  );
}

async function verify(call: Caller, args: Args): Promise<boolean> {
  let allGood = true;
  for (const path of packagesOf(args.files)) {
    try {
      const inspection = await inspect(call, path);
      const { sender } = inspection;
      console.log(`${basename(path)}: ${sender.name} (${sender.areaName ?? sender.areaCode})`);
      console.log(`  Kode verifikasi: ${sender.kode}`);
      console.log(`  Isi: ${countsText(inspection.counts, translate)}`);
      console.log(`  Status: ${statusText(inspection.status, inspection.importedAt)}`);
      await call('exchange.discard', { ref: inspection.ref });
    } catch (error) {
      allGood = false;
      console.error(`${basename(path)}: ${messageOf(error)}`);
    }
  }
  return allGood;
}

function statusText(status: string, importedAt: string | null): string {
  if (status === 'ready') return 'siap diterima (pengirim dipercaya)';
  if (status === 'already-imported')
    return textOf({ key: 'exchangeData.receive.alreadyImported', params: { at: importedAt ?? '' } });
  if (status === 'key-changed') return 'kunci pengirim berubah: bandingkan kode verifikasinya lewat telepon';
  return 'pengirim belum dipercaya: bandingkan kode verifikasinya lewat telepon, lalu impor dengan --trust KODE';
}

async function importAll(call: Caller, args: Args): Promise<boolean> {
  let allGood = true;
  for (const path of packagesOf(args.files)) {
    try {
      const inspection = await inspect(call, path);
      if (inspection.status === 'already-imported') {
        console.log(`${basename(path)}: ${statusText(inspection.status, inspection.importedAt)}`);
        await call('exchange.discard', { ref: inspection.ref });
        continue;
      }
      if (inspection.status === 'needs-trust' || inspection.status === 'key-changed') {
        if (!args.trust.some((kode) => sameKode(kode, inspection.sender.kode))) {
          await call('exchange.discard', { ref: inspection.ref });
          throw new Refusal(
            inspection.status === 'key-changed'
              ? textOf({
                  key: 'error.exchange.keyChanged',
                  params: {
                    office: inspection.sender.name,
                    kode: inspection.sender.kode,
                    previousKode: inspection.previousKode ?? '',
                  },
                })
              : textOf({
                  key: 'error.exchange.untrustedSender',
                  params: { office: inspection.sender.name, kode: inspection.sender.kode },
                }),
          );
        }
        await call('exchange.trust', { ref: inspection.ref, kode: inspection.sender.kode });
      }
      const job = await jobDone(call, { kind: 'exchangeImport', input: { ref: inspection.ref } });
      if (job.result?.kind !== 'exchange') throw new Refusal(textOf({ key: 'jobs.error.failed' }));
      const entry = await call('exchange.historyEntry', { id: job.result.historyId });
      const report = entry.report;
      console.log(
        `${basename(path)}: ${textOf({
          key: 'exchangeData.report.line',
          params: {
            office: report?.officeName ?? entry.officeName,
            parts: report ? outcomeText(report.kinds, translate) : '',
          },
        })}`,
      );
    } catch (error) {
      allGood = false;
      console.error(`${basename(path)}: ${messageOf(error)}`);
    }
  }
  return allGood;
}

async function exportPackage(call: Caller, args: Args): Promise<boolean> {
  if (!args.to || !args.out) throw new UsageError('export butuh --to OFFICE_ID|semua dan --out FOLDER');
  const recipient = args.to === 'semua' ? ({ kind: 'any' } as const) : ({ kind: 'office', officeId: args.to } as const);
  const input = {
    recipient,
    everything: args.everything,
    includeContacts: args.contacts,
    includeFiles: args.withFiles,
  };
  const summary = await call('exchange.exportSummary', input);
  if (!summary.encrypted) console.log(textOf({ key: 'exchangeData.send.unencrypted' }));
  const job = await jobDone(call, { kind: 'exchangeExport', input });
  const file = await call('jobs.file', { id: job.id });
  const path = join(resolve(args.out), file.fileName);
  writeFileSync(path, Buffer.from(file.dataBase64, 'base64'), { flag: 'wx' });
  await call('jobs.dismiss', { id: job.id });
  console.log(`${path}: ${countsText(summary.counts, translate)}`);
  return true;
}

async function offices(call: Caller): Promise<boolean> {
  for (const office of await call('exchange.offices', {})) {
    const trust = office.trustedAt ? 'dipercaya' : 'belum dipercaya';
    console.log(
      `${office.id}  ${office.name} (${office.areaName ?? office.areaCode ?? '-'})  ${office.kode ?? '-'}  ${trust}`,
    );
  }
  return true;
}

function messageOf(error: unknown): string {
  if (error instanceof Refusal) return error.text;
  return error instanceof Error ? error.message : String(error);
}

async function main(): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
    if (!args.dataDir) throw new UsageError('--data-dir DIR wajib diisi');
    if (!existsSync(args.dataDir)) throw new UsageError(`Folder data tidak ada: ${args.dataDir}`);
    if (!['offices', 'verify', 'import', 'export'].includes(args.command))
      throw new UsageError('Perintah: offices | verify | import | export');
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 2;
  }
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const core = await startCore({
    dataDir: resolve(args.dataDir),
    resourcesDir: join(ROOT, 'resources'),
    host: 'preview',
    appVersion: version,
    dailyBackup: false,
  });
  try {
    const call = callerOf(core);
    const done =
      args.command === 'offices'
        ? await offices(call)
        : args.command === 'verify'
          ? await verify(call, args)
          : args.command === 'import'
            ? await importAll(call, args)
            : await exportPackage(call, args);
    return done ? 0 : 1;
  } catch (error) {
    console.error(error instanceof UsageError ? error.message : messageOf(error));
    return error instanceof UsageError ? 2 : 1;
  } finally {
    core.close();
  }
}

process.exitCode = await main();
