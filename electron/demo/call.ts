import { api, type InputOf, type MethodName, type OutputOf } from '../../shared/api/contract';
import { fieldIssuesOf } from '../../shared/api/validation';
import type { HandlerContext } from '../api/context';
import type { Handler } from '../api/handler-types';
import { writeProgressUpdate } from '../api/handlers/follow-up';
import { atTime } from '../db/ids';
import { repositoriesOf } from '../db/repositories';
// The demo is entered through the full handler table. index.ts registers the demo's own handlers,
// which makes an import cycle; it is harmless because the table is only read when a call is made.
import { handlers } from '../api/handlers';

/** A synchronous call of one API method: validated by its contract schema, run by its handler. */
export type DemoCall = <M extends MethodName>(method: M, input: InputOf<M>) => OutputOf<M>;

/**
 * Calls the real handlers exactly as the dispatcher does (the contract's schema first, then the
 * handler), so the demo is valid by construction; but synchronously, so that the whole demo is
 * written inside one transaction: all of it or nothing.
 */
export function demoCaller(ctx: HandlerContext): DemoCall {
  return <M extends MethodName>(method: M, input: InputOf<M>): OutputOf<M> => {
    const parsed = api[method].input.safeParse(input);
    if (!parsed.success) {
      throw new Error(`demo: ${method} refused ${JSON.stringify(fieldIssuesOf(parsed.error, input))}`);
    }
    const output = (handlers[method] as Handler<MethodName>)(parsed.data as never, ctx);
    if (output instanceof Promise) throw new Error(`demo: ${method} is asynchronous and cannot join the transaction`);
    return output as OutputOf<M>;
  };
}

/** A progress update without evidence files: commitments.addUpdate's write, which is synchronous without files. */
export type DemoReport = (input: InputOf<'commitments.addUpdate'>) => void;

export function demoReporter(ctx: HandlerContext): DemoReport {
  return (input) => {
    const parsed = api['commitments.addUpdate'].input.safeParse(input);
    if (!parsed.success || parsed.data.evidence.length > 0) {
      throw new Error(`demo: commitments.addUpdate refused ${JSON.stringify(input)}`);
    }
    // Stamped on the day it reports, like the rest of the sample's story.
    atTime(new Date(`${parsed.data.reportedOn}T01:00:00Z`), () =>
      writeProgressUpdate(repositoriesOf(ctx.db), parsed.data, []),
    );
  };
}
