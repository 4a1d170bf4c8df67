import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repositoriesOf } from '../../electron/db/repositories';
import { formSigningOf } from '../../electron/progress-forms/signing';
import { datasetDispatch, type DatasetDispatch } from '../figures/follow-up-dispatch';

/**
 * A writable copy of the ten-year dataset for the progress-form figures (a form's first use
 * draws the installation's signing key into the settings; an import writes reports), made once
 * per figure in its setup and removed in its teardown.
 */
export interface FormsBench {
  bench: DatasetDispatch;
  close(): void;
}

export async function formsBench(): Promise<FormsBench> {
  const dir = mkdtempSync(join(tmpdir(), 'sirakor-bench-forms-'));
  const bench = await datasetDispatch({ copyTo: join(dir, 'dataset.sqlite') });
  // Drawn when a forms job starts, on the host's connection: the job's work only reads.
  formSigningOf(repositoriesOf({ db: bench.db, now: () => bench.now }));
  return {
    bench,
    close() {
      bench.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
