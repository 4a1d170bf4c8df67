import { findDemoBlockers } from './repository';
import type { DemoHandlers } from './call';
import { loadDemo } from './load';
import { readDemoRecord, statusOf } from './record';
import { removeDemo } from './remove';
import { repositoriesOf } from '../db/repositories';
import type { HandlerGroup } from '../api/handler-types';

/**
 * The demo dataset (electron/demo/): its status, loading it, what keeps it from being removed,
 * removing it. It is entered through the other handlers, handed in by the table.
 */
export const demoHandlers = (
  handlers: DemoHandlers,
): HandlerGroup<'demo.status' | 'demo.blockers' | 'demo.load' | 'demo.remove'> => ({
  'demo.status': (_input, ctx) => statusOf(readDemoRecord(repositoriesOf(ctx))),
  'demo.blockers': (_input, ctx) => {
    const record = readDemoRecord(repositoriesOf(ctx));
    return record ? findDemoBlockers(ctx.db, record) : [];
  },
  'demo.load': (_input, ctx) => loadDemo(ctx, handlers),
  'demo.remove': (_input, ctx) => removeDemo(ctx),
});
