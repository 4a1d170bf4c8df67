/** A file produced by the host for the user to save (an export, a document, an evidence file). */
export interface FileDownload {
  fileName: string;
  mediaType: string;
  dataBase64: string;
}

/** The media types of the files Sirakor writes. */
export const MEDIA_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
