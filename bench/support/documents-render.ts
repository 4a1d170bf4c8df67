import { renderDocx } from '../../electron/documents/docx';
import { loadFontFamily } from '../../electron/documents/fonts';
import { renderPdf } from '../../electron/documents/pdf';
import type { DocumentModel } from '../../shared/documents/model';
import { RESOURCES_DIR } from './paths';

export type DocumentFormat = 'pdf' | 'docx';

/** Renders a model in one format with the shipped fonts, as the app's export does. */
export function renderDocument(format: DocumentFormat, model: DocumentModel): Promise<Buffer> {
  const fonts = loadFontFamily(RESOURCES_DIR);
  return format === 'pdf' ? renderPdf(model, fonts) : renderDocx(model, fonts);
}
