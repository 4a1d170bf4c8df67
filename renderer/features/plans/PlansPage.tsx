import { Anchor, Badge, Button, EmptyState, Group, Table, Text } from '@mantine/core';
import { IconBooks, IconPlus, IconReportAnalytics, IconTableShortcut } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { formatRupiahWithSign } from '../../../shared/plans/numbers';
import { useApiQuery } from '../../api/queries';
import { cataloguePath, consolidatedPath, planPath } from '../../app/routes';
import { OriginLine } from '../../components/OriginLine';
import { OfficeSelect } from '../offices/OfficeSelect';
import { PageHeader } from '../../components/PageHeader';
import { QueryStatus } from '../../components/LoadError';
import { PlanForm } from './PlanForm';
import { PLAN_STATUS_COLORS } from './status-colors';
import { GuardedModal } from '../../components/FormGuard';
import { SampleMark } from '../../components/sample';

/** Integrated action plans per area and year. */
export default function PlansPage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [officeId, setOfficeId] = useState<string | undefined>(undefined);
  const query = useApiQuery('plans.list', { limit: 200, ...(officeId ? { officeId } : {}) });
  const plans = query.data?.items ?? null;
  const [creating, setCreating] = useState(false);

  return (
    <>
      <PageHeader
        title={t('plans.title')}
        actions={
          <>
            <Button
              variant="default"
              component={Link}
              href={consolidatedPath()}
              leftSection={<IconTableShortcut size={16} />}
            >
              {t('offices.consolidated.open')}
            </Button>
            <Button variant="default" component={Link} href={cataloguePath()} leftSection={<IconBooks size={16} />}>
              {t('catalogue.open')}
            </Button>
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
              {t('plans.new')}
            </Button>
          </>
        }
      />
      <Group mb="sm">
        <OfficeSelect value={officeId} onChange={setOfficeId} />
      </Group>
      <QueryStatus query={query} />
      {plans && plans.length === 0 ? (
        <EmptyState icon={<IconReportAnalytics size={32} />} title={t('plans.title')} description={t('plans.empty')} />
      ) : null}
      {plans && plans.length > 0 ? (
        <Table striped highlightOnHover className="sirakor-table" aria-label={t('plans.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('plans.titleLabel')}</Table.Th>
              <Table.Th>{t('plans.area')}</Table.Th>
              <Table.Th w={80}>{t('plans.year')}</Table.Th>
              <Table.Th w={140}>{t('plans.status')}</Table.Th>
              <Table.Th w={90} ta="right">
                {t('plans.rows')}
              </Table.Th>
              <Table.Th w={170} ta="right">
                {t('plans.total')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plans.map((plan) => (
              <Table.Tr key={plan.id}>
                <Table.Td>
                  <Anchor component={Link} href={planPath(plan.id)} fw={500} size="sm">
                    {plan.title}
                  </Anchor>
                  <SampleMark id={plan.id} />
                  <OriginLine origin={plan.origin} />
                  {plan.adoptedMeetingTitle ? (
                    <Text size="xs" c="dimmed">
                      {t('plans.adoptedIn', { title: plan.adoptedMeetingTitle })}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>{plan.areaName}</Table.Td>
                <Table.Td>{plan.year}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={PLAN_STATUS_COLORS[plan.status]}>
                    {t(`planStatus.${plan.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td ta="right">{plan.rowCount.toLocaleString('id-ID')}</Table.Td>
                <Table.Td ta="right">{formatRupiahWithSign(plan.totalAmount)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      <GuardedModal opened={creating} onClose={() => setCreating(false)} title={t('plans.new')} size="lg">
        {creating ? (
          <PlanForm
            plan={null}
            onCancel={() => setCreating(false)}
            onSaved={(plan) => {
              setCreating(false);
              navigate(planPath(plan.id));
            }}
          />
        ) : null}
      </GuardedModal>
    </>
  );
}
