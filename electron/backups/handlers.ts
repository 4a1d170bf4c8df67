import { basename } from 'node:path';
import type { Safety } from './service';
import type { HandlerContext } from '../api/context';
import type { HandlerGroup } from '../api/handler-types';
import { refused } from '../api/errors';

function safetyOf(ctx: HandlerContext): Safety {
  if (!ctx.safety) throw refused('backupUnavailable');
  return ctx.safety;
}

/** Data safety (issue 7): the app's state, backups, and restores from a backup or a picked file. */
export const backupsHandlers: HandlerGroup<
  | 'app.status'
  | 'backups.list'
  | 'backups.create'
  | 'backups.download'
  | 'backups.saveCopy'
  | 'backups.delete'
  | 'backups.uploadChunk'
  | 'backups.restore'
  | 'backups.restoreUpload'
> = {
  'app.status': (_input, ctx) => safetyOf(ctx).status(),
  'backups.list': (_input, ctx) => safetyOf(ctx).list(),
  'backups.create': (_input, ctx) => safetyOf(ctx).create('manual'),
  'backups.download': (input, ctx) => safetyOf(ctx).download(input.id, input.offset),
  /** The desktop app copies the file itself: no hundreds of MB through the page. */
  'backups.saveCopy': async (input, ctx) => {
    const { path, fileName } = safetyOf(ctx).fileOf(input.id);
    if (!ctx.saveFileCopy) return { outcome: 'unsupported', fileName: null };
    let saved: string | null;
    try {
      saved = await ctx.saveFileCopy(path, fileName);
    } catch {
      throw refused('backupCopyFailed');
    }
    return saved ? { outcome: 'saved', fileName: basename(saved) } : { outcome: 'cancelled', fileName: null };
  },
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
