import type { CommitmentStatus } from '../../../shared/domain/commitments';

/** Badge colours; the status is always written out too, so colour is never the only cue. */
export const COMMITMENT_STATUS_COLORS: Record<CommitmentStatus, string> = {
  not_started: 'gray',
  in_progress: 'blue',
  done: 'teal',
  cancelled: 'dark',
};
