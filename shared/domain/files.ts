/** A file produced by the host for the user to save (an export, a document, an evidence file). */
export interface FileDownload {
  fileName: string;
  mediaType: string;
  dataBase64: string;
}

/** The media types of the files Sirakor writes or keeps (a meeting's photos and materials). */
export const MEDIA_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  jpeg: 'image/jpeg',
  png: 'image/png',
  zip: 'application/zip',
} as const;
