import type { DocumentModel } from '../../shared/documents/model';
import { MEDIA_TYPES, type FileDownload } from '../../shared/domain/files';
import type { HandlerContext } from '../api/context';
import { renderInWorker } from './worker/document-runner';

/** A long document's model drawn in the document worker thread, as the file the renderer saves. */
export async function drawnInWorker(
  ctx: Pick<HandlerContext, 'resourcesDir' | 'now'>,
  model: DocumentModel,
  format: 'pdf' | 'docx',
  fileName: string,
): Promise<FileDownload> {
  const bytes = await renderInWorker({
    model,
    format,
    resourcesDir: ctx.resourcesDir,
    createdAt: ctx.now().toISOString(),
  });
  return { fileName, mediaType: MEDIA_TYPES[format], dataBase64: Buffer.from(bytes).toString('base64') };
}
