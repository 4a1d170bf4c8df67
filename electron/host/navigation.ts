import type { WebContents } from 'electron';
import { isAppUrl } from './app-protocol';

/**
 * The window only ever shows the app's own pages: a link or a script that tries to navigate to
 * the web, open a new window or embed a <webview> is stopped here, whatever the renderer does.
 */
export function guardNavigation(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
