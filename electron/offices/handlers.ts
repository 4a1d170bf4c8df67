import type { HandlerGroup } from '../api/handler-types';
import { repositoriesOf } from '../db/repositories';

/** Views across offices (issue 11): which offices' records are held here, and their plans side by side. */
export const officesHandlers: HandlerGroup<'offices.list' | 'plans.consolidated'> = {
  'offices.list': (_input, ctx) => repositoriesOf(ctx).offices.holding(),
  'plans.consolidated': (input, ctx) => {
    const offices = repositoriesOf(ctx).offices;
    const year = input.year ?? offices.defaultYear(ctx.now().getFullYear());
    return offices.consolidation(year, input.officeId);
  },
};
