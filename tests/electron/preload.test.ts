import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../shared/api/events';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
}));
vi.mock('electron', () => electron);

interface Bridge {
  invoke(method: string, input: unknown): Promise<unknown>;
  onChange(listener: (event: unknown) => void): () => void;
}

async function loadPreload(): Promise<Bridge> {
  vi.resetModules();
  electron.contextBridge.exposeInMainWorld.mockClear();
  await import('../../electron/preload');
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [name, bridge] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [string, Bridge];
  expect(name).toBe('sirakor');
  return bridge;
}

describe('preload', () => {
  beforeEach(() => {
    electron.ipcRenderer.invoke.mockReset();
    electron.ipcRenderer.on.mockReset();
    electron.ipcRenderer.removeListener.mockReset();
  });

  it('exposes exactly invoke and onChange on window.sirakor, nothing else', async () => {
    const bridge = await loadPreload();
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'onChange']);
    expect(typeof bridge.invoke).toBe('function');
    expect(typeof bridge.onChange).toBe('function');
    expect(Object.values(bridge)).not.toContain(electron.ipcRenderer);
  });

  it('sends every call over the single invoke channel and returns the Result', async () => {
    const bridge = await loadPreload();
    const result = { ok: true, value: { name: 'x' } };
    electron.ipcRenderer.invoke.mockResolvedValue(result);
    await expect(bridge.invoke('settings.get', {})).resolves.toBe(result);
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(IPC_INVOKE_CHANNEL, 'settings.get', {});
  });

  it('passes change events without the Electron event object, and unsubscribes', async () => {
    const bridge = await loadPreload();
    const listener = vi.fn();
    const unsubscribe = bridge.onChange(listener);
    expect(electron.ipcRenderer.on).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, expect.any(Function));
    const relay = electron.ipcRenderer.on.mock.calls[0]?.[1] as (event: unknown, change: unknown) => void;
    relay({ sender: 'ipc internals' }, { entities: ['people'] });
    expect(listener).toHaveBeenCalledWith({ entities: ['people'] });
    expect(listener.mock.calls[0]).toHaveLength(1);

    unsubscribe();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, relay);
  });
});
