import type { InputOf, MethodName, OutputOf } from '../../shared/api/contract';
import { AppError, type ApiError, type Result } from '../../shared/api/result';
import { changeFanout } from './change-fanout';
import { httpTransport } from './http-transport';
import type { Transport } from './transport';

function chooseTransport(): Transport {
  if (window.sirakor) return window.sirakor;
  const token =
    new URLSearchParams(window.location.search).get('token') ?? sessionStorage.getItem('sirakor.token') ?? '';
  sessionStorage.setItem('sirakor.token', token);
  return httpTransport(token);
}

const transport = chooseTransport();

/** Calls one API method; the result is data (`ok` or an error with a translatable message). */
export function call<M extends MethodName>(method: M, input: InputOf<M>): Promise<Result<OutputOf<M>>> {
  return transport.invoke(method, input) as Promise<Result<OutputOf<M>>>;
}

/** Like `call`, but throws an AppError on failure: for loaders where an error is shown as a whole. */
export async function callOrThrow<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  const result = await call(method, input);
  if (result.ok) return result.value;
  throw errorToAppError(result.error);
}

export function errorToAppError(error: ApiError): AppError {
  return new AppError(error.code, error.message.key, error.message.params, error.details);
}

/** Listens to the host's change events; every listener shares one subscription. */
export const onChange = changeFanout(transport.onChange.bind(transport));
