import { stopDocumentWorker } from '../../electron/plans/document-runner';
import type { FileDownload } from '../../shared/domain/follow-up';
import type { DocumentModel } from '../../shared/documents/model';
import { officeZoneOf } from '../../electron/api/handlers/follow-up-support';
import { repositoriesOf } from '../../electron/db/repositories';
import { semesterReportModel } from '../../electron/documents/semester-report';
import { timeSeconds, type Figure } from '../figure';
import { bareDocumentFloor } from '../floors/bare-document';
import { datasetDispatch, type DatasetDispatch } from './follow-up-dispatch';

/** Semester I 2025 of the ten-year dataset: about 300 meetings, 2,500 commitments, the 3,000-row 2025 plan. */
const PERIOD = { kind: 'semester', year: 2025, semester: 1 } as const;

let bench: DatasetDispatch | null = null;

/** The report's model as `documents.semester` builds it, on its own read-only connection (for the floor). */
export async function semesterModel(format: 'pdf' | 'docx'): Promise<DocumentModel> {
  const dataset = await datasetDispatch();
  try {
    const clock = { now: dataset.now, officeZone: officeZoneOf(repositoriesOf(dataset.db)) };
    const input = { period: PERIOD, format };
    return dataset.db.transaction(() => semesterReportModel(dataset.db, dataset.dataDir, input, clock))();
  } finally {
    dataset.close();
  }
}

/** Set from the first runs (bench/README.md): see there for what the floor does not do. */
const RATIO_BUDGET = { pdf: 2, docx: 3 } as const;

/**
 * documents.semester through the dispatcher on the dataset (read-only), as the app asks for it:
 * the period's meetings, commitments, counts per sector, kecamatan and institution, the plan rows
 * read in one transaction, the model built (three charts, the tables, the overdue list) and drawn
 * in the document worker thread, returned as base64. The worker is started in `setup`, as a
 * running app has it after its first document. The floor draws the same model bare (its charts as
 * their texts): the reads, the model and the layout are what the ratio weighs.
 */
export function semesterFigure(format: 'pdf' | 'docx'): Figure {
  return {
    id: `${format}.semester`,
    label: `Laporan semester (semester I 2025 of the 10-year dataset) as ${format.toUpperCase()}, worker thread`,
    unit: 's',
    budget: 2,
    ratioBudget: RATIO_BUDGET[format],
    runs: 5,
    floor: bareDocumentFloor(format, () => semesterModel(format)),
    async setup() {
      bench = await datasetDispatch();
      await bench.call('documents.semester', { period: PERIOD, format });
    },
    async teardown() {
      bench?.close();
      bench = null;
      await stopDocumentWorker();
    },
    async sample() {
      if (!bench) throw new Error('setup did not run');
      const dispatch = bench;
      let file: FileDownload | null = null;
      const seconds = await timeSeconds(async () => {
        file = await dispatch.call('documents.semester', { period: PERIOD, format });
      });
      if (!(file as FileDownload | null)?.dataBase64) throw new Error(`no ${format}`);
      return seconds;
    },
  };
}

export const pdfSemester = semesterFigure('pdf');
