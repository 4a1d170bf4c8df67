import { fail, ok, type Result } from '../../../shared/api/result';
import type { BackupDownload, UploadProgress } from '../../../shared/domain/backups';
import { call } from '../../api/client';

/** Bytes per part sent for a restore: small enough for a smooth progress bar and the preview host's limit. */
export const UPLOAD_PART_BYTES = 4 * 1024 * 1024;

export type Progress = (done: number, total: number) => void;

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

function base64Of(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(blob);
  });
}

/**
 * Hands a file to the user: the browser downloads it; the desktop app asks where to save it
 * (a USB stick, another disk) with its native dialog. The renderer never picks a path.
 */
function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Fetches a backup part by part (a large database does not fit in one answer) and saves it. */
export async function downloadBackup(id: string, onProgress: Progress): Promise<Result<{ fileName: string }>> {
  // Each part becomes a Blob at once: Chromium keeps blob data outside the page (on disk when
  // large), so a backup of hundreds of MB is not held twice in the renderer's memory.
  const parts: Blob[] = [];
  let offset: number | null = 0;
  let fileName = `${id}.sqlite`;
  let mediaType = 'application/vnd.sqlite3';
  while (offset !== null) {
    const result: Result<BackupDownload> = await call('backups.download', { id, offset });
    if (!result.ok) return result;
    const part: BackupDownload = result.value;
    parts.push(new Blob([bytesOf(part.dataBase64)]));
    fileName = part.fileName;
    mediaType = part.mediaType;
    offset = part.nextOffset;
    onProgress(offset ?? part.totalBytes, part.totalBytes);
  }
  saveBlob(new Blob(parts, { type: mediaType }), fileName);
  return ok({ fileName });
}

/** Sends a file the user picked to the host in parts; the answer is the upload's id for the restore. */
export async function uploadFile(file: File, onProgress: Progress): Promise<Result<string>> {
  let uploadId: string | null = null;
  let offset = 0;
  onProgress(0, file.size);
  do {
    const dataBase64 = await base64Of(file.slice(offset, offset + UPLOAD_PART_BYTES));
    const result: Result<UploadProgress> = await call('backups.uploadChunk', { uploadId, offset, dataBase64 });
    if (!result.ok) return result;
    uploadId = result.value.uploadId;
    offset = result.value.receivedBytes;
    onProgress(offset, file.size);
  } while (offset < file.size);
  return uploadId ? ok(uploadId) : fail('VALIDATION', 'backups.emptyFile');
}
