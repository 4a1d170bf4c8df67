import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL } from '../../electron/host/app-protocol';
import { guardNavigation } from '../../electron/host/navigation';
import { asWebContents, cancelableEvent, FakeWebContents } from './fakes';

function guarded(): FakeWebContents {
  const contents = new FakeWebContents();
  guardNavigation(asWebContents(contents));
  return contents;
}

describe('navigation guard', () => {
  it.each([
    'https://example.com/',
    'http://127.0.0.1:8080/',
    'file:///etc/passwd',
    'app://evil/index.html',
    'javascript:alert(1)',
    'not a url',
  ])('prevents navigating the window to %s', (url) => {
    const contents = guarded();
    for (const eventName of ['will-navigate', 'will-redirect']) {
      const event = cancelableEvent();
      contents.emit(eventName, event, url);
      expect(event.defaultPrevented, eventName).toBe(true);
    }
  });

  it('lets the app navigate between its own app:// pages', () => {
    const contents = guarded();
    const event = cancelableEvent();
    contents.emit('will-navigate', event, APP_ENTRY_URL);
    expect(event.defaultPrevented).toBe(false);
  });

  it('denies window.open for every URL', () => {
    const contents = guarded();
    expect(contents.windowOpenHandler).not.toBeNull();
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: APP_ENTRY_URL })).toEqual({ action: 'deny' });
  });

  it('refuses to attach a <webview>', () => {
    const contents = guarded();
    const event = cancelableEvent();
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });
});
