import { copyFile, rename, rm } from 'node:fs/promises';
import { extname } from 'node:path';
import type { BrowserWindow, Dialog, SaveDialogOptions, Shell } from 'electron';
import type { SaveFileCopy } from '../api/context';
import { DOWNLOAD_MESSAGES, offerSavedFile } from './downloads';

interface FileCopyDeps {
  dialog: Pick<Dialog, 'showSaveDialog' | 'showMessageBox'>;
  shell: Pick<Shell, 'openPath' | 'showItemInFolder'>;
  window: () => BrowserWindow | null;
}

/** The suffix of the file being written; renamed to the chosen name only once it is whole. */
const PARTIAL_SUFFIX = '.sirakor-sebagian';

/**
 * "Save a copy as…" for files the main process already has (a backup of hundreds of MB): the
 * native save dialog, then a copy by the operating system, written under a temporary name and
 * renamed when complete, so a USB stick pulled out halfway never holds a file that looks whole.
 * Afterwards the usual "show in folder" offer.
 */
export function fileCopier(deps: FileCopyDeps): SaveFileCopy {
  return async (source, suggestedName) => {
    const extension = extname(suggestedName).replace('.', '');
    const options: SaveDialogOptions = {
      title: `${DOWNLOAD_MESSAGES.saveTitle.id} / ${DOWNLOAD_MESSAGES.saveTitle.en}`,
      defaultPath: suggestedName,
      ...(extension ? { filters: [{ name: extension.toUpperCase(), extensions: [extension] }] } : {}),
    };
    const parent = deps.window();
    const chosen =
      parent && !parent.isDestroyed()
        ? await deps.dialog.showSaveDialog(parent, options)
        : await deps.dialog.showSaveDialog(options);
    if (chosen.canceled || !chosen.filePath) return null;
    const target = chosen.filePath;
    const partial = `${target}${PARTIAL_SUFFIX}`;
    try {
      await copyFile(source, partial);
      await rename(partial, target);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
    offerSavedFile(deps, target).catch(() => undefined);
    return target;
  };
}
