import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HistoryItem } from '../../../../../shared/domain/history';
import { translateMessage } from '../../../../i18n';
import { historyMessage } from '../../../../format/history-message';
import { formatLocalTimestamp } from '../../../../format/local-time';

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
        <Timeline.Item key={item.id} title={translateMessage(historyMessage(item))}>
          <Text size="xs" c="dimmed">
            {formatLocalTimestamp(item.at)}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
