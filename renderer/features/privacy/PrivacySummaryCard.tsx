import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PrivacySummary } from '../../../shared/domain/privacy';

const ITEMS = [
  'people',
  'withPhone',
  'withNip',
  'withRank',
  'withEmail',
  'deletedHolding',
  'erased',
  'typedNames',
  'evidenceFiles',
] as const satisfies readonly (keyof PrivacySummary)[];

/** What the database holds now, as counts. */
export function PrivacySummaryCard({ summary }: { summary: PrivacySummary | null }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID');
  return (
    <Card withBorder>
      <Title order={4} mb="sm">
        {t('privacy.summaryTitle')}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm" verticalSpacing="sm">
        {ITEMS.map((key) => (
          <Stack key={key} gap={0} data-testid={`privacy-summary-${key}`}>
            <Text size="xl" fw={600} c={key === 'deletedHolding' && summary?.deletedHolding ? 'orange.8' : undefined}>
              {summary ? number.format(summary[key]) : '…'}
            </Text>
            <Text size="xs" c="dimmed">
              {t(`privacy.summary.${key}`)}
            </Text>
          </Stack>
        ))}
      </SimpleGrid>
    </Card>
  );
}
