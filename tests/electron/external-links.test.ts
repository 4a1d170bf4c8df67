import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import {
  EXTERNAL_LINK_MESSAGES,
  externalLinkDialog,
  externalLinkOpener,
  externalUrlOf,
} from '../../electron/host/external-links';
import { guardNavigation } from '../../electron/host/navigation';
import { MAX_LINK_LENGTH, whatsappUrl } from '../../shared/messages/whatsapp';
import { asWebContents, asWindow, cancelableEvent, FakeBrowserWindow, FakeWebContents } from './fakes';

function opener(response: number, window: BrowserWindow | null = null) {
  const dialog = { showMessageBox: vi.fn(async () => ({ response, checkboxChecked: false })) };
  const shell = { openExternal: vi.fn(async () => undefined) };
  return { dialog, shell, open: externalLinkOpener({ dialog, shell, window: () => window }) };
}

describe('external links', () => {
  it.each([
    ['https://jdih.jenepontokab.go.id/', 'https://jdih.jenepontokab.go.id/'],
    // eslint-disable-next-line @microsoft/sdl/no-insecure-url -- plain http links are what is under test
    ['http://stunting.go.id/pedoman?tahun=2025', 'http://stunting.go.id/pedoman?tahun=2025'],
    ['HTTPS://Example.COM/a b', 'https://example.com/a%20b'],
  ])('accepts the web address %s', (url, href) => {
    expect(externalUrlOf(url)).toBe(href);
  });

  it.each([
    'file:///C:/Windows/System32/calc.exe',
    'javascript:alert(1)',
    'app://sirakor/index.html',
    // eslint-disable-next-line @microsoft/sdl/no-insecure-url -- an ftp link must be refused
    'ftp://example.com/',
    'mailto:camat@example.com',
    'smb://server/share',
    'ms-settings:privacy',
    'https://bank.example@evil.example/',
    'https://user:pass@example.com/',
    'not a url',
    `https://example.com/${'a'.repeat(3000)}`,
  ])('refuses %s without asking', async (url) => {
    expect(externalUrlOf(url)).toBeNull();
    const { dialog, shell, open } = opener(0);
    expect(await open(url)).toBe(false);
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('opens a WhatsApp click-to-chat link Sirakor made, up to the length it offers to open', async () => {
    const url = whatsappUrl('6281244556677', 'Yth. Pimpinan DPPKB,\n\n1. *Memperkuat TPK* — 31 Desember 2025');
    expect(externalUrlOf(url)).toBe(url);
    const longest = `https://wa.me/?text=${'a'.repeat(MAX_LINK_LENGTH - 'https://wa.me/?text='.length)}`;
    expect(externalUrlOf(longest)).toBe(longest);
    expect(externalUrlOf(`${longest}a`)).toBeNull();
    const { shell, open } = opener(0);
    expect(await open(url)).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledWith(url);
  });

  it('asks in Indonesian first, then English, showing the address; Enter and Escape mean no', () => {
    const options = externalLinkDialog('https://example.com/');
    expect(options.title).toBe('Buka tautan di luar Sirakor? / Open a link outside Sirakor?');
    expect(options.message.indexOf(EXTERNAL_LINK_MESSAGES.message.id)).toBe(0);
    expect(options.message).toContain(EXTERNAL_LINK_MESSAGES.message.en);
    expect(options.detail).toBe('https://example.com/');
    expect(options.buttons).toEqual(['Buka / Open', 'Batal / Cancel']);
    expect(options).toMatchObject({ defaultId: 1, cancelId: 1 });
  });

  it('opens in the system browser only when the user says yes', async () => {
    const yes = opener(0);
    expect(await yes.open('https://example.com/')).toBe(true);
    expect(yes.shell.openExternal).toHaveBeenCalledWith('https://example.com/');

    const no = opener(1);
    expect(await no.open('https://example.com/')).toBe(false);
    expect(no.dialog.showMessageBox).toHaveBeenCalledOnce();
    expect(no.shell.openExternal).not.toHaveBeenCalled();
  });

  it('asks one question at a time (a page cannot stack dialogs)', async () => {
    let answer: (value: { response: number; checkboxChecked: boolean }) => void = () => undefined;
    const dialog = {
      showMessageBox: vi.fn(() => new Promise<{ response: number; checkboxChecked: boolean }>((r) => (answer = r))),
    };
    const shell = { openExternal: vi.fn(async () => undefined) };
    const open = externalLinkOpener({ dialog, shell, window: () => null });
    const first = open('https://example.com/1');
    expect(await open('https://example.com/2')).toBe(false);
    answer({ response: 0, checkboxChecked: false });
    expect(await first).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://example.com/1');
  });

  it('makes the question modal to the app window', async () => {
    const window = asWindow(new FakeBrowserWindow());
    const { dialog, open } = opener(1, window);
    await open('https://example.com/');
    expect(dialog.showMessageBox).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ detail: 'https://example.com/' }),
    );
  });

  it('hands web links from window.open and navigation to the opener, and nothing else', () => {
    const contents = new FakeWebContents();
    const openExternal = vi.fn();
    guardNavigation(asWebContents(contents), openExternal);

    expect(contents.windowOpenHandler?.({ url: 'https://example.com/a' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    const navigation = cancelableEvent();
    // eslint-disable-next-line @microsoft/sdl/no-insecure-url -- plain http links are what is under test
    contents.emit('will-navigate', navigation, 'http://example.com/b');
    expect(navigation.defaultPrevented).toBe(true);
    const local = cancelableEvent();
    contents.emit('will-navigate', local, 'file:///etc/passwd');
    expect(local.defaultPrevented).toBe(true);
    // Redirects are not something the user clicked: refused, never opened.
    const redirect = cancelableEvent();
    contents.emit('will-redirect', redirect, 'https://example.com/c');
    expect(redirect.defaultPrevented).toBe(true);

    // eslint-disable-next-line @microsoft/sdl/no-insecure-url -- plain http links are what is under test
    expect(openExternal.mock.calls).toEqual([['https://example.com/a'], ['http://example.com/b']]);
  });
});
