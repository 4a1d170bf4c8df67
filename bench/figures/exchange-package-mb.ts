import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Figure, Measurement } from '../figure';
import { writePlainPackage } from '../exchange/floors';
import { exportEverything, measuredKecamatan } from '../exchange/installations';

const kelara = measuredKecamatan();

const MB = 1_000_000;

/**
 * The size of the package `exchange.export.full` writes (everything of Kantor Camat Kelara, for the
 * kabupaten, without contacts or files), in MB (10^6 bytes): reported, no budget. Floor: the same
 * rows as plain JSON lines, raw DEFLATE (bench/exchange/floors.ts).
 */
export const exchangePackageMb: Figure = {
  id: 'exchange.package.mb',
  label: 'Kirim data: size of the package of one kecamatan (10-year dataset)',
  unit: 'MB',
  budget: null,
  ratioBudget: 1.5,
  runs: 1,
  floor: { label: 'the same rows as JSON lines, raw DEFLATE' },
  setup: kelara.setup,
  teardown: kelara.teardown,
  async sample(): Promise<Measurement> {
    const { kecamatan, kabupaten } = kelara.get();
    const folder = mkdtempSync(join(kecamatan.dataDir, 'out-'));
    try {
      const written = exportEverything(
        kecamatan.db,
        kecamatan.dataDir,
        kecamatan.office,
        kabupaten,
        folder,
        () => new Date(),
      );
      const plain = writePlainPackage(kecamatan.db, kecamatan.office.officeId, null, join(folder, 'plain'));
      return { value: written.entry.sizeBytes / MB, floor: plain / MB };
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  },
};
