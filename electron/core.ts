import type { ChangeEvent } from '../shared/api/contract';
import { createDispatcher, type Dispatch } from './api/dispatch';
import { handlers } from './api/handlers';
import { openStore, type Store, type StoreOptions } from './db/store';

export interface Core {
  store: Store;
  dispatch: Dispatch;
  /** Subscribes to change events; returns the unsubscribe function. */
  subscribe(listener: (event: ChangeEvent) => void): () => void;
  close(): void;
}

export interface CoreOptions extends StoreOptions {
  host: 'electron' | 'preview';
  appVersion: string;
  logError?: (method: string, error: unknown) => void;
  /** The handlers' clock (tests fix "today"); defaults to the system clock. */
  now?: () => Date;
}

/** Opens the store and wires the handlers: what both hosts (Electron and preview) serve. */
export async function startCore(options: CoreOptions): Promise<Core> {
  const store = await openStore(options);
  const listeners = new Set<(event: ChangeEvent) => void>();
  const dispatch = createDispatcher({
    ctx: {
      db: store.db,
      dataDir: store.dataDir,
      databaseFile: store.databaseFile,
      resourcesDir: options.resourcesDir,
      host: options.host,
      appVersion: options.appVersion,
      now: options.now ?? (() => new Date()),
    },
    handlers,
    emit: (event) => listeners.forEach((listener) => listener(event)),
    logError: options.logError ?? ((method, error) => console.error(`[sirakor] ${method} failed`, error)),
  });
  return {
    store,
    dispatch,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      listeners.clear();
      store.close();
    },
  };
}
