import type { ChangeEvent } from '../../shared/api/contract';
import { PREVIEW_TOKEN_HEADER } from '../../shared/api/events';
import { fail, isResult, type Result } from '../../shared/api/result';
import type { Transport } from './transport';

/** The preview host: `POST /api/<method>` with the per-run token, change events over SSE. */
export function httpTransport(token: string): Transport {
  return {
    async invoke(method, input) {
      try {
        const response = await fetch(`/api/${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [PREVIEW_TOKEN_HEADER]: token },
          body: JSON.stringify(input ?? {}),
        });
        const body: unknown = await response.json();
        return isResult(body) ? body : fail('IO', 'error.connection');
      } catch {
        return fail('IO', 'error.connection') as Result<unknown>;
      }
    },
    onChange(listener) {
      const source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
      source.onmessage = (message: MessageEvent<string>) => listener(JSON.parse(message.data) as ChangeEvent);
      return () => source.close();
    },
  };
}
