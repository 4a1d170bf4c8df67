import type { DocumentModel } from '../../../shared/documents/model';
import { loadFontFamily } from '../fonts';
import { renderPdf } from '../pdf';
import { renderMatrixDocx } from '../matrix-docx';

export interface RenderJob {
  model: DocumentModel;
  format: 'pdf' | 'docx';
  resourcesDir: string;
  /** The request's instant (ISO): the file's creation date (else pdfkit's and docx's own clock). */
  createdAt?: string;
}

/** Draws a long document (the matrix, the reports) in the asked format, in whichever thread calls it. */
export async function renderPlanModel(job: RenderJob): Promise<Uint8Array> {
  const fonts = loadFontFamily(job.resourcesDir);
  const createdAt = job.createdAt === undefined ? undefined : new Date(job.createdAt);
  return job.format === 'pdf'
    ? renderPdf(job.model, fonts, createdAt)
    : renderMatrixDocx(job.model, fonts, { createdAt });
}
