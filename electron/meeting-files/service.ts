import type { ParsedInputOf } from '../../shared/api/contract';
import { AppError } from '../../shared/api/result';
import type { FileDownload } from '../../shared/domain/follow-up';
import {
  isPhoto,
  MAX_ANNEX_PHOTOS,
  MAX_FILES_PER_MEETING,
  MAX_MATERIAL_BYTES,
  MAX_PHOTO_BYTES,
  type MeetingFile,
} from '../../shared/domain/meeting-files';
import { nowOf, type HandlerContext } from '../api/context';
import { checkAgendaItem, inTransaction, writableMeeting } from '../api/handlers/meeting-guard';
import { repositoriesOf } from '../db/repositories';
import { imageInfo } from '../documents/image-size';
import { decodeBase64, isPlainFileName, readStoredFile, removeEvidence, writeStoredFile } from '../files/evidence';
import { EXTENSIONS, extensionOf, MEDIA_TYPES, sniffFileType, type FileType } from '../files/file-types';
import { jpegOrientation } from '../files/jpeg-orientation';
import { meetingFilesOf, publicFile, type StoredMeetingFile } from './repository';

/**
 * Photos and materials of a meeting: judged by content (see files/file-types.ts) and size before
 * anything is written, stored like evidence files (atomically, under a name of Sirakor's own, the
 * record with its size and SHA-256 in the same transaction as the meeting's lock check), read
 * back only if unchanged. Like every part of a meeting, they are locked once it is approved.
 */
export const MEETING_FILES_DIR = 'meeting-files';

const READ_MESSAGES = { damaged: 'meetingFiles.damaged', missing: 'meetingFiles.missing' };

function refused(path: string, key: string, params?: Record<string, string | number>): AppError {
  return new AppError('VALIDATION', 'error.validation', undefined, [params ? { path, key, params } : { path, key }]);
}

interface Checked {
  bytes: Buffer;
  type: FileType;
  width: number | null;
  height: number | null;
}

/** Type by content, the name agreeing with it, the size within the type's limit, a readable photo. */
function checkUpload(name: string, dataBase64: string): Checked {
  if (!isPlainFileName(name)) throw refused('name', 'validation.fileName');
  const bytes = decodeBase64(dataBase64);
  if (!bytes) throw refused('dataBase64', 'validation.fileEncoding');
  if (bytes.byteLength === 0) throw refused('dataBase64', 'meetingFiles.empty');
  const type = sniffFileType(bytes);
  if (!type) throw refused('dataBase64', 'meetingFiles.typeRefused', { name });
  if (!EXTENSIONS[type].includes(extensionOf(name)))
    throw refused('name', 'meetingFiles.nameMismatch', { name, type: type.toUpperCase() });
  const limit = isPhoto(type) ? MAX_PHOTO_BYTES : MAX_MATERIAL_BYTES;
  if (bytes.byteLength > limit) throw refused('dataBase64', 'meetingFiles.tooLargeFor', { maxMb: limit / 1024 / 1024 });
  if (!isPhoto(type)) return { bytes, type, width: null, height: null };
  const info = imageInfo(bytes);
  if (!info || info.width === 0 || info.height === 0)
    throw refused('dataBase64', 'meetingFiles.photoUnreadable', { name });
  const turned = type === 'jpeg' && jpegOrientation(bytes) >= 5;
  return { bytes, type, width: turned ? info.height : info.width, height: turned ? info.width : info.height };
}

