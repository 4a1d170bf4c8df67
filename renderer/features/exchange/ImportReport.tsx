import { Anchor, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ExchangeHistoryEntry } from '../../../shared/domain/exchange';
import { useApiQuery } from '../../api/queries';
import { meetingPath, ROUTES } from '../../app/routes';
import { outcomeText } from './counts';

/** Meetings linked by name in a report; the rest are counted. */
const LINKED_MEETINGS = 8;

/** What an import brought, per office and kind ("Kantor Camat Rumbia: 3 rapat baru, …"), with links. */
export function ImportReport({ entry }: { entry: ExchangeHistoryEntry }) {
  const { t } = useTranslation();
  const report = entry.report;
  if (!report) return null;
  const shown = report.meetingIds.slice(0, LINKED_MEETINGS);
  return (
    <Card withBorder data-testid="exchange-report">
      <Stack gap="xs">
        <Title order={3} fz="md">
          {t('exchangeData.report.title')}
        </Title>
        <Text data-testid="exchange-report-line">
          {t('exchangeData.report.line', { office: report.officeName, parts: outcomeText(report.kinds) })}
        </Text>
        {shown.length > 0 ? (
          <Stack gap={2}>
            <Text size="sm" fw={500}>
              {t('exchangeData.report.meetings')}
            </Text>
            <List size="sm">
              {shown.map((id) => (
                <List.Item key={id}>
                  <MeetingLink id={id} />
                </List.Item>
              ))}
            </List>
            {report.meetingIds.length > shown.length ? (
              <Text size="sm" c="dimmed">
                {t('exchangeData.report.more', { count: report.meetingIds.length - shown.length })}
              </Text>
            ) : null}
          </Stack>
        ) : null}
        {report.commitmentIds.length > 0 ? (
          <Group>
            <Anchor component={Link} href={ROUTES.commitments} size="sm">
              {t('exchangeData.report.openLedger')}
            </Anchor>
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}

function MeetingLink({ id }: { id: string }) {
  const meeting = useApiQuery('meetings.get', { id });
  return (
    <Anchor component={Link} href={meetingPath(id)}>
      {meeting.data?.title ?? '…'}
    </Anchor>
  );
}
