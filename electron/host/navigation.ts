import type { WebContents } from 'electron';
import { isAppUrl } from './app-protocol';
import { externalUrlOf } from './external-links';

/**
 * The window only ever shows the app's own pages: a link or a script that tries to navigate to
 * the web, open a new window or embed a <webview> is stopped here, whatever the renderer does.
 * A web link (http or https) the user followed is handed to `openExternal`, which asks first and
 * opens the system browser only on yes; redirects are never followed anywhere.
 */
export function guardNavigation(contents: WebContents, openExternal?: (url: string) => unknown): void {
  const handOver = (url: string) => {
    if (openExternal && externalUrlOf(url)) void openExternal(url);
  };
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    handOver(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    handOver(url);
    return { action: 'deny' };
  });
}
