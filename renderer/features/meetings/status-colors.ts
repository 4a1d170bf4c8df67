import type { MeetingStatus } from '../../../shared/domain/meetings';

/** Badge colours; the status text is always shown too, so colour is never the only cue. */
export const STATUS_COLORS: Record<MeetingStatus, string> = {
  draft: 'gray',
  scheduled: 'blue',
  held: 'teal',
  approved: 'green',
};
