import type { HandlerGroup } from '../../api/handler-types';
import type { HandlerContext } from '../../api/context';
import { repositoriesOf, type Repositories } from '../../db/repositories';
import {
  createConvergenceAction,
  createFundingSource,
  createIntervention,
  deleteConvergenceAction,
  deleteFundingSource,
  deleteIntervention,
  updateConvergenceAction,
  updateFundingSource,
  updateIntervention,
} from '../catalogue';

/** Runs a catalogue rule in one transaction. */
function inCatalogue<T>(ctx: HandlerContext, work: (catalogue: Repositories['catalogue']) => T): T {
  return ctx.db.transaction(() => work(repositoriesOf(ctx).catalogue))();
}

/** The intervention catalogue, convergence actions and funding sources (rules in ../catalogue.ts). */
export const catalogueHandlers: HandlerGroup<
  | 'interventions.list'
  | 'interventions.create'
  | 'interventions.update'
  | 'interventions.delete'
  | 'convergenceActions.list'
  | 'convergenceActions.create'
  | 'convergenceActions.update'
  | 'convergenceActions.delete'
  | 'fundingSources.list'
  | 'fundingSources.create'
  | 'fundingSources.update'
  | 'fundingSources.delete'
> = {
  'interventions.list': (input, ctx) => repositoriesOf(ctx).catalogue.interventions.list(input),
  'interventions.create': (input, ctx) => inCatalogue(ctx, (catalogue) => createIntervention(catalogue, input)),
  'interventions.update': (input, ctx) => inCatalogue(ctx, (catalogue) => updateIntervention(catalogue, input)),
  'interventions.delete': (input, ctx) =>
    inCatalogue(ctx, (catalogue) => {
      deleteIntervention(catalogue, input.id);
      return { id: input.id };
    }),

  'convergenceActions.list': (input, ctx) => repositoriesOf(ctx).catalogue.convergenceActions.list(input.scheme),
  'convergenceActions.create': (input, ctx) =>
    inCatalogue(ctx, (catalogue) => createConvergenceAction(catalogue, input)),
  'convergenceActions.update': (input, ctx) =>
    inCatalogue(ctx, (catalogue) => updateConvergenceAction(catalogue, input)),
  'convergenceActions.delete': (input, ctx) =>
    inCatalogue(ctx, (catalogue) => {
      deleteConvergenceAction(catalogue, input.id);
      return { id: input.id };
    }),

  'fundingSources.list': (_input, ctx) => repositoriesOf(ctx).catalogue.fundingSources.list(),
  'fundingSources.create': (input, ctx) => inCatalogue(ctx, (catalogue) => createFundingSource(catalogue, input)),
  'fundingSources.update': (input, ctx) => inCatalogue(ctx, (catalogue) => updateFundingSource(catalogue, input)),
  'fundingSources.delete': (input, ctx) =>
    inCatalogue(ctx, (catalogue) => {
      deleteFundingSource(catalogue, input.id);
      return { id: input.id };
    }),
};
