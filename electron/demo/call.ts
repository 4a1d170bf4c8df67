import { api, type InputOf, type MethodName, type OutputOf } from '../../shared/api/contract';
import { fieldIssuesOf } from '../../shared/api/validation';
import type { HandlerContext } from '../api/context';
import type { Handler, Handlers } from '../api/handler-types';
import { writeProgressUpdate } from '../commitments/progress';
import { repositoriesOf } from '../db/repositories';

/** The methods the demo is entered through: every one but the demo's own. */
type DemoMethods = Exclude<MethodName, `demo.${string}`>;

/**
 * The handler table without the demo's own handlers, handed in by the table that registers them
 * (api/handlers), so the demo does not import the table that imports it.
 */
export type DemoHandlers = Pick<Handlers, DemoMethods>;

/** A synchronous call of one API method: validated by its contract schema, run by its handler. */
export type DemoCall = <M extends DemoMethods>(method: M, input: InputOf<M>) => OutputOf<M>;

/**
 * Calls the real handlers exactly as the dispatcher does (the contract's schema first, then the
 * handler), so the demo is valid by construction; but synchronously, so that the whole demo is
 * written inside one transaction: all of it or nothing.
 */
export function demoCaller(ctx: HandlerContext, handlers: DemoHandlers): DemoCall {
  return <M extends DemoMethods>(method: M, input: InputOf<M>): OutputOf<M> => {
    const parsed = api[method].input.safeParse(input);
    if (!parsed.success) {
      throw new Error(`demo: ${method} refused ${JSON.stringify(fieldIssuesOf(parsed.error, input))}`);
    }
    const output = (handlers[method] as Handler<DemoMethods>)(parsed.data as never, ctx);
    if (output instanceof Promise) throw new Error(`demo: ${method} is asynchronous and cannot join the transaction`);
    return output as OutputOf<M>;
  };
}

/**
 * The context of one day of the sample's story: the records written through it carry that day
 * (a Rakor approved in October 2025 says so), not the moment the sample was loaded.
 */
export function onDay(ctx: HandlerContext, day: Date): HandlerContext {
  const at = new Date(day);
  return { ...ctx, now: () => at };
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
    const reported = onDay(ctx, new Date(`${parsed.data.reportedOn}T01:00:00Z`));
    writeProgressUpdate(repositoriesOf(reported), parsed.data, []);
  };
}
