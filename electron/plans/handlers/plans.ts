import type { HandlerGroup } from '../../api/handler-types';
import { repositoriesOf } from '../../db/repositories';

import { importPlanXlsx } from '../import';
import { copyPlanToYear, coverageOf, createPlan, deletePlan, planWithRows, updatePlan } from '../plans';

export const plansHandlers: HandlerGroup<
  | 'plans.list'
  | 'plans.get'
  | 'plans.create'
  | 'plans.update'
  | 'plans.delete'
  | 'plans.copyToYear'
  | 'plans.coverage'
  | 'plans.importXlsx'
> = {
  'plans.list': (input, ctx) => repositoriesOf(ctx).plans.list(input),

  /** The plan, its rows in order and its totals, read in one transaction so they agree. */
  'plans.get': (input, ctx) => ctx.db.transaction(() => planWithRows(repositoriesOf(ctx), input.id))(),

  'plans.create': (input, ctx) => ctx.db.transaction(() => createPlan(repositoriesOf(ctx), input))(),

  'plans.update': (input, ctx) => ctx.db.transaction(() => updatePlan(repositoriesOf(ctx), input))(),

  'plans.delete': (input, ctx) =>
    ctx.db.transaction(() => {
      deletePlan(repositoriesOf(ctx), input.id);
      return { id: input.id };
    })(),

  'plans.copyToYear': (input, ctx) => ctx.db.transaction(() => copyPlanToYear(ctx, repositoriesOf(ctx), input))(),

  'plans.coverage': (input, ctx) => ctx.db.transaction(() => coverageOf(repositoriesOf(ctx), input))(),

  'plans.importXlsx': (input, ctx) => importPlanXlsx(ctx, input),
};
