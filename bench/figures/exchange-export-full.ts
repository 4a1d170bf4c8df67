import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Figure, Measurement } from '../figure';
import { timeSeconds } from '../figure';
import { writePlainPackage } from '../exchange/floors';
import { exportEverything, measuredKecamatan } from '../exchange/installations';
import { paired } from '../exchange/paired';

const kelara = measuredKecamatan();
let round = 0;

/**
 * Kirim data of everything Kantor Camat Kelara owns in the ten-year dataset (its meetings with
 * their agenda, participants, minutes and decisions, commitments, progress reports, and its own
 * directory entries: bench/exchange/ownership.ts), for the kabupaten (encrypted to its key), as the
 * export job writes it (`writeExport`: collect, encode, deflate, sign, encrypt, the history entry
 * and the recipient's mark), on a copy of the split installation with Kelara's identity. Floor:
 * the same rows as plain JSON lines, deflated, written (bench/exchange/floors.ts).
 */
export const exchangeExportFull: Figure = {
  id: 'exchange.export.full',
  label: 'Kirim data: everything of one kecamatan (10-year dataset), for the kabupaten',
  unit: 's',
  budget: 5,
  ratioBudget: 3,
  runs: 3,
  floor: { label: 'the same rows as JSON lines, raw DEFLATE, one file' },
  setup: kelara.setup,
  teardown: kelara.teardown,
  async sample(): Promise<Measurement> {
    const { kecamatan, kabupaten } = kelara.get();
    const folder = mkdtempSync(join(kecamatan.dataDir, 'out-'));
    try {
      return await paired(
        round++,
        () =>
          timeSeconds(() =>
            exportEverything(kecamatan.db, kecamatan.dataDir, kecamatan.office, kabupaten, folder, () => new Date()),
          ),
        () =>
          timeSeconds(() => writePlainPackage(kecamatan.db, kecamatan.office.officeId, null, join(folder, 'plain'))),
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  },
};
