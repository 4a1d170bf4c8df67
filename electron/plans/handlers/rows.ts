import type { PlanRowsChange } from '../../../shared/domain/plans';
import { repositoriesOf } from '../../db/repositories';
import type { HandlerGroup } from '../../api/handler-types';
import { livePlan, planOfRow, writeRows } from '../rows';

/**
 * Plan rows. Every write runs in one transaction through `writeRows` and answers with the rows it
 * changed, the new order where it moved, and the plan's totals.
 */
export const planRowsHandlers: HandlerGroup<
  'planRows.create' | 'planRows.update' | 'planRows.delete' | 'planRows.move' | 'planRows.applyBatch'
> = {
  'planRows.create': (input, ctx) =>
    ctx.db.transaction((): PlanRowsChange => {
      const { planId, position, ...fields } = input;
      const plan = livePlan(repositoriesOf(ctx), planId);
      return writeRows(ctx, plan, { upserts: [{ position, fields, path: '' }], deletes: [] });
    })(),

  'planRows.update': (input, ctx) =>
    ctx.db.transaction((): PlanRowsChange => {
      const { id, ...fields } = input;
      return writeRows(ctx, planOfRow(repositoriesOf(ctx), id), { upserts: [{ id, fields, path: '' }], deletes: [] });
    })(),

  'planRows.delete': (input, ctx) =>
    ctx.db.transaction((): PlanRowsChange => {
      const plan = planOfRow(repositoriesOf(ctx), input.id);
      return writeRows(ctx, plan, { upserts: [], deletes: [{ id: input.id, path: 'id' }] });
    })(),

  'planRows.move': (input, ctx) =>
    ctx.db.transaction((): PlanRowsChange => {
      const plan = planOfRow(repositoriesOf(ctx), input.id);
      return writeRows(ctx, plan, {
        upserts: [],
        deletes: [],
        moves: [{ id: input.id, toPosition: input.toPosition }],
      });
    })(),

  /**
   * The grid's writes (a pasted block, fill-down, undo/redo): deletes, then upserts in order, all
   * or nothing. An upsert with the id of a row of this plan replaces it (and restores it if it was
   * deleted, which is how undo brings a row back); one without an id, or with a new one, adds a row.
   */
  'planRows.applyBatch': (input, ctx) =>
    ctx.db.transaction((): PlanRowsChange => {
      const plan = livePlan(repositoriesOf(ctx), input.planId);
      return writeRows(ctx, plan, {
        deletes: input.deletes.map((id, index) => ({ id, path: `deletes.${index}` })),
        upserts: input.upserts.map(({ id, position, ...fields }, index) => ({
          id,
          position,
          fields,
          path: `upserts.${index}.`,
        })),
      });
    })(),
};
