import { Anchor, Card, Group, ScrollArea, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import type { ConsolidatedLine, PlanConsolidation } from '../../../shared/domain/offices';
import { formatRupiahWithSign } from '../../../shared/plans/numbers';
import { useApiQuery } from '../../api/queries';
import { consolidatedPath, planPath, ROUTES } from '../../app/routes';
import { Loaded } from '../../components/LoadError';
import { PageHeader } from '../../components/PageHeader';
import { OfficeSelect, useOffices } from './OfficeSelect';

const number = (n: number) => n.toLocaleString('id-ID');

/**
 * The action plans of one year side by side (issue 11): a kabupaten sees its kecamatan's plans as
 * rows with their totals per funding source, then the year's totals per intervention and per
 * funding source. The year and the office are in the address, so Back returns to them.
 */
export default function ConsolidatedPlansPage() {
  const { t } = useTranslation();
  const { year: yearParam, office } = useParams<{ year?: string; office?: string }>();
  const [, navigate] = useLocation();
  const year = yearParam && /^\d{4}$/.test(yearParam) ? Number(yearParam) : undefined;
  const query = useApiQuery(
    'plans.consolidated',
    { ...(year ? { year } : {}), ...(office ? { officeId: office } : {}) },
    { keepPrevious: true },
  );
  return (
    <Stack gap="sm" maw={1400}>
      <Anchor component={Link} href={ROUTES.plans} size="xs" w="fit-content">
        {t('plans.back')}
      </Anchor>
      <Loaded query={query}>
        {(data) => (
          <>
            <PageHeader
              title={t('offices.consolidated.title', { year: data.year })}
              meta={t('offices.consolidated.summary', {
                plans: number(data.total.plans),
                rows: number(data.total.rows),
                amount: formatRupiahWithSign(data.total.amount),
              })}
            />
            <Group gap="xs">
              <Select
                aria-label={t('offices.consolidated.year')}
                data={[...new Set([data.year, ...data.years])]
                  .sort((a, b) => b - a)
                  .map((y) => ({ value: String(y), label: String(y) }))}
                value={String(data.year)}
                allowDeselect={false}
                onChange={(value) => value && navigate(consolidatedPath(Number(value), office))}
                w={110}
              />
              <OfficeSelect value={office} onChange={(officeId) => navigate(consolidatedPath(data.year, officeId))} />
            </Group>
            {data.plans.length === 0 ? (
              <Text c="dimmed">{t('offices.consolidated.none', { year: data.year })}</Text>
            ) : (
              <ConsolidationTables data={data} />
            )}
          </>
        )}
      </Loaded>
    </Stack>
  );
}

function ConsolidationTables({ data }: { data: PlanConsolidation }) {
  const { t } = useTranslation();
  const { offices } = useOffices();
  const own = offices.find((o) => o.local)?.name ?? '';
  return (
    <>
      <Card withBorder data-testid="consolidated-plans">
        <Text fw={600} mb="xs">
          {t('offices.consolidated.perPlan')}
        </Text>
        <ScrollArea type="auto">
          <Table className="sirakor-table" striped aria-label={t('offices.consolidated.perPlan')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('offices.consolidated.area')}</Table.Th>
                <Table.Th>{t('offices.consolidated.office')}</Table.Th>
                <Table.Th ta="right">{t('offices.consolidated.rows')}</Table.Th>
                {data.funding.map((source) => (
                  <Table.Th key={source.id} ta="right">
                    {source.name}
                  </Table.Th>
                ))}
                <Table.Th ta="right">{t('offices.consolidated.amount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.plans.map((plan) => (
                <Table.Tr key={plan.planId} data-testid="consolidated-plan">
                  <Table.Td>
                    <Anchor component={Link} href={planPath(plan.planId)} size="sm" title={plan.title}>
                      {plan.areaName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{plan.origin?.officeName ?? own}</Table.Td>
                  <Table.Td ta="right">{number(plan.rows)}</Table.Td>
                  {data.funding.map((source) => (
                    <Table.Td key={source.id} ta="right">
                      {formatRupiahWithSign(plan.byFunding[source.id ?? ''] ?? 0)}
                    </Table.Td>
                  ))}
                  <Table.Td ta="right">{formatRupiahWithSign(plan.amount)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr fw={700}>
                <Table.Td colSpan={2}>{t('offices.consolidated.total')}</Table.Td>
                <Table.Td ta="right">{number(data.total.rows)}</Table.Td>
                {data.funding.map((source) => (
                  <Table.Td key={source.id} ta="right">
                    {formatRupiahWithSign(source.amount)}
                  </Table.Td>
                ))}
                <Table.Td ta="right" data-testid="consolidated-total">
                  {formatRupiahWithSign(data.total.amount)}
                </Table.Td>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </ScrollArea>
      </Card>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <LinesTable
          testId="consolidated-interventions"
          title={t('offices.consolidated.perIntervention')}
          nameHeader={t('offices.consolidated.intervention')}
          lines={data.interventions}
          total={data.total}
        />
        <LinesTable
          testId="consolidated-funding"
          title={t('offices.consolidated.perFunding')}
          nameHeader={t('offices.consolidated.source')}
          lines={data.funding}
          total={data.total}
        />
      </SimpleGrid>
    </>
  );
}

/**
 * Totals of the year per intervention or per funding source, with the year's total under them
 * (every amount is a funding line, and every row has one intervention or none: they add up).
 */
function LinesTable({
  title,
  nameHeader,
  lines,
  total,
  testId,
}: {
  title: string;
  nameHeader: string;
  lines: ConsolidatedLine[];
  total: PlanConsolidation['total'];
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder data-testid={testId}>
      <Text fw={600} mb="xs">
        {title}
      </Text>
      <Table className="sirakor-table" striped aria-label={title}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{nameHeader}</Table.Th>
            <Table.Th ta="right">{t('offices.consolidated.plans')}</Table.Th>
            <Table.Th ta="right">{t('offices.consolidated.rows')}</Table.Th>
            <Table.Th ta="right">{t('offices.consolidated.amount')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line) => (
            <Table.Tr key={line.id ?? ''}>
              <Table.Td>{line.id === null ? t('offices.consolidated.noIntervention') : line.name}</Table.Td>
              <Table.Td ta="right">{number(line.plans)}</Table.Td>
              <Table.Td ta="right">{number(line.rows)}</Table.Td>
              <Table.Td ta="right">{formatRupiahWithSign(line.amount)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr fw={700}>
            <Table.Td>{t('offices.consolidated.total')}</Table.Td>
            <Table.Td ta="right">{number(total.plans)}</Table.Td>
            {/* A row funded from two sources counts under both; the year's rows are counted once. */}
            <Table.Td ta="right">{number(total.rows)}</Table.Td>
            <Table.Td ta="right">{formatRupiahWithSign(total.amount)}</Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Card>
  );
}
