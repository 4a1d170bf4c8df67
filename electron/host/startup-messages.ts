import { DataFolderInUseError } from '../db/data-lock';
import { MigrationError } from '../db/migrate';
import { NetworkDataFolderError } from '../db/store';
import { DataDirArgumentError } from './data-dir';

/**
 * Messages shown before the window exists, so the renderer's i18n files cannot be used: each is
 * written in Indonesian first (the office's language) and English second, and kept short.
 */
type StartupProblem =
  | 'data-folder-in-use'
  | 'newer-database'
  | 'not-sirakor-database'
  | 'network-data-folder'
  | 'bad-data-dir-argument'
  | 'unexpected';

interface Bilingual {
  id: string;
  en: string;
}

const TITLE: Bilingual = { id: 'Sirakor tidak dapat dibuka', en: 'Sirakor cannot start' };

const MESSAGES: Record<StartupProblem, Bilingual> = {
  'data-folder-in-use': {
    id: 'Folder data Sirakor sedang dipakai oleh Sirakor lain yang masih terbuka. Tutup Sirakor itu, lalu buka lagi.',
    en: 'The Sirakor data folder is in use by another Sirakor that is still open. Close it, then start again.',
  },
  'newer-database': {
    id: 'Data ini dibuat oleh Sirakor versi yang lebih baru. Pasang Sirakor versi terbaru untuk membukanya.',
    en: 'This data was created by a newer version of Sirakor. Install the latest Sirakor to open it.',
  },
  'not-sirakor-database': {
    id: 'Berkas basis data di folder data bukan milik Sirakor. Pilih folder data lain.',
    en: 'The database file in the data folder does not belong to Sirakor. Choose another data folder.',
  },
  'network-data-folder': {
    id: 'Folder data berada di jaringan. Sirakor hanya menyimpan data di disk komputer ini.',
    en: 'The data folder is on a network share. Sirakor only keeps its data on this computer’s own disk.',
  },
  'bad-data-dir-argument': {
    id: 'Pilihan --data-dir harus diikuti nama folder.',
    en: 'The --data-dir option must be followed by a folder.',
  },
  unexpected: {
    id: 'Terjadi kesalahan tak terduga saat membuka data.',
    en: 'An unexpected error occurred while opening the data.',
  },
};

export function startupProblemOf(error: unknown): StartupProblem {
  if (error instanceof DataFolderInUseError) return 'data-folder-in-use';
  if (error instanceof NetworkDataFolderError) return 'network-data-folder';
  if (error instanceof DataDirArgumentError) return 'bad-data-dir-argument';
  if (error instanceof MigrationError && error.reason === 'newer-database') return 'newer-database';
  if (error instanceof MigrationError && error.reason === 'not-sirakor') return 'not-sirakor-database';
  return 'unexpected';
}

interface StartupDialog {
  title: string;
  content: string;
}

/** Title and text for dialog.showErrorBox; unexpected errors carry their message for support staff. */
export function startupDialog(error: unknown, dataDir: string | null): StartupDialog {
  const problem = startupProblemOf(error);
  const message = MESSAGES[problem];
  const lines = [message.id, '', message.en];
  if (dataDir) lines.push('', dataDir);
  if (problem === 'unexpected') lines.push('', error instanceof Error ? error.message : String(error));
  return { title: `${TITLE.id} / ${TITLE.en}`, content: lines.join('\n') };
}
