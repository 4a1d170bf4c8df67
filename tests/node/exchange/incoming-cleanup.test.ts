import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { incomingFiles, removeStaleIncoming } from '../../../electron/exchange/records/incoming-files';
import type { PackageEntry } from '../../../shared/exchange/manifest';
import { openCore } from '../offices/kabupaten-host';
import { cleanTempDirsAfterEach, tempDir } from '../support/temp';

cleanTempDirsAfterEach();

const staged = (dataDir: string) => readdirSync(dataDir).filter((name) => name.startsWith('.exchange-incoming-'));

/**
 * A crash in the middle of an import leaves the package's files in their staging folder: the next
 * start removes it (the data folder is locked to this process by then, so no import of another
 * process can be using one), and a clean-up never takes the folder of an import still running.
 */
describe('the staging folders of package imports', () => {
  it('are removed at start when a crash left them behind', async () => {
    const dataDir = tempDir();
    const left = join(dataDir, '.exchange-incoming-3f0c1e9a-6f1d-4c8e-9a51-2b7d4c1e0a11');
    mkdirSync(left);
    writeFileSync(join(left, 'files-0001.bin'), 'half of an evidence photo');
    writeFileSync(join(dataDir, '.exchange-incoming-notes.txt'), 'a file, not a staging folder: left alone');
    const host = await openCore(dataDir);
    try {
      expect(existsSync(left)).toBe(false);
      expect(staged(dataDir)).toEqual(['.exchange-incoming-notes.txt']);
    } finally {
      host.close();
    }
  });

  it('leaves the folder of an import in progress', () => {
    const dataDir = tempDir();
    const running = incomingFiles(dataDir);
    const entry = { name: 'evidence-0001.pdf', size: 5, sha256: 'a'.repeat(64), ref: 'f1' } as unknown as PackageEntry;
    const sink = running.sink(entry, () => join(dataDir, 'evidence', 'x.pdf'));
    sink?.write(Buffer.from('%PDF-'));
    const [folder] = staged(dataDir);
    expect(folder).toBeDefined();
    mkdirSync(join(dataDir, '.exchange-incoming-0b9e6c2e-1111-4a4a-8c8c-5d5d5d5d5d5d'));

    removeStaleIncoming(dataDir);
    expect(staged(dataDir)).toEqual([folder]);
    sink?.end();
    running.discard();
    expect(staged(dataDir)).toEqual([]);
    // Once it is over, its folder is no longer protected.
    mkdirSync(join(dataDir, folder as string));
    removeStaleIncoming(dataDir);
    expect(staged(dataDir)).toEqual([]);
  });
});
