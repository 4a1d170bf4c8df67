import type { FileDownload } from '../../shared/domain/follow-up';
import type { DocumentModel } from '../../shared/documents/model';
import { renderInWorker } from './worker/document-runner';
import { MEDIA_TYPES } from './meeting-document';

/** A report's model drawn in the document worker thread, as the file the renderer saves. */
export async function drawnInWorker(
  model: DocumentModel,
  format: 'pdf' | 'docx',
  resourcesDir: string,
  fileName: string,
): Promise<FileDownload> {
  const bytes = await renderInWorker({ model, format, resourcesDir });
  return { fileName, mediaType: MEDIA_TYPES[format], dataBase64: Buffer.from(bytes).toString('base64') };
}
