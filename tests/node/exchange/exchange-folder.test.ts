import { appendFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scanFolder } from '../../../electron/exchange/service/folder';
import { installation, jobDone, type Installation } from '../support/exchange-offices';
import { seedRakor } from '../support/seed-rakor';
import { cleanTempDirsAfterEach, tempDir } from '../support/temp';

cleanTempDirsAfterEach();

const running: Installation[] = [];
afterEach(() => {
  for (const office of running.splice(0)) office.core.close();
});

describe('the folder pertukaran', () => {
  it('receives outgoing packages whole, lists new ones, leaves files being written alone, and imports from there', async () => {
    const kelara = await installation('kelara');
    const kabupaten = await installation('kabupaten');
    running.push(kelara, kabupaten);
    // One folder both see: a flashdisk carried between them, or a synced folder.
    const shared = tempDir();
    await kelara.call('exchange.setFolder', { path: shared });
    const empty = await kabupaten.call('exchange.setFolder', { path: shared });
    expect(empty).toEqual({ path: shared, available: true, packages: [] });

    await seedRakor(kelara.call);
    const job = await jobDone(kelara.call, {
      kind: 'exchangeExport',
      input: { recipient: { kind: 'any' }, toFolder: true },
    });
    expect(job.state, JSON.stringify(job.error)).toBe('done');
    const written = readdirSync(shared);
    expect(written).toEqual([job.result?.kind === 'file' ? job.result.fileName : '']);

    // A writer's temporary name and a file that grows between the two looks are not offered.
    writeFileSync(join(shared, '.tmp-kantor-lain.sirakor-1234'), 'half');
    const growing = join(shared, 'sedang-disalin.sirakor');
    writeFileSync(growing, 'SIRAKOR\0');
    const scan = scanFolder(kabupaten.core.store.db, 300);
    setTimeout(() => appendFileSync(growing, Buffer.alloc(4096)), 100);
    const seen = await scan;
    expect(seen.packages.map((each) => [each.name, each.state])).toEqual([
      [written[0], 'new'],
      ['sedang-disalin.sirakor', 'writing'],
    ]);

    const inspection = await kabupaten.call('exchange.inspect', { folderFile: written[0] as string });
    expect(inspection).toMatchObject({ status: 'needs-trust', encrypted: false, fileName: written[0] });
    await kabupaten.call('exchange.trust', { ref: inspection.ref, kode: kelara.kode });
    const imported = await jobDone(kabupaten.call, { kind: 'exchangeImport', input: { ref: inspection.ref } });
    expect(imported.state, JSON.stringify(imported.error)).toBe('done');
    const after = await kabupaten.call('exchange.folder', {});
    expect(after.packages.find((each) => each.name === written[0])).toMatchObject({ state: 'imported' });

    // No way out of the folder by name; an unplugged folder says so.
    await expect(kabupaten.call('exchange.inspect', { folderFile: '../sirakor.sqlite' })).rejects.toThrow(
      'exchangeData.folder.badName',
    );
    await expect(kabupaten.call('exchange.setFolder', { path: join(shared, 'tidak-ada') })).rejects.toThrow(
      'exchangeData.error.folderUnavailable',
    );
  });
});
