import type { PlanStatus } from '../../../shared/domain/plans';

/** Badge colours; the status is always written out too. */
export const PLAN_STATUS_COLORS: Record<PlanStatus, string> = {
  draft: 'gray',
  adopted: 'green',
  revising: 'orange',
};
