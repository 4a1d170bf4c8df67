import type { PlanRowFields } from '../../../../shared/domain/plans';

/** One write of the grid, as planRows.applyBatch takes it. */
export interface Batch {
  upserts: { id: string; position?: number; fields: PlanRowFields }[];
  deletes: string[];
}

/** What a user action did and how to take it back: undo applies `backward`, redo `forward`. */
export interface Step {
  forward: Batch;
  backward: Batch;
}

/** At most this many steps are kept to undo; older ones are forgotten. */
export const HISTORY_LIMIT = 200;

export function pushStep(stack: readonly Step[], step: Step): Step[] {
  const next = [...stack, step];
  return next.length > HISTORY_LIMIT ? next.slice(next.length - HISTORY_LIMIT) : next;
}
