import { Anchor, Card, SimpleGrid, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { Sector } from '../../../shared/domain/directory';
import type { DashboardSummary, RateRow } from '../../../shared/domain/follow-up';
import { formatDate } from '../../format/dates';
import { useApiQuery } from '../../api/queries';
import { Loaded } from '../../components/LoadError';
import { CHART_COLORS } from './chart-colors';
import { drillDown } from './drill-down';
import { RateChart } from './RateChart';
import { TrendChart } from './TrendChart';

function quarterRange(quarter: DashboardSummary['quarter']): { completedFrom: string; completedTo: string } {
  const startMonth = (quarter.quarter - 1) * 3 + 1;
  const end = new Date(Date.UTC(quarter.year, startMonth + 2, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    completedFrom: `${quarter.year}-${pad(startMonth)}-01`,
    completedTo: `${quarter.year}-${pad(startMonth + 2)}-${end}`,
  };
}

function Stat({
  label,
  value,
  color,
  onClick,
  testId,
}: {
  label: string;
  value: number;
  color: string;
  onClick: () => void;
  testId: string;
}) {
  return (
    <UnstyledButton onClick={onClick} data-testid={testId}>
      <Card withBorder style={{ borderLeft: `6px solid ${color}` }}>
        <Text size="sm" c="dimmed">
          {label}
        </Text>
        <Text size="xl" fw={700} data-testid={`${testId}-value`}>
          {value.toLocaleString('id-ID')}
        </Text>
      </Card>
    </UnstyledButton>
  );
}

/** The TPPS chair's view: open, overdue, done this quarter, completion per institution, sector and area. */
export function Dashboard() {
  const summary = useApiQuery('dashboard.summary', { limit: 10 });
  return <Loaded query={summary}>{(loaded) => <DashboardView summary={loaded} />}</Loaded>;
}

function DashboardView({ summary }: { summary: DashboardSummary }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const go = (filters: Parameters<typeof drillDown>[1]) => drillDown(navigate, filters);
  const caption = (row: RateRow) =>
    t('dashboard.rateCaption', { done: row.done, total: row.total, overdue: row.overdue });

  return (
    <Stack gap="md" data-testid="dashboard">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Stat
          testId="stat-open"
          label={t('dashboard.open')}
          value={summary.open}
          color={CHART_COLORS.open}
          onClick={() => go({ statuses: ['not_started', 'in_progress'] })}
        />
        <Stat
          testId="stat-overdue"
          label={t('dashboard.overdue')}
          value={summary.overdue}
          color={CHART_COLORS.overdue}
          onClick={() => go({ overdueOnly: true })}
        />
        <Stat
          testId="stat-done"
          label={t('dashboard.doneThisQuarter', { quarter: summary.quarter.quarter, year: summary.quarter.year })}
          value={summary.doneThisQuarter}
          color={CHART_COLORS.done}
          onClick={() => go({ statuses: ['done'], ...quarterRange(summary.quarter) })}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <RateChart
          testId="chart-sector"
          title={t('dashboard.bySector')}
          rows={summary.bySector.map((row) => ({ ...row, label: t(`sector.${row.key as Sector}`) }))}
          caption={caption}
          onPick={(row) => go({ sector: row.key as Sector })}
        />
        <RateChart
          testId="chart-area"
          title={t('dashboard.byArea')}
          rows={summary.byArea}
          caption={caption}
          onPick={(row) => go({ areaCode: row.key })}
        />
        <RateChart
          testId="chart-institution"
          title={t('dashboard.byInstitution')}
          rows={summary.byInstitution}
          caption={caption}
          onPick={(row) => go({ institutionId: row.key })}
        />
        <TrendChart trend={summary.trend} />
      </SimpleGrid>
      <Card withBorder data-testid="top-overdue">
        <Text fw={600} mb="xs">
          {t('dashboard.topOverdue')}
        </Text>
        {summary.topOverdue.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('dashboard.noneOverdue')}
          </Text>
        ) : (
          <Table className="sirakor-table" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('ledger.columns.institution')}</Table.Th>
                <Table.Th>{t('ledger.columns.commitment')}</Table.Th>
                <Table.Th>{t('ledger.columns.due')}</Table.Th>
                <Table.Th>{t('commitmentsUi.contact')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {summary.topOverdue.map((item) => (
                <Table.Tr
                  key={item.id}
                  style={{ cursor: 'pointer' }}
                  onClick={() => go({ institutionId: item.institutionId, overdueOnly: true })}
                >
                  <Table.Td>
                    {/* The row is clickable; its first cell is the same action for the keyboard. */}
                    <Anchor
                      component="button"
                      type="button"
                      size="sm"
                      ta="left"
                      onClick={(event) => {
                        event.stopPropagation();
                        go({ institutionId: item.institutionId, overdueOnly: true });
                      }}
                    >
                      {item.institutionName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{item.description}</Table.Td>
                  <Table.Td>{item.dueDate ? formatDate(item.dueDate) : ''}</Table.Td>
                  <Table.Td>{item.contactPersonName ?? t('common.none')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
    </Stack>
  );
}
