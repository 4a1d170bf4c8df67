import { AppError } from '../../../shared/api/result';
import type { Safety } from '../../backup/service';
import type { HandlerContext } from '../context';
import type { HandlerGroup } from '../handler-types';

function safetyOf(ctx: HandlerContext): Safety {
  if (!ctx.safety) throw new AppError('IO', 'safety.error.unavailable');
  return ctx.safety;
}

/** Data safety (issue 7): the app's state, backups, and restores from a backup or a picked file. */
export const backupsHandlers: HandlerGroup<
  | 'app.status'
  | 'backups.list'
  | 'backups.create'
  | 'backups.download'
  | 'backups.delete'
  | 'backups.uploadChunk'
  | 'backups.restore'
  | 'backups.restoreUpload'
> = {
  'app.status': (_input, ctx) => safetyOf(ctx).status(),
  'backups.list': (_input, ctx) => safetyOf(ctx).list(),
  'backups.create': (_input, ctx) => safetyOf(ctx).create('manual'),
  'backups.download': (input, ctx) => safetyOf(ctx).download(input.id, input.offset),
  'backups.delete': (input, ctx) => {
    safetyOf(ctx).remove(input.id);
    return { id: input.id };
  },
  'backups.restore': (input, ctx) => safetyOf(ctx).restoreBackup(input.id),
  'backups.uploadChunk': (input, ctx) =>
    safetyOf(ctx).uploadChunk(input.uploadId ?? null, input.offset, input.dataBase64),
  'backups.restoreUpload': (input, ctx) =>
    safetyOf(ctx).restoreUpload(
      input.name,
      input.uploadId !== undefined ? { uploadId: input.uploadId } : { dataBase64: input.dataBase64 ?? '' },
    ),
};
