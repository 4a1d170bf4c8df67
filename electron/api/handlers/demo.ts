import { loadDemo } from '../../demo/load';
import { readDemoRecord, statusOf } from '../../demo/record';
import { removeDemo } from '../../demo/remove';
import { repositoriesOf } from '../../db/repositories';
import type { HandlerGroup } from '../handler-types';

/** The demo dataset (electron/demo/): its status, loading it into an empty database, removing it. */
export const demoHandlers: HandlerGroup<'demo.status' | 'demo.load' | 'demo.remove'> = {
  'demo.status': (_input, ctx) => statusOf(readDemoRecord(repositoriesOf(ctx.db))),
  'demo.load': (_input, ctx) => loadDemo(ctx),
  'demo.remove': (_input, ctx) => removeDemo(ctx),
};
