import type { HandlerGroup } from '../../api/handler-types';
import { repositoriesOf } from '../../db/repositories';
import { dashboardSummary } from '../dashboard';
import { clockOf } from '../follow-up';

/** The TPPS chair's dashboard (rules in ../dashboard.ts). */
export const dashboardHandlers: HandlerGroup<'dashboard.summary'> = {
  'dashboard.summary': (input, ctx) => {
    const repos = repositoriesOf(ctx);
    return dashboardSummary(clockOf(ctx, repos), repos, input);
  },
};
