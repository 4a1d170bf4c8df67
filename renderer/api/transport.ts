import type { ChangeEvent } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';

/** How the renderer reaches the handlers: Electron IPC or the preview host's HTTP API. */
export interface Transport {
  invoke(method: string, input: unknown): Promise<Result<unknown>>;
  onChange(listener: (event: ChangeEvent) => void): () => void;
}

/** What the preload exposes on `window.sirakor` (see electron/preload.ts). */
export interface SirakorBridge {
  invoke(method: string, input: unknown): Promise<Result<unknown>>;
  onChange(listener: (event: ChangeEvent) => void): () => void;
}

declare global {
  interface Window {
    sirakor?: SirakorBridge;
  }
}
