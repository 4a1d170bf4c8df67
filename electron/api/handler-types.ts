import type { MethodName, OutputOf, ParsedInputOf } from '../../shared/api/contract';
import type { HandlerContext } from './context';

export type Handler<M extends MethodName> = (
  input: ParsedInputOf<M>,
  ctx: HandlerContext,
) => OutputOf<M> | Promise<OutputOf<M>>;

/** A group of handlers for some methods of the contract (one file per entity). */
export type HandlerGroup<M extends MethodName> = { [K in M]: Handler<K> };

export type Handlers = { [M in MethodName]: Handler<M> };
