import { EventEmitter } from 'node:events';
import type { DownloadItem, Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { handleDownloads, isOpenable, savedFileDialog } from '../../electron/host/downloads';
import { asWindow, FakeBrowserWindow } from './fakes';

class FakeDownloadItem extends EventEmitter {
  savePath = '';
  readonly setSaveDialogOptions = vi.fn();
  constructor(private readonly fileName: string) {
    super();
  }
  getFilename(): string {
    return this.fileName;
  }
  getSavePath(): string {
    return this.savePath;
  }
}

function setup(response: number) {
  const session = new EventEmitter();
  const dialog = { showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response, checkboxChecked: false })) };
  const shell = { openPath: vi.fn(async () => ''), showItemInFolder: vi.fn() };
  const window = new FakeBrowserWindow();
  handleDownloads({
    session: session as unknown as Pick<Session, 'on'>,
    dialog,
    shell,
    window: () => asWindow(window),
  });
  /** Saves a file the way Electron does: the dialog picks a path, then the item is done. */
  const download = async (fileName: string, savedAs: string, state = 'completed') => {
    const item = new FakeDownloadItem(fileName);
    session.emit('will-download', {}, item as unknown as DownloadItem);
    item.savePath = savedAs;
    item.emit('done', {}, state);
    await vi.waitFor(() => (state === 'completed' ? expect(dialog.showMessageBox).toHaveBeenCalled() : undefined));
    await new Promise((resolve) => setImmediate(resolve));
    return item;
  };
  return { dialog, shell, window, download };
}

describe('saved files', () => {
  it('asks where to save with the native dialog, named after the file', async () => {
    const { download } = setup(2);
    const item = await download('Notulen Rakor.pdf', 'C:\\Dokumen\\Notulen Rakor.pdf');
    expect(item.setSaveDialogOptions).toHaveBeenCalledWith({
      title: 'Simpan berkas / Save file',
      defaultPath: 'Notulen Rakor.pdf',
    });
  });

  it('opens a saved document when asked, modal to the window', async () => {
    const { dialog, shell, window, download } = setup(0);
    await download('Notulen.pdf', '/home/tpps/Notulen.pdf');
    expect(dialog.showMessageBox).toHaveBeenCalledWith(asWindow(window), savedFileDialog('/home/tpps/Notulen.pdf'));
    expect(shell.openPath).toHaveBeenCalledWith('/home/tpps/Notulen.pdf');
    expect(shell.showItemInFolder).not.toHaveBeenCalled();
  });

  it('shows it in its folder when asked', async () => {
    const { shell, download } = setup(1);
    await download('Rencana Aksi.xlsx', '/media/usb/Rencana Aksi.xlsx');
    expect(shell.showItemInFolder).toHaveBeenCalledWith('/media/usb/Rencana Aksi.xlsx');
    expect(shell.openPath).not.toHaveBeenCalled();
  });

  it('never opens a file it did not write itself, e.g. evidence someone uploaded', async () => {
    const { dialog, shell, download } = setup(0);
    await download('bukti.exe', '/home/tpps/bukti.exe');
    const options = dialog.showMessageBox.mock.calls[0]?.[1] as { buttons: string[] };
    expect(options.buttons).toEqual(['Tampilkan di folder / Show in folder', 'Tutup / Close']);
    // The first button here is "show in folder".
    expect(shell.showItemInFolder).toHaveBeenCalledWith('/home/tpps/bukti.exe');
    expect(shell.openPath).not.toHaveBeenCalled();
  });

  it('offers nothing when the save was cancelled or interrupted', async () => {
    const { dialog, download } = setup(0);
    await download('Notulen.pdf', '', 'cancelled');
    await download('Notulen.pdf', '/tmp/x.pdf', 'interrupted');
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('closes on Escape without doing anything', () => {
    const options = savedFileDialog('/tmp/Daftar Hadir.docx');
    expect(options.buttons).toHaveLength(3);
    expect(options.cancelId).toBe(2);
    expect(options.message).toBe('Berkas sudah disimpan.\nThe file has been saved.');
    expect(isOpenable('/tmp/A.PDF')).toBe(true);
    expect(isOpenable('/tmp/cadangan.sqlite')).toBe(false);
  });
});
