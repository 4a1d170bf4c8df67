import type { BrowserWindow, Dialog, MessageBoxOptions, Shell } from 'electron';
import { MAX_LINK_LENGTH } from '../../shared/messages/whatsapp';

/**
 * Links to the web (a regulation on jdih.go.id, a ministry's page) leave the app only through the
 * system browser, only for http(s), and only after the user said yes: the window itself never
 * shows remote content. The dialog comes before the renderer's language is known from the main
 * process, so, like the start-up messages, it speaks Indonesian first and English second.
 */
interface Bilingual {
  id: string;
  en: string;
}

export const EXTERNAL_LINK_MESSAGES = {
  title: { id: 'Buka tautan di luar Sirakor?', en: 'Open a link outside Sirakor?' },
  message: {
    id: 'Sirakor akan membuka alamat berikut di peramban web. Buka hanya jika Anda mengenal dan memercayainya.',
    en: 'Sirakor will open the address below in your web browser. Open it only if you know and trust it.',
  },
  open: { id: 'Buka', en: 'Open' },
  cancel: { id: 'Batal', en: 'Cancel' },
} as const satisfies Record<string, Bilingual>;

const both = (text: Bilingual) => `${text.id} / ${text.en}`;

/**
 * Longest address shown and opened; anything longer is not a link a person clicked. The WhatsApp
 * messages use the same limit (a longer text is copied instead of opened).
 */
const MAX_URL_LENGTH = MAX_LINK_LENGTH;

/**
 * The address to open, or null: only http and https, no user name or password in it (they make
 * `https://bank.example@evil.example` look like the bank), and of a sane length.
 */
export function externalUrlOf(url: string): string | null {
  if (url.length > MAX_URL_LENGTH) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.username || parsed.password || !parsed.hostname) return null;
  return parsed.href;
}

export function externalLinkDialog(href: string): MessageBoxOptions {
  return {
    type: 'question',
    title: both(EXTERNAL_LINK_MESSAGES.title),
    message: `${EXTERNAL_LINK_MESSAGES.message.id}\n\n${EXTERNAL_LINK_MESSAGES.message.en}`,
    detail: href,
    buttons: [both(EXTERNAL_LINK_MESSAGES.open), both(EXTERNAL_LINK_MESSAGES.cancel)],
    // Enter and Escape both mean "do not open".
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
}

export interface ExternalLinkDeps {
  dialog: Pick<Dialog, 'showMessageBox'>;
  shell: Pick<Shell, 'openExternal'>;
  /** The window the question belongs to (modal to it). */
  window: () => BrowserWindow | null;
}

/**
 * Asks, then opens in the system browser. Resolves true only when the link was opened. One
 * question at a time: a page cannot stack dialogs by opening links in a loop.
 */
export function externalLinkOpener({ dialog, shell, window }: ExternalLinkDeps): (url: string) => Promise<boolean> {
  let asking = false;
  return async (url) => {
    const href = externalUrlOf(url);
    if (!href || asking) return false;
    asking = true;
    try {
      const parent = window();
      const options = externalLinkDialog(href);
      const { response } =
        parent && !parent.isDestroyed()
          ? await dialog.showMessageBox(parent, options)
          : await dialog.showMessageBox(options);
      if (response !== 0) return false;
      await shell.openExternal(href);
      return true;
    } catch {
      return false;
    } finally {
      asking = false;
    }
  };
}
