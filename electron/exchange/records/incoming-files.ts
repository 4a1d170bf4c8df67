import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { durableRename } from '../../backups/durable';
import type { PackageEntry } from '../../../shared/exchange/manifest';
import type { AttachmentSink } from '../package-reader';
import { logoEntryExtension, OFFICE_LOGOS_DIR } from './files';

/**
 * The files a package brings, kept in a folder of their own inside the data folder while the
 * records are applied, and moved to their places only after the transaction committed: a refused
 * or failed import leaves no file behind, and a record never names a file that is not there
 * because its package was rolled back.
 */

interface Staged {
  from: string;
  /** The final path; a function for the sender's logo, whose office is known at the end. */
  to: (sender: string) => string;
}

export interface IncomingFiles {
  /** A sink for `entry` going to `target`, or null to skip it. */
  sink(entry: PackageEntry, target: ((sender: string) => string) | null): AttachmentSink | null;
  logoTarget(entry: PackageEntry, dataDir: string): ((sender: string) => string) | null;
  /** After the commit: every staged file to its place. */
  place(sender: string): void;
  /** Always, at the end: the staging folder goes. */
  discard(): void;
}

const STAGING_PREFIX = '.exchange-incoming-';

/** The staging folders of the imports running in this process, which a clean-up must not touch. */
const active = new Set<string>();

/**
 * Removes the staging folders a crash or a power cut left in the data folder (the import they
 * belonged to was rolled back with its transaction, so their files belong to nothing). Called at
 * start, under the data folder's lock; the folder of an import running in this process stays.
 */
export function removeStaleIncoming(dataDir: string): void {
  for (const entry of readdirSync(dataDir, { withFileTypes: true })) {
    if (!entry.isDirectory() || !entry.name.startsWith(STAGING_PREFIX)) continue;
    const folder = join(dataDir, entry.name);
    if (!active.has(folder)) rmSync(folder, { recursive: true, force: true });
  }
}

export function incomingFiles(dataDir: string): IncomingFiles {
  const staging = join(dataDir, `${STAGING_PREFIX}${randomUUID()}`);
  const staged: Staged[] = [];
  active.add(staging);
  return {
    sink(entry, target) {
      if (!target) return null;
      mkdirSync(staging, { recursive: true });
      const from = join(staging, entry.name);
      const fd = openSync(from, 'wx');
      let open = true;
      const close = () => {
        if (open) closeSync(fd);
        open = false;
      };
      return {
        write(chunk) {
          writeSync(fd, chunk);
        },
        end() {
          fsyncSync(fd);
          close();
          staged.push({ from, to: target });
        },
        abort() {
          close();
        },
      };
    },
    logoTarget(entry, folder) {
      const extension = entry.ref ? null : logoEntryExtension(entry.name);
      return extension ? (sender) => join(folder, OFFICE_LOGOS_DIR, `${sender}.${extension}`) : null;
    },
    place(sender) {
      for (const file of staged) {
        const to = file.to(sender);
        mkdirSync(dirname(to), { recursive: true });
        if (dirname(to).endsWith(OFFICE_LOGOS_DIR))
          // One logo per office: a new one in the other format replaces the old.
          for (const old of readdirSync(dirname(to)))
            if (old.startsWith(`${sender}.`) && join(dirname(to), old) !== to) rmSync(join(dirname(to), old));
        durableRename(file.from, to);
      }
    },
    discard() {
      rmSync(staging, { recursive: true, force: true });
      active.delete(staging);
    },
  };
}

export function fileMissing(path: string): boolean {
  return !existsSync(path);
}
