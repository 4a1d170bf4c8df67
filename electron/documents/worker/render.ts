import type { DocumentModel } from '../../../shared/documents/model';
import { loadFontFamily } from '../fonts';
import { renderPdf } from '../pdf';
import { renderMatrixDocx } from '../matrix-docx';

export interface RenderJob {
  model: DocumentModel;
  format: 'pdf' | 'docx';
  resourcesDir: string;
}

/** Draws the matrix in the asked format (in whichever thread calls it). */
export async function renderPlanModel(job: RenderJob): Promise<Uint8Array> {
  const fonts = loadFontFamily(job.resourcesDir);
  return job.format === 'pdf' ? renderPdf(job.model, fonts) : renderMatrixDocx(job.model, fonts);
}
