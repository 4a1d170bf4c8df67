import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HistoryItem } from '../../../../../shared/domain/history';
import type { MeetingStatus } from '../../../../../shared/domain/meetings';
import { formatLocalTimestamp } from '../../../../format/local-time';

function describe(item: HistoryItem, t: ReturnType<typeof useTranslation>['t']): string {
  const changes = (item.changes ?? {}) as { from?: MeetingStatus; to?: MeetingStatus };
  if (item.entity === 'meeting' && item.action === 'status' && changes.from && changes.to) {
    return t('history.status', { from: t(`meetingStatus.${changes.from}`), to: t(`meetingStatus.${changes.to}`) });
  }
  if (item.entity === 'meeting' && item.action === 'approve') return t('history.approve');
  if (item.entity === 'meeting' && item.action === 'unlock') return t('history.unlock', { reason: item.reason ?? '' });
  if (
    item.entity === 'commitment' &&
    (item.action === 'create' || item.action === 'update' || item.action === 'delete')
  ) {
    return t(`history.commitment.${item.action}`);
  }
  return t('history.other');
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
        <Timeline.Item key={item.id} title={describe(item, t)}>
          <Text size="xs" c="dimmed">
            {formatLocalTimestamp(item.at)}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
