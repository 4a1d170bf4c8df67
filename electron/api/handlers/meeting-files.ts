import {
  deleteMeetingFile,
  downloadMeetingFile,
  meetingFilesList,
  updateMeetingFile,
  uploadMeetingFile,
} from '../../meeting-files/service';
import type { HandlerGroup } from '../handler-types';

/** Photos and materials of a meeting (issue 12, part 4). */
export const meetingFilesHandlers: HandlerGroup<
  'meetingFiles.list' | 'meetingFiles.upload' | 'meetingFiles.update' | 'meetingFiles.delete' | 'meetingFiles.download'
> = {
  'meetingFiles.list': (input, ctx) => meetingFilesList(ctx, input.meetingId),
  'meetingFiles.upload': (input, ctx) => uploadMeetingFile(ctx, input),
  'meetingFiles.update': (input, ctx) => updateMeetingFile(ctx, input),
  'meetingFiles.delete': (input, ctx) => deleteMeetingFile(ctx, input.id),
  'meetingFiles.download': (input, ctx) => downloadMeetingFile(ctx, input.id),
};
