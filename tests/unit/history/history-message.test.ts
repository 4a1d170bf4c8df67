import { describe, expect, it } from 'vitest';
import type { HistoryItem } from '../../../shared/domain/history';
import { historyMessage } from '../../../renderer/format/history-message';

function item(entity: string, action: string, changes: unknown = null, reason: string | null = null): HistoryItem {
  return { id: 1, at: '2025-10-17T01:00:00.000Z', entity, entityId: 'x', action, changes, reason };
}

describe('historyMessage', () => {
  it('reads a meeting’s status changes, approval and unlock', () => {
    expect(historyMessage(item('meeting', 'status', { from: 'held', to: 'approved' }))).toEqual({
      key: 'history.status',
      params: { from: 'meetingStatus.held', to: 'meetingStatus.approved' },
    });
    expect(historyMessage(item('meeting', 'approve'))).toEqual({ key: 'history.approve' });
    expect(historyMessage(item('meeting', 'unlock', null, 'Salah ketik'))).toEqual({
      key: 'history.unlock',
      params: { reason: 'Salah ketik' },
    });
  });

  it('reads a commitment’s status change the same in the meeting’s timeline as in its own', () => {
    expect(historyMessage(item('commitment', 'status', { from: 'not_started', to: 'in_progress' }))).toEqual({
      key: 'history.commitmentStatus',
      params: { from: 'commitmentStatus.not_started', to: 'commitmentStatus.in_progress' },
    });
    expect(historyMessage(item('commitment', 'create'))).toEqual({ key: 'history.commitment.create' });
  });

  it('falls back to a plain "data changed" for anything else', () => {
    expect(historyMessage(item('meeting', 'update'))).toEqual({ key: 'history.other' });
    expect(historyMessage(item('commitment', 'status', {}))).toEqual({ key: 'history.other' });
  });
});
