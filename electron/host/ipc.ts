import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import type { ChangeEvent } from '../../shared/api/contract';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../shared/api/events';
import { fail, type Result } from '../../shared/api/result';
import type { Dispatch } from '../api/dispatch';
import { isAppUrl } from './app-protocol';

/**
 * An invoke is only served when it comes from the top frame of the app's own window showing an
 * app:// page: not from another webContents, not from an embedded frame, not from a page that
 * somehow navigated elsewhere.
 */
export function isTrustedSender(event: IpcMainInvokeEvent, window: BrowserWindow): boolean {
  try {
    if (window.isDestroyed() || event.sender.id !== window.webContents.id) return false;
    const frame = event.senderFrame;
    return frame !== null && frame.parent === null && isAppUrl(frame.url);
  } catch {
    // A frame that is being torn down throws on access; it is not trusted either.
    return false;
  }
}

export type InvokeHandler = (event: IpcMainInvokeEvent, method: unknown, input: unknown) => Promise<Result<unknown>>;

/**
 * Answers with a Result in every case: a rejected invoke would reach the renderer as a bare
 * Electron error without a code or a translatable message.
 */
export function createInvokeHandler(
  dispatch: Dispatch,
  isTrusted: (event: IpcMainInvokeEvent) => boolean,
  logError: (error: unknown) => void = (error) => console.error('[sirakor] IPC invoke failed', error),
): InvokeHandler {
  return async (event, method, input) => {
    if (!isTrusted(event)) return fail('UNAUTHORIZED', 'error.unauthorized');
    try {
      return await dispatch(String(method), input);
    } catch (error) {
      logError(error);
      return fail('INTERNAL', 'error.internal');
    }
  };
}

interface IpcBinding {
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  window: BrowserWindow;
  dispatch: Dispatch;
  subscribe: (listener: (event: ChangeEvent) => void) => () => void;
}

/** Wires the one invoke channel and the one event channel; returns the function that unwires them. */
export function bindIpc({ ipcMain, window, dispatch, subscribe }: IpcBinding): () => void {
  ipcMain.handle(
    IPC_INVOKE_CHANNEL,
    createInvokeHandler(dispatch, (event) => isTrustedSender(event, window)),
  );
  const unsubscribe = subscribe((change) => {
    if (!window.isDestroyed()) window.webContents.send(IPC_EVENT_CHANNEL, change);
  });
  return () => {
    ipcMain.removeHandler(IPC_INVOKE_CHANNEL);
    unsubscribe();
  };
}
