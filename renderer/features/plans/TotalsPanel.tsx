import { Card, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { INTERVENTION_KINDS, type PlanTotals } from '../../../shared/domain/plans';
import { formatRupiahWithSign } from '../../../shared/plans/numbers';

function Money({ amount }: { amount: number }) {
  return (
    <Text span ff="monospace">
      {formatRupiahWithSign(amount)}
    </Text>
  );
}

/** Totals per funding source, per institution, per kind and overall, in whole Rupiah; live with every edit. */
export function TotalsPanel({ totals }: { totals: PlanTotals }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md" data-testid="plan-totals">
      <Card withBorder>
        <Text size="sm" c="dimmed">
          {t('plans.totals.overall')}
        </Text>
        <Text size="xl" fw={700} data-testid="plan-total">
          <Money amount={totals.overall} />
        </Text>
        <Text size="xs" c="dimmed">
          {t('plans.totals.rows', { count: totals.rows })}
        </Text>
        <Stack gap={2} mt="sm">
          {INTERVENTION_KINDS.map((kind) => (
            <Group key={kind} justify="space-between">
              <Text size="sm">{t(`interventionKind.${kind}`)}</Text>
              <Money amount={totals.byKind[kind]} />
            </Group>
          ))}
        </Stack>
      </Card>
      <Card withBorder>
        <Text size="sm" fw={600} mb="xs">
          {t('plans.totals.bySource')}
        </Text>
        <Table fz="sm" data-testid="totals-by-source">
          <Table.Tbody>
            {totals.bySource.map((source) => (
              <Table.Tr key={source.fundingSourceId}>
                <Table.Td>{source.name}</Table.Td>
                <Table.Td ta="right">
                  <Money amount={source.amount} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
      <Card withBorder>
        <Text size="sm" fw={600} mb="xs">
          {t('plans.totals.byInstitution')}
        </Text>
        <Table fz="sm" data-testid="totals-by-institution">
          <Table.Tbody>
            {totals.byInstitution.slice(0, 12).map((row) => (
              <Table.Tr key={row.institutionId ?? 'none'}>
                <Table.Td>{row.name ?? t('plans.totals.noInstitution')}</Table.Td>
                <Table.Td ta="right">
                  <Money amount={row.amount} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
    </SimpleGrid>
  );
}
