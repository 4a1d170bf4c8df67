/** Photos and materials of a meeting (issue 12): what the content is, never what the name says. */
export const MEETING_FILE_TYPES = ['jpeg', 'png', 'pdf', 'docx', 'xlsx', 'pptx'] as const;
export type MeetingFileType = (typeof MEETING_FILE_TYPES)[number];

export function isPhoto(type: MeetingFileType): boolean {
  return type === 'jpeg' || type === 'png';
}

/** A photo may be up to 10 MB, a material (slides, a report) up to 20 MB. */
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
export const MAX_MATERIAL_BYTES = 20 * 1024 * 1024;
/** Files one meeting holds at most. */
export const MAX_FILES_PER_MEETING = 200;
/** Photos of the notulen's Lampiran dokumentasi, two per page. */
export const MAX_ANNEX_PHOTOS = 20;

export interface MeetingFile {
  id: string;
  meetingId: string;
  agendaItemId: string | null;
  agendaItemTitle: string | null;
  type: MeetingFileType;
  originalName: string;
  sizeBytes: number;
  caption: string | null;
  /** Printed in the notulen's Lampiran dokumentasi (photos only). */
  inAnnex: boolean;
  /** Pixel size as shown (turned as a JPEG's EXIF orientation says); null for materials. */
  width: number | null;
  height: number | null;
  position: number;
  createdAt: string;
}
