import type { Db } from '../../electron/db/connection';
import { applyingPackage } from '../../electron/db/exchange-functions';
import { adoptUnownedRecords } from '../../electron/db/ownership';
import { allocateContent } from './allocate';
import { readJeneponto } from './areas';
import type { GenContext } from './context';
import { idMaker } from './ids';
import { Prng } from './prng';
import { writeCatalogue } from './write/catalogue';
import { commitmentWriter } from './write/commitments';
import { fillHandlerKeptColumns } from './write/derived';
import { writeDirectory } from './write/directory';
import { meetingContentWriter } from './write/meeting-content';
import { writeMeetings } from './write/meetings';
import { writePlans } from './write/plans';
import { writeSettings } from './write/settings';

export interface DatasetOptions {
  seed: number | string;
  /** 1 writes the full ten-year set; 0.01 a hundredth of every count, for fast tests. */
  scale: number;
}

/** Meetings per transaction: large enough to be fast, small enough to keep the WAL file modest. */
const MEETINGS_PER_TRANSACTION = 300;

/**
 * Writes "ten years of one kabupaten" (Jeneponto, 2016–2025) into a freshly migrated database
 * whose regions are loaded: directory, meetings with agenda, attendance, minutes, decisions,
 * commitments with progress and history, and ten yearly action plans. Rows go in through
 * prepared statements in large transactions, with foreign keys and CHECKs enforced. The same
 * seed and scale give byte-identical data, ids and timestamps included.
 */
export function generateDataset(db: Db, options: DatasetOptions): void {
  if (!(options.scale > 0 && options.scale <= 1)) throw new Error('scale must be in (0, 1]');
  const used = db.prepare('SELECT (SELECT count(*) FROM meetings) + (SELECT count(*) FROM people) AS n').get() as {
    n: number;
  };
  if (used.n > 0) throw new Error('The dataset is generated into an empty database only');
  // Loaded like a package (no stamp per row), then owned and stamped at once as migration 009
  // stamps the rows it finds: one UPDATE per table instead of a trigger's per row.
  applyingPackage(db, () => writeDataset(db, options));
  db.transaction(() => adoptUnownedRecords(db))();
}

function writeDataset(db: Db, options: DatasetOptions): void {
  const seed = String(options.seed);
  const rng = new Prng(`sirakor-dataset/${seed}`);
  const ctx: GenContext = { db, rng, newId: idMaker(rng.fork('ids')), scale: options.scale, area: readJeneponto(db) };
  db.transaction(() => writeSettings(ctx, seed))();
  const catalogue = writeCatalogue(ctx);
  const directory = writeDirectory(ctx);
  const meetings = writeMeetings(ctx, directory);
  const plans = writePlans(ctx, directory, catalogue, meetings);
  const counts = allocateContent(ctx, meetings.all);
  const writeContent = meetingContentWriter(ctx, directory);
  const writeCommitments = commitmentWriter(ctx, directory, meetings, plans);
  for (let start = 0; start < meetings.all.length; start += MEETINGS_PER_TRANSACTION) {
    db.transaction(() => {
      meetings.all.slice(start, start + MEETINGS_PER_TRANSACTION).forEach((m, offset) => {
        const target = counts[start + offset];
        if (!target) return;
        const content = writeContent(m, target);
        writeCommitments(m, content, target);
      });
    })();
  }
  db.transaction(() => fillHandlerKeptColumns(db))();
}
