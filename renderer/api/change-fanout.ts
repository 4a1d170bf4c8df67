import type { ChangeEvent } from '../../shared/api/contract';

type Listener = (event: ChangeEvent) => void;
type Subscribe = (listener: Listener) => () => void;

/**
 * One subscription to the host's change events for the whole page, shared by every listener. In
 * the preview host each subscription is an SSE connection and browsers allow six per host, so a
 * stream per listener would leave API calls waiting; in Electron it avoids piling up IPC listeners.
 * The subscription opens with the first listener and closes with the last.
 */
export function changeFanout(subscribe: Subscribe): Subscribe {
  const listeners = new Set<Listener>();
  let unsubscribe: (() => void) | null = null;
  return (listener) => {
    listeners.add(listener);
    unsubscribe ??= subscribe((event) => {
      for (const each of [...listeners]) each(event);
    });
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0 && unsubscribe) {
        unsubscribe();
        unsubscribe = null;
      }
    };
  };
}
