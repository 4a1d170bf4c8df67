import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stopFormsWorker } from '../../electron/progress-forms/forms-runner';
import { datasetDispatch, type DatasetDispatch } from '../figures/follow-up-dispatch';

/**
 * A writable copy of the ten-year dataset for the progress-form figures (a form's first use
 * draws the installation's signing key into the settings; an import writes reports), made once
 * per figure in its setup and removed in its teardown.
 */
export interface FormsBench {
  bench: DatasetDispatch;
  close(): Promise<void>;
}

export async function formsBench(): Promise<FormsBench> {
  const dir = mkdtempSync(join(tmpdir(), 'sirakor-bench-forms-'));
  const bench = await datasetDispatch({ copyTo: join(dir, 'dataset.sqlite') });
  return {
    bench,
    async close() {
      bench.close();
      await stopFormsWorker();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
