import { extname } from 'node:path';
import type { BrowserWindow, Dialog, DownloadItem, MessageBoxOptions, Session, Shell } from 'electron';

/**
 * Files the renderer hands over (documents, exports, backups, evidence) arrive as downloads.
 * Electron asks where to save each with the native dialog (no save path is set here), and once
 * the file is written the office is offered to open it or to show it in its folder. Like the other
 * dialogs of the main process it speaks Indonesian first and English second.
 */
interface Bilingual {
  id: string;
  en: string;
}

export const DOWNLOAD_MESSAGES = {
  saveTitle: { id: 'Simpan berkas', en: 'Save file' },
  savedTitle: { id: 'Berkas tersimpan', en: 'File saved' },
  saved: { id: 'Berkas sudah disimpan.', en: 'The file has been saved.' },
  open: { id: 'Buka berkas', en: 'Open file' },
  showInFolder: { id: 'Tampilkan di folder', en: 'Show in folder' },
  close: { id: 'Tutup', en: 'Close' },
} as const satisfies Record<string, Bilingual>;

const both = (text: Bilingual) => `${text.id} / ${text.en}`;

/**
 * Only documents Sirakor itself writes are opened from here. Evidence files come from users and
 * could be programs: those are only shown in their folder, never run.
 */
const OPENABLE = new Set(['.pdf', '.docx', '.xlsx']);

export function isOpenable(path: string): boolean {
  return OPENABLE.has(extname(path).toLowerCase());
}

export function savedFileDialog(path: string): MessageBoxOptions {
  const buttons = isOpenable(path)
    ? [both(DOWNLOAD_MESSAGES.open), both(DOWNLOAD_MESSAGES.showInFolder), both(DOWNLOAD_MESSAGES.close)]
    : [both(DOWNLOAD_MESSAGES.showInFolder), both(DOWNLOAD_MESSAGES.close)];
  return {
    type: 'info',
    title: both(DOWNLOAD_MESSAGES.savedTitle),
    message: `${DOWNLOAD_MESSAGES.saved.id}\n${DOWNLOAD_MESSAGES.saved.en}`,
    detail: path,
    buttons,
    defaultId: 0,
    cancelId: buttons.length - 1,
    noLink: true,
  };
}

interface DownloadDeps {
  session: Pick<Session, 'on'>;
  dialog: Pick<Dialog, 'showMessageBox'>;
  shell: Pick<Shell, 'openPath' | 'showItemInFolder'>;
  window: () => BrowserWindow | null;
}

/** Offers "open" / "show in folder" for the file at `path`, then does what was picked. */
export async function offerSavedFile(
  deps: Pick<DownloadDeps, 'dialog' | 'shell' | 'window'>,
  path: string,
): Promise<void> {
  const options = savedFileDialog(path);
  const parent = deps.window();
  const { response } =
    parent && !parent.isDestroyed()
      ? await deps.dialog.showMessageBox(parent, options)
      : await deps.dialog.showMessageBox(options);
  const openable = isOpenable(path);
  if (openable && response === 0) await deps.shell.openPath(path);
  else if (response === (openable ? 1 : 0)) deps.shell.showItemInFolder(path);
}

export function handleDownloads(deps: DownloadDeps): void {
  deps.session.on('will-download', (_event, item: DownloadItem) => {
    item.setSaveDialogOptions({ title: both(DOWNLOAD_MESSAGES.saveTitle), defaultPath: item.getFilename() });
    item.once('done', (_done, state) => {
      // Cancelled in the save dialog, or interrupted: nothing was saved, nothing to offer.
      if (state !== 'completed') return;
      offerSavedFile(deps, item.getSavePath()).catch(() => undefined);
    });
  });
}
