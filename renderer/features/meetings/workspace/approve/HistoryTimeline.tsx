import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../../../../shared/api/result';
import type { HistoryItem } from '../../../../../shared/domain/history';
import { translateMessage } from '../../../../i18n';
import type { MeetingStatus } from '../../../../../shared/domain/meetings';
import { formatLocalTimestamp } from '../../../../format/local-time';

/** What an entry says, as a message (its status parameters are keys, translated when shown). */
function describe(item: HistoryItem): Message {
  const changes = (item.changes ?? {}) as { from?: MeetingStatus; to?: MeetingStatus };
  if (item.entity === 'meeting' && item.action === 'status' && changes.from && changes.to) {
    return {
      key: 'history.status',
      params: { from: `meetingStatus.${changes.from}`, to: `meetingStatus.${changes.to}` },
    };
  }
  if (item.entity === 'meeting' && item.action === 'approve') return { key: 'history.approve' };
  if (item.entity === 'meeting' && item.action === 'unlock')
    return { key: 'history.unlock', params: { reason: item.reason ?? '' } };
  if (
    item.entity === 'commitment' &&
    (item.action === 'create' || item.action === 'update' || item.action === 'delete')
  ) {
    return { key: `history.commitment.${item.action}` };
  }
  return { key: 'history.other' };
}

export function HistoryTimeline({ items }: { items: HistoryItem[] }) {
  const { t } = useTranslation();
  if (items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('history.empty')}
      </Text>
    );
  }
  return (
    <Timeline bulletSize={14} lineWidth={2}>
      {items.map((item) => (
        <Timeline.Item key={item.id} title={translateMessage(describe(item))}>
          <Text size="xs" c="dimmed">
            {formatLocalTimestamp(item.at)}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
