import type { Message } from '../../shared/api/result';
import type { CommitmentStatus } from '../../shared/domain/commitments';
import type { HistoryItem } from '../../shared/domain/history';
import type { MeetingStatus } from '../../shared/domain/meetings';

/**
 * What a history entry says, as a message whose status parameters are keys (translated when
 * shown). One reading for the meeting's timeline and a commitment's, so a commitment's status
 * change reads the same in both.
 */
export function historyMessage(item: HistoryItem): Message {
  const changes = (item.changes ?? {}) as { from?: string; to?: string };
  if (item.entity === 'meeting') {
    if (item.action === 'status' && changes.from && changes.to) {
      return {
        key: 'history.status',
        params: {
          from: `meetingStatus.${changes.from as MeetingStatus}`,
          to: `meetingStatus.${changes.to as MeetingStatus}`,
        },
      };
    }
    if (item.action === 'approve') return { key: 'history.approve' };
    if (item.action === 'unlock') return { key: 'history.unlock', params: { reason: item.reason ?? '' } };
  }
  if (item.entity === 'commitment') {
    if (item.action === 'status' && changes.from && changes.to) {
      return {
        key: 'history.commitmentStatus',
        params: {
          from: `commitmentStatus.${changes.from as CommitmentStatus}`,
          to: `commitmentStatus.${changes.to as CommitmentStatus}`,
        },
      };
    }
    if (item.action === 'create' || item.action === 'update' || item.action === 'delete')
      return { key: `history.commitment.${item.action}` };
  }
  return { key: 'history.other' };
}
