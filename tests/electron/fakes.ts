import { EventEmitter } from 'node:events';
import type { BrowserWindow, IpcMainInvokeEvent, WebContents } from 'electron';
import { vi } from 'vitest';

/**
 * Stand-ins for the few Electron objects the host touches. They are real EventEmitters so that
 * listeners registered by the host can be fired the way Electron would fire them.
 */
export class FakeWebContents extends EventEmitter {
  private static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  readonly send = vi.fn();

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

export function asWebContents(contents: FakeWebContents): WebContents {
  return contents as unknown as WebContents;
}

/** A cancelable event like the ones Electron passes to will-navigate and friends. */
export function cancelableEvent(): { preventDefault: () => void; defaultPrevented: boolean } {
  const event = {
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

export class FakeBrowserWindow extends EventEmitter {
  static created: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  destroyed = false;
  readonly loadURL = vi.fn(async (_url: string) => undefined);
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  readonly destroy = vi.fn(() => {
    this.destroyed = true;
  });

  constructor(readonly options: Electron.BrowserWindowConstructorOptions = {}) {
    super();
    FakeBrowserWindow.created.push(this);
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  isMinimized(): boolean {
    return false;
  }
}

export function asWindow(window: FakeBrowserWindow): BrowserWindow {
  return window as unknown as BrowserWindow;
}

export interface FrameShape {
  url: string;
  parent: object | null;
}

export function invokeEvent(sender: FakeWebContents, frame: FrameShape | null): IpcMainInvokeEvent {
  return { sender, senderFrame: frame } as unknown as IpcMainInvokeEvent;
}