export async function uploadMeetingFile(
  ctx: HandlerContext,
  input: ParsedInputOf<'meetingFiles.upload'>,
): Promise<MeetingFile> {
  const repos = repositoriesOf(ctx.db);
  const checked = checkUpload(input.name, input.dataBase64);
  const checkMeeting = () => {
    writableMeeting(repos, input.meetingId);
    checkAgendaItem(repos, input.meetingId, input.agendaItemId);
    if (meetingFilesOf(ctx.db).count(input.meetingId) >= MAX_FILES_PER_MEETING)
      throw refused('meetingId', 'meetingFiles.tooMany', { max: MAX_FILES_PER_MEETING });
  };
  checkMeeting();
  const written = await writeStoredFile(
    ctx.dataDir,
    MEETING_FILES_DIR,
    nowOf(ctx),
    checked.bytes,
    EXTENSIONS[checked.type][0] as string,
  );
  try {
    return inTransaction(ctx, () => {
      // Checked again inside: the meeting may have been approved while the file was written.
      checkMeeting();
      return publicFile(
        meetingFilesOf(ctx.db).add({
          meetingId: input.meetingId,
          agendaItemId: input.agendaItemId,
          type: checked.type,
          originalName: input.name,
          storedName: written.storedName,
          sizeBytes: written.sizeBytes,
          sha256: written.sha256,
          caption: input.caption,
          inAnnex: false,
          width: checked.width,
          height: checked.height,
        }),
      );
    });
  } catch (error) {
    await removeEvidence([written.path]);
    throw error;
  }
}

function fileOrNotFound(ctx: HandlerContext, id: string): StoredMeetingFile {
  const file = meetingFilesOf(ctx.db).get(id);
  if (!file) throw new AppError('NOT_FOUND', 'meetingFiles.notFound');
  return file;
}

export function updateMeetingFile(ctx: HandlerContext, input: ParsedInputOf<'meetingFiles.update'>): MeetingFile {
  const repos = repositoriesOf(ctx.db);
  return inTransaction(ctx, () => {
    const file = fileOrNotFound(ctx, input.id);
    writableMeeting(repos, file.meetingId);
    checkAgendaItem(repos, file.meetingId, input.agendaItemId);
    if (input.inAnnex && !isPhoto(file.type)) throw refused('inAnnex', 'meetingFiles.annexPhotosOnly');
    const chosen = meetingFilesOf(ctx.db)
      .ofMeeting(file.meetingId)
      .filter((f) => f.inAnnex && f.id !== file.id).length;
    if (input.inAnnex && chosen >= MAX_ANNEX_PHOTOS)
      throw refused('inAnnex', 'meetingFiles.annexFull', { max: MAX_ANNEX_PHOTOS });
    meetingFilesOf(ctx.db).update(input.id, input);
    return publicFile(fileOrNotFound(ctx, input.id));
  });
}

export function deleteMeetingFile(ctx: HandlerContext, id: string): { id: string } {
  const repos = repositoriesOf(ctx.db);
  return inTransaction(ctx, () => {
    const file = fileOrNotFound(ctx, id);
    writableMeeting(repos, file.meetingId);
    meetingFilesOf(ctx.db).remove(id);
    return { id };
  });
}

export function meetingFilesList(ctx: HandlerContext, meetingId: string): MeetingFile[] {
  if (!repositoriesOf(ctx.db).meetings.get(meetingId)) throw new AppError('NOT_FOUND', 'error.notFound.meeting');
  return meetingFilesOf(ctx.db).ofMeeting(meetingId).map(publicFile);
}

export async function downloadMeetingFile(ctx: HandlerContext, id: string): Promise<FileDownload> {
  const file = fileOrNotFound(ctx, id);
  const bytes = await readStoredFile(ctx.dataDir, MEETING_FILES_DIR, file, READ_MESSAGES);
  return { fileName: file.originalName, mediaType: MEDIA_TYPES[file.type], dataBase64: bytes.toString('base64') };
}

/** The bytes of the photos chosen for the notulen's annex, verified, in their order. */
export async function annexPhotosOf(
  ctx: HandlerContext,
  meetingId: string,
): Promise<{ file: MeetingFile; bytes: Uint8Array }[]> {
  const chosen = meetingFilesOf(ctx.db)
    .ofMeeting(meetingId)
    .filter((file) => file.inAnnex && isPhoto(file.type));
  return Promise.all(
    chosen.map(async (file) => ({
      file: publicFile(file),
      bytes: await readStoredFile(ctx.dataDir, MEETING_FILES_DIR, file, READ_MESSAGES).catch((error: unknown) => {
        throw error instanceof AppError
          ? new AppError('IO', 'meetingFiles.annexPhotoUnreadable', { name: file.originalName })
          : error;
      }),
    })),
  );
}
