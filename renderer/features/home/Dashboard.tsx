import { Alert, Anchor, Button, Card, Group, SimpleGrid, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { IconCalendarOff } from '@tabler/icons-react';
import { useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { Sector } from '../../../shared/domain/directory';
import type { InputOf } from '../../../shared/api/contract';
import type { DashboardSummary, RateRow } from '../../../shared/domain/follow-up';
import {
  latestPeriodWithData,
  selectableYears,
  switchPeriodKind,
  type DashboardPeriod,
} from '../../../shared/domain/dashboard-period';
import { formatDate } from '../../format/dates';
import { useApiQuery } from '../../api/queries';
import { Loaded } from '../../components/LoadError';
import { CHART_COLORS } from './chart-colors';
import { drillDown } from './drill-down';
import { usePeriodChoice } from './period-choice';
import { PeriodPicker, usePeriodLabel } from './PeriodPicker';
import { RateChart } from './RateChart';
import { TrendChart } from './TrendChart';
import { OfficeComparison } from './OfficeComparison';
import { useScopeChoice, type DashboardScope } from './scope-choice';
import { OfficeSelect, useOffices } from '../offices/OfficeSelect';
import { RemoteSelect } from '../../components/RemoteSelect';
import { resolveArea, searchAnyArea } from '../../components/pickers';

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

/**
 * What the dashboard asks the host for: the period chosen, or none (the host's default year), and
 * the office and kecamatan chosen, if any.
 */
export function dashboardInput(
  period: DashboardPeriod | null,
  scope: DashboardScope = {},
): InputOf<'dashboard.summary'> {
  return { limit: 10, ...scope, ...(period ? { period } : {}) };
}

/**
 * The TPPS chair's view of a period (a year, a semester or a quarter; the choice is remembered):
 * open, overdue and done, completion per sector, area and institution, the monthly trend and the
 * most overdue, each a way into the ledger filtered to the commitments behind it.
 */
export function Dashboard() {
  const [chosen, choose] = usePeriodChoice();
  const [scope, changeScope] = useScopeChoice();
  const summary = useApiQuery('dashboard.summary', dashboardInput(chosen, scope), { keepPrevious: true });
  // Drawn in a deferred render, which React splits into short slices: the figures of a period
  // (four charts, the overdue table) would otherwise be one task of a few hundred ms on a slow PC.
  const data = useDeferredValue(summary.data);
  return (
    <Loaded query={{ ...summary, data }}>
      {(loaded) => <DashboardView summary={loaded} onPeriod={choose} scope={scope} onScope={changeScope} />}
    </Loaded>
  );
}

function DashboardView({
  summary,
  onPeriod,
  scope,
  onScope,
}: {
  summary: DashboardSummary;
  onPeriod: (period: DashboardPeriod) => void;
  scope: DashboardScope;
  onScope: (patch: DashboardScope) => void;
}) {
  const { t } = useTranslation();
  const { many } = useOffices();
  const label = usePeriodLabel();
  const periodName = label(summary.period);
  const empty = summary.total === 0;
  return (
    <Stack gap="md" data-testid="dashboard">
      <Group justify="space-between" gap="xs">
        <PeriodPicker
          period={summary.period}
          years={selectableYears(summary.today, summary.dataRange)}
          onKind={(kind) =>
            onPeriod(switchPeriodKind(kind, summary.period, summary.today, summary.dataRange?.to ?? null))
          }
          onChange={onPeriod}
        />
        {many ? (
          // A kabupaten holding several offices' data narrows the dashboard to one office or kecamatan.
          <Group gap="xs">
            <OfficeSelect value={scope.officeId} onChange={(officeId) => onScope({ officeId })} w={240} />
            <RemoteSelect
              aria-label={t('offices.kecamatan')}
              placeholder={t('offices.kecamatan')}
              search={searchAnyArea}
              resolve={resolveArea}
              value={scope.areaCode ?? null}
              onChange={(code) => onScope({ areaCode: code ?? undefined })}
              w={200}
            />
          </Group>
        ) : null}
        {empty ? null : (
          <Text size="sm" c="dimmed" data-testid="dashboard-period-total">
            {t('dashboard.periodSummary', {
              total: summary.total.toLocaleString('id-ID'),
              from: formatDate(summary.range.from),
              to: formatDate(summary.range.to),
            })}
          </Text>
        )}
      </Group>
      {empty ? (
        <EmptyPeriod summary={summary} periodName={periodName} onPeriod={onPeriod} />
      ) : (
        <PeriodFigures summary={summary} periodName={periodName} scope={scope} compare={many} />
      )}
    </Stack>
  );
}

/** Instead of zeros and empty charts: why there is nothing, where the data is, and a way there. */
function EmptyPeriod({
  summary,
  periodName,
  onPeriod,
}: {
  summary: DashboardSummary;
  periodName: string;
  onPeriod: (period: DashboardPeriod) => void;
}) {
  const { t } = useTranslation();
  const label = usePeriodLabel();
  const latest = summary.dataRange ? latestPeriodWithData(summary.period.kind, summary.today, summary.dataRange) : null;
  return (
    <Alert
      variant="light"
      icon={<IconCalendarOff />}
      title={t('dashboard.emptyTitle', { period: periodName })}
      data-testid="dashboard-empty"
    >
      <Stack gap="xs" align="flex-start">
        <Text size="sm">
          {t('dashboard.emptyBody', { from: formatDate(summary.range.from), to: formatDate(summary.range.to) })}
        </Text>
        <Text size="sm">
          {summary.dataRange
            ? t('dashboard.emptyData', {
                from: formatDate(summary.dataRange.from),
                to: formatDate(summary.dataRange.to),
              })
            : t('dashboard.emptyNoData')}
        </Text>
        {latest ? (
          <Button size="xs" variant="light" onClick={() => onPeriod(latest)}>
            {t('dashboard.showLatest', { period: label(latest) })}
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );
}

function PeriodFigures({
  summary,
  periodName,
  scope,
  compare,
}: {
  summary: DashboardSummary;
  periodName: string;
  scope: DashboardScope;
  /** Offices side by side: the database holds more than one office's data. */
  compare: boolean;
}) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const due = { dueFrom: summary.range.from, dueTo: summary.range.to };
  // The ledger opens on the same office and kecamatan as the dashboard.
  const go = (filters: Parameters<typeof drillDown>[1]) => drillDown(navigate, { ...scope, ...filters });
  const caption = (row: RateRow) =>
    t('dashboard.rateCaption', { done: row.done, total: row.total, overdue: row.overdue });
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Stat
          testId="stat-open"
          label={t('dashboard.open')}
          value={summary.open}
          color={CHART_COLORS.open}
          onClick={() => go({ statuses: ['not_started', 'in_progress'], ...due })}
        />
        <Stat
          testId="stat-overdue"
          label={t('dashboard.overdue')}
          value={summary.overdue}
          color={CHART_COLORS.overdue}
          onClick={() => go({ overdueOnly: true, ...due })}
        />
        <Stat
          testId="stat-done"
          label={t('dashboard.done')}
          value={summary.done}
          color={CHART_COLORS.done}
          onClick={() => go({ statuses: ['done'], ...due })}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <RateChart
          testId="chart-sector"
          title={t('dashboard.bySector')}
          rows={summary.bySector.map((row) => ({ ...row, label: t(`sector.${row.key as Sector}`) }))}
          caption={caption}
          onPick={(row) => go({ sector: row.key as Sector, ...due })}
        />
        <RateChart
          testId="chart-area"
          title={t('dashboard.byArea')}
          rows={summary.byArea}
          caption={caption}
          onPick={(row) => go({ areaCode: row.key, ...due })}
        />
        <RateChart
          testId="chart-institution"
          title={t('dashboard.byInstitution')}
          rows={summary.byInstitution}
          caption={caption}
          onPick={(row) => go({ institutionId: row.key, ...due })}
        />
        <TrendChart trend={summary.trend} />
      </SimpleGrid>
      {compare && summary.byOffice.length > 0 ? (
        <OfficeComparison
          rows={summary.byOffice}
          hint={t('offices.compareHint', { period: periodName })}
          onOverdue={(officeId) => go({ officeId, overdueOnly: true, ...due })}
        />
      ) : null}
      <Card withBorder data-testid="top-overdue">
        <Group justify="space-between" mb="xs" gap="xs">
          <Text fw={600}>{t('dashboard.topOverdue', { period: periodName })}</Text>
          {/* Every overdue commitment of every office (or of the one chosen), whatever its due period. */}
          <Button
            size="compact-sm"
            variant="light"
            color="red"
            onClick={() => go({ overdueOnly: true, sort: 'due_asc' })}
            data-testid="all-overdue"
          >
            {t('offices.allOverdue')}
          </Button>
        </Group>
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
                  onClick={() => go({ institutionId: item.institutionId, overdueOnly: true, ...due })}
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
                        go({ institutionId: item.institutionId, overdueOnly: true, ...due });
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
    </>
  );
}
