import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ChangeEvent } from '../shared/api/contract';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../shared/api/events';
import type { Result } from '../shared/api/result';

/**
 * The renderer's only door to the main process (`window.sirakor`, see renderer/api/transport.ts):
 * one call channel and one change-event channel. ipcRenderer itself is never exposed, and the
 * Electron event object is dropped before the listener sees a change.
 */
const bridge = {
  invoke(method: string, input: unknown): Promise<Result<unknown>> {
    return ipcRenderer.invoke(IPC_INVOKE_CHANNEL, method, input) as Promise<Result<unknown>>;
  },
  onChange(listener: (event: ChangeEvent) => void): () => void {
    const relay = (_event: IpcRendererEvent, change: ChangeEvent): void => listener(change);
    ipcRenderer.on(IPC_EVENT_CHANNEL, relay);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, relay);
    };
  },
};

contextBridge.exposeInMainWorld('sirakor', bridge);
