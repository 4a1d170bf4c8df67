import { AppError } from '../../../shared/api/result';
import type { ConvergenceAction, FundingSource, Intervention } from '../../../shared/domain/plans';
import { repositoriesOf } from '../../db/repositories';
import { catalogueNotFound, invalidField } from '../errors';
import type { HandlerGroup } from '../../api/handler-types';

/**
 * The intervention catalogue, convergence actions and funding sources. Seeded entries are edited
 * like any other (they stay marked `isSeeded`); an entry a live row uses cannot be deleted.
 */

function inUse(count: number): AppError {
  return new AppError('CONFLICT', 'planErrors.catalogueInUse', { count });
}

function codeTaken(code: string): AppError {
  return new AppError('CONFLICT', 'planErrors.codeTaken', { code });
}

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

  'interventions.create': (input, ctx) =>
    ctx.db.transaction((): Intervention => {
      const interventions = repositoriesOf(ctx).catalogue.interventions;
      if (input.code && interventions.codeOwner(input.code)) throw codeTaken(input.code);
      return interventions.create(input);
    })(),

  /** A change of kind carries over to the rows that name the intervention. */
  'interventions.update': (input, ctx) =>
    ctx.db.transaction((): Intervention => {
      const interventions = repositoriesOf(ctx).catalogue.interventions;
      const { id, ...fields } = input;
      if (!interventions.get(id)) throw catalogueNotFound();
      const owner = fields.code ? interventions.codeOwner(fields.code) : null;
      if (fields.code && owner && owner !== id) throw codeTaken(fields.code);
      return interventions.update(id, fields) as Intervention;
    })(),

  'interventions.delete': (input, ctx) =>
    ctx.db.transaction(() => {
      const interventions = repositoriesOf(ctx).catalogue.interventions;
      if (!interventions.get(input.id)) throw catalogueNotFound();
      const used = interventions.usage(input.id);
      if (used > 0) throw inUse(used);
      interventions.remove(input.id);
      return { id: input.id };
    })(),

  'convergenceActions.list': (input, ctx) => repositoriesOf(ctx).catalogue.convergenceActions.list(input.scheme),

  'convergenceActions.create': (input, ctx) =>
    ctx.db.transaction((): ConvergenceAction => {
      const actions = repositoriesOf(ctx).catalogue.convergenceActions;
      if (actions.numberOwner(input.scheme, input.number))
        throw new AppError('CONFLICT', 'planErrors.numberTaken', { number: input.number });
      return actions.create(input);
    })(),

  'convergenceActions.update': (input, ctx) =>
    ctx.db.transaction((): ConvergenceAction => {
      const actions = repositoriesOf(ctx).catalogue.convergenceActions;
      const { id, ...fields } = input;
      if (!actions.get(id)) throw catalogueNotFound();
      const owner = actions.numberOwner(fields.scheme, fields.number);
      if (owner && owner !== id) throw new AppError('CONFLICT', 'planErrors.numberTaken', { number: fields.number });
      return actions.update(id, fields) as ConvergenceAction;
    })(),

  'convergenceActions.delete': (input, ctx) =>
    ctx.db.transaction(() => {
      const actions = repositoriesOf(ctx).catalogue.convergenceActions;
      if (!actions.get(input.id)) throw catalogueNotFound();
      const used = actions.usage(input.id);
      if (used > 0) throw inUse(used);
      actions.remove(input.id);
      return { id: input.id };
    })(),

  'fundingSources.list': (_input, ctx) => repositoriesOf(ctx).catalogue.fundingSources.list(),

  'fundingSources.create': (input, ctx) =>
    ctx.db.transaction((): FundingSource => {
      const sources = repositoriesOf(ctx).catalogue.fundingSources;
      if (sources.codeOwner(input.code)) throw codeTaken(input.code);
      if (input.parentId) {
        const parent = sources.get(input.parentId);
        if (!parent || parent.parentId) throw invalidField('parentId', 'planErrors.fundingParent');
      }
      return sources.create(input);
    })(),

  /** Sources nest one level (DAK Nonfisik → BOK): a parent is a top-level source other than itself. */
  'fundingSources.update': (input, ctx) =>
    ctx.db.transaction((): FundingSource => {
      const sources = repositoriesOf(ctx).catalogue.fundingSources;
      const { id, ...fields } = input;
      if (!sources.get(id)) throw catalogueNotFound();
      const owner = sources.codeOwner(fields.code);
      if (owner && owner !== id) throw codeTaken(fields.code);
      if (fields.parentId) {
        const parent = sources.get(fields.parentId);
        if (!parent || parent.parentId || parent.id === id || sources.children(id) > 0)
          throw invalidField('parentId', 'planErrors.fundingParent');
      }
      return sources.update(id, fields) as FundingSource;
    })(),

  'fundingSources.delete': (input, ctx) =>
    ctx.db.transaction(() => {
      const sources = repositoriesOf(ctx).catalogue.fundingSources;
      if (!sources.get(input.id)) throw catalogueNotFound();
      const used = sources.usage(input.id);
      if (used > 0) throw inUse(used);
      const children = sources.children(input.id);
      if (children > 0) throw new AppError('CONFLICT', 'planErrors.catalogueHasChildren', { count: children });
      sources.remove(input.id);
      return { id: input.id };
    })(),
};
