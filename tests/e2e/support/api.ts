import type { InputOf, MethodName, OutputOf } from '../../../shared/api/contract';
import type { RunningPreview } from './preview-host';

/** Calls the preview host's HTTP API the way scripts do; fails the test on an error result. */
export async function api<M extends MethodName>(
  preview: RunningPreview,
  method: M,
  input: InputOf<M>,
): Promise<OutputOf<M>> {
  const response = await fetch(`${preview.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-sirakor-token': preview.token },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: boolean; value?: OutputOf<M>; error?: unknown };
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value as OutputOf<M>;
}

export const KELARA_OFFICE = {
  level: 'kecamatan',
  kabupatenCode: '73.04',
  kecamatanCode: '73.04.05',
  officeName: 'Kantor Camat Kelara',
  address: 'Jalan Poros Jeneponto–Malakaji, Tolo, Kelara',
} as const;
