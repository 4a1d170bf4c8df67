import type { DocumentModel } from '../../shared/documents/model';
import { officeZoneOf } from '../../electron/commitments/follow-up';
import { repositoriesOf } from '../../electron/db/repositories';
import { semesterReportModel } from '../../electron/documents/semester-report';
import { timeSeconds, type Figure } from '../figure';
import { bareDocumentFloor } from '../floors/bare-document';
import { datasetDispatch, type DatasetDispatch } from './follow-up-dispatch';

/** Semester I 2025 of the ten-year dataset: about 300 meetings, 2,500 commitments, the 3,000-row 2025 plan. */
const PERIOD = { kind: 'semester', year: 2025, semester: 1 } as const;

let bench: DatasetDispatch | null = null;

/** The report's model as the `semesterReport` job builds it, on its own read-only connection (for the floor). */
export async function semesterModel(format: 'pdf' | 'docx'): Promise<DocumentModel> {
  const dataset = await datasetDispatch();
  try {
    const repos = repositoriesOf({ db: dataset.db, now: () => dataset.now });
    const clock = { now: dataset.now, officeZone: officeZoneOf(repos) };
    const input = { period: PERIOD, format };
    return dataset.db.transaction(() => semesterReportModel(repos, dataset.dataDir, input, clock))();
  } finally {
    dataset.close();
  }
}

/** Set from the first runs (bench/README.md): see there for what the floor does not do. */
const RATIO_BUDGET = { pdf: 2, docx: 3 } as const;

/**
 * The `semesterReport` job's work on the dataset, as its worker does it: the period's meetings,
 * commitments, counts per sector, kecamatan and institution, the plan rows read in one transaction
 * on its own read-only connection, the model built (three charts, the tables, the overdue list),
 * drawn and written. A first run in `setup` loads the drawing code and fonts, as a running app has
 * them after its first document. The floor draws the same model bare (its charts as their texts):
 * the reads, the model and the layout are what the ratio weighs.
 */
export function semesterFigure(format: 'pdf' | 'docx'): Figure {
  return {
    id: `${format}.semester`,
    label: `Laporan semester (semester I 2025 of the 10-year dataset) as ${format.toUpperCase()}`,
    unit: 's',
    budget: 2,
    ratioBudget: RATIO_BUDGET[format],
    runs: 5,
    floor: bareDocumentFloor(format, () => semesterModel(format)),
    async setup() {
      bench = await datasetDispatch();
      await bench.task({ kind: 'semesterReport', input: { period: PERIOD, format } });
    },
    async teardown() {
      bench?.close();
      bench = null;
    },
    async sample() {
      if (!bench) throw new Error('setup did not run');
      const dispatch = bench;
      let size = 0;
      const seconds = await timeSeconds(async () => {
        size = (await dispatch.task({ kind: 'semesterReport', input: { period: PERIOD, format } })).bytes.byteLength;
      });
      if (!size) throw new Error(`no ${format}`);
      return seconds;
    },
  };
}

export const pdfSemester = semesterFigure('pdf');
