import type { IpcMain } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChangeEvent } from '../../shared/api/contract';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../shared/api/events';
import { ok, type Result } from '../../shared/api/result';
import type { Dispatch } from '../../electron/api/dispatch';
import { APP_ENTRY_URL } from '../../electron/host/app-protocol';
import { bindIpc, createInvokeHandler, isTrustedSender, type InvokeHandler } from '../../electron/host/ipc';
import { asWindow, FakeBrowserWindow, FakeWebContents, invokeEvent } from './fakes';

const unauthorized = { ok: false, error: { code: 'UNAUTHORIZED', message: { key: 'error.unauthorized' } } };

function setup() {
  const window = new FakeBrowserWindow();
  const dispatch = vi.fn<Dispatch>(async () => ok({ answered: true }));
  const listeners = new Set<(event: ChangeEvent) => void>();
  const handlers = new Map<string, InvokeHandler>();
  const ipcMain = {
    handle: vi.fn((channel: string, handler: InvokeHandler) => handlers.set(channel, handler)),
    removeHandler: vi.fn((channel: string) => handlers.delete(channel)),
  };
  const unbind = bindIpc({
    ipcMain: ipcMain as unknown as IpcMain,
    window: asWindow(window),
    dispatch,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  });
  const invoke = (event: Parameters<InvokeHandler>[0], method: unknown, input: unknown) => {
    const handler = handlers.get(IPC_INVOKE_CHANNEL);
    if (!handler) throw new Error('no invoke handler registered');
    return handler(event, method, input);
  };
  const topFrame = { url: APP_ENTRY_URL, parent: null };
  return { window, dispatch, listeners, ipcMain, unbind, invoke, topFrame };
}

describe('IPC sender check', () => {
  let ctx: ReturnType<typeof setup>;
  beforeEach(() => {
    ctx = setup();
  });

  it('lets the top frame of the app window reach dispatch with method and input', async () => {
    const result = await ctx.invoke(invokeEvent(ctx.window.webContents, ctx.topFrame), 'people.search', { q: 'x' });
    expect(result).toEqual(ok({ answered: true }));
    expect(ctx.dispatch).toHaveBeenCalledExactlyOnceWith('people.search', { q: 'x' });
  });

  it('refuses another webContents with UNAUTHORIZED as data', async () => {
    const stranger = new FakeWebContents();
    const result = await ctx.invoke(invokeEvent(stranger, ctx.topFrame), 'people.search', {});
    expect(result).toEqual(unauthorized);
    expect(ctx.dispatch).not.toHaveBeenCalled();
  });

  it.each([
    ['a sub-frame', { url: APP_ENTRY_URL, parent: {} }],
    ['a foreign page', { url: 'https://example.com/', parent: null }],
    ['a file:// page', { url: 'file:///home/user/evil.html', parent: null }],
    ['another app host', { url: 'app://other/index.html', parent: null }],
    ['a frame that is gone', null],
  ])('refuses %s of the app window', async (_label, frame) => {
    const result = await ctx.invoke(invokeEvent(ctx.window.webContents, frame), 'settings.get', {});
    expect(result).toEqual(unauthorized);
    expect(ctx.dispatch).not.toHaveBeenCalled();
  });

  it('refuses calls once the window is destroyed', async () => {
    ctx.window.destroyed = true;
    await expect(ctx.invoke(invokeEvent(ctx.window.webContents, ctx.topFrame), 'settings.get', {})).resolves.toEqual(
      unauthorized,
    );
  });

  it('does not throw when reading the frame throws', () => {
    const event = invokeEvent(ctx.window.webContents, ctx.topFrame);
    Object.defineProperty(event, 'senderFrame', {
      get() {
        throw new Error('Render frame was disposed');
      },
    });
    expect(isTrustedSender(event, asWindow(ctx.window))).toBe(false);
  });

  it('forwards change events to the window and stops after unbinding', () => {
    const change: ChangeEvent = { entities: ['people'] };
    ctx.listeners.forEach((listener) => listener(change));
    expect(ctx.window.webContents.send).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, change);

    ctx.unbind();
    expect(ctx.ipcMain.removeHandler).toHaveBeenCalledWith(IPC_INVOKE_CHANNEL);
    expect(ctx.listeners.size).toBe(0);
  });
});

describe('invoke handler', () => {
  it('turns a throwing dispatch into an INTERNAL Result instead of rejecting', async () => {
    const logError = vi.fn();
    const handler = createInvokeHandler(
      async (): Promise<Result<unknown>> => {
        throw new Error('boom');
      },
      () => true,
      logError,
    );
    const result = await handler(invokeEvent(new FakeWebContents(), null), 'settings.get', {});
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: { key: 'error.internal' } } });
    expect(logError).toHaveBeenCalledOnce();
  });
});
