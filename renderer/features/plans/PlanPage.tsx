import { Anchor, Badge, Button, Menu, Stack, Tabs } from '@mantine/core';
import {
  IconBooks,
  IconChevronDown,
  IconCopy,
  IconFileExport,
  IconFileImport,
  IconLock,
  IconPencil,
  IconPrinter,
} from '@tabler/icons-react';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import { formatRupiahWithSign } from '../../../shared/plans/numbers';
import { call, callOrThrow } from '../../api/client';
import { cataloguePath, PLAN_VIEWS, planPath, ROUTES, type PlanView } from '../../app/routes';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { LoadError, retryFailed } from '../../components/LoadError';
import { PageLoader } from '../../components/PageLoader';
import { notifyFailure, notifySuccess } from '../../hooks/notify';
import { saveDownload } from '../commitments/files';
import { isCancelled, runFileJob } from '../jobs/run-job';
import { CoverageView } from './CoverageView';
import { PlanGrid } from './grid/PlanGrid';
import { usePlanGrid } from './grid/store';
import { GridToolbar } from './GridToolbar';
import { ImportModal } from './ImportModal';
import { planLookupsQuery } from './lookups';
import { PlanDocumentModal } from './PlanDocumentModal';
import { PlanForm } from './PlanForm';
import { RowDrawer } from './RowDrawer';
import { PLAN_STATUS_COLORS } from './status-colors';
import { TotalsPanel } from './TotalsPanel';
import { GuardedModal } from '../../components/FormGuard';
import { OriginBanner } from '../../components/OriginNote';

/**
 * The plan as the grid reads it: the answer notes how many writes the grid had counted when the
 * read began, so that an answer read before one of the grid's own writes ended is not applied
 * over it (the next cell's write is computed from the rows the grid shows).
 */
function planForGrid(id: string) {
  return queryOptions({
    queryKey: ['plans.get', { id }, 'grid'] as const,
    queryFn: async () => {
      const writes = usePlanGrid.getState().writes;
      return { writes, detail: await callOrThrow('plans.get', { id }) };
    },
    meta: { methods: ['plans.get'], input: { id } },
  });
}

/**
 * Reads the plan and the lookups its cells are read with into the grid, and keeps them current
 * when another window writes (a deleted commitment drops out of the rows it was linked to). The
 * grid merges its own writes as they come back: a reread answer is applied only when no write of
 * the grid ended or began since it was read (that write's change event reads the plan again).
 */
function usePlan(id: string) {
  const read = useQuery(planForGrid(id));
  const plan = read.data?.detail.plan;
  const lookups = useQuery({
    ...planLookupsQuery(plan ?? { areaCode: '', areaLevel: 'desa' }),
    enabled: plan !== undefined,
  });
  const opened = useRef<string | null>(null);
  useEffect(() => {
    if (!read.data || !lookups.data || read.data.detail.plan.id !== id) return;
    const grid = usePlanGrid.getState();
    if (opened.current !== id) {
      opened.current = id;
      grid.open(read.data.detail, lookups.data);
    } else if (!grid.busy && grid.writes === read.data.writes) grid.replaceDetail(read.data.detail);
  }, [id, read.data, lookups.data]);
  useEffect(() => {
    if (lookups.data && opened.current === id) usePlanGrid.getState().setLookups(lookups.data);
  }, [id, lookups.data]);
  const queries = [read, lookups];
  return { failed: queries.find((query) => query.isError) ?? null, retry: retryFailed(queries) };
}

/** One action plan: the grid with its totals, the coverage of priority villages, import, export and print. */
export default function PlanPage() {
  const { t } = useTranslation();
  const { id = '', view: viewParam } = useParams<{ id: string; view?: string }>();
  const [, navigate] = useLocation();
  const view: PlanView = PLAN_VIEWS.find((v) => v === viewParam) ?? 'tabel';
  const { failed, retry } = usePlan(id);
  const detail = usePlanGrid((s) => (s.planId === id ? s.detail : null));
  const addRow = usePlanGrid((s) => s.addRow);
  const [modal, setModal] = useState<'edit' | 'import' | 'print' | null>(null);
  // The row whose details are open, remembered with its plan so that opening another plan closes it.
  const [drawer, setDrawer] = useState<{ planId: string; rowId: string } | null>(null);
  // A row found by the search opens with its details once the plan is there.
  const revealing = usePlanGrid((s) => (s.planId === id && s.detail ? s.revealing : null));
  const drawerRow = revealing ?? (drawer?.planId === id ? drawer.rowId : null);
  const openRow = (rowId: string): void => {
    usePlanGrid.getState().reveal(null);
    setDrawer({ planId: id, rowId });
  };

  if (!detail) {
    return (
      <Stack>
        {failed ? (
          <>
            <LoadError error={failed.error} onRetry={retry} />
            <Anchor component={Link} href={ROUTES.plans}>
              {t('plans.back')}
            </Anchor>
          </>
        ) : (
          <PageLoader />
        )}
      </Stack>
    );
  }
  const { plan } = detail;
  // Another office's plan (issue 11) is read only here: its grid as an adopted plan's, no edit or import.
  const foreign = plan.origin !== null;
  const locked = plan.status === 'adopted' || foreign;
  const newActivity = t('plans.grid.newActivity');

  async function exportXlsx(): Promise<void> {
    const result = await runFileJob({ kind: 'planXlsx', input: { planId: plan.id } });
    if (result.ok) saveDownload(result.value);
    else if (!isCancelled(result)) notifyFailure(result);
  }

  async function copyToNextYear(): Promise<void> {
    const result = notifyFailure(await call('plans.copyToYear', { id: plan.id, year: plan.year + 1 }));
    if (result.ok) {
      notifySuccess(t('plans.copied', { year: plan.year + 1 }));
      navigate(planPath(result.value.id));
    }
  }

  return (
    <Stack gap={6}>
      <Anchor component={Link} href={ROUTES.plans} size="xs" w="fit-content">
        {t('plans.back')}
      </Anchor>
      {failed ? <LoadError error={failed.error} onRetry={retry} compact /> : null}
      <PageHeader
        title={plan.title}
        badges={
          <Badge variant="light" color={PLAN_STATUS_COLORS[plan.status]} data-testid="plan-status">
            {t(`planStatus.${plan.status}`)}
          </Badge>
        }
        meta={[
          plan.areaName,
          String(plan.year),
          t('plans.totals.rows', { count: plan.rowCount }),
          formatRupiahWithSign(plan.totalAmount),
        ].join(' · ')}
        actions={
          <>
            <Button variant="light" leftSection={<IconPrinter size={16} />} onClick={() => setModal('print')}>
              {t('documents.open')}
            </Button>
            <Menu position="bottom-end">
              <Menu.Target>
                <Button variant="default" rightSection={<IconChevronDown size={14} />}>
                  {t('workspace.more')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {foreign ? null : (
                  <>
                    <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => setModal('edit')}>
                      {t('plans.edit')}
                    </Menu.Item>
                    <Menu.Item
                      leftSection={<IconFileImport size={16} />}
                      disabled={locked}
                      onClick={() => setModal('import')}
                    >
                      {t('plans.import.title')}
                    </Menu.Item>
                  </>
                )}
                <Menu.Item leftSection={<IconFileExport size={16} />} onClick={() => void exportXlsx()}>
                  {t('plans.exportXlsx')}
                </Menu.Item>
                <Menu.Item leftSection={<IconCopy size={16} />} onClick={() => void copyToNextYear()}>
                  {t('plans.copyNextYear', { year: plan.year + 1 })}
                </Menu.Item>
                <Menu.Item leftSection={<IconBooks size={16} />} component={Link} href={cataloguePath()}>
                  {t('catalogue.open')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </>
        }
      />
      <OriginBanner origin={plan.origin} />
      {plan.status === 'adopted' ? (
        <Notice id="plan-locked" color="green" icon={<IconLock />} title={t('plans.lockedTitle')} testId="plan-locked">
          {t('plans.lockedNote')}
        </Notice>
      ) : null}
      <Tabs
        value={view}
        onChange={(value) => navigate(planPath(plan.id, (value as PlanView | null) ?? 'tabel'), { replace: true })}
        keepMounted={false}
      >
        <Tabs.List mb={6}>
          <Tabs.Tab value="tabel">{t('plans.views.tabel')}</Tabs.Tab>
          <Tabs.Tab value="cakupan">{t('plans.views.cakupan')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="tabel">
          <Stack gap={6}>
            <GridToolbar locked={locked} newActivity={newActivity} onOpenRow={openRow} />
            <PlanGrid locked={locked} newActivity={newActivity} onOpenRow={openRow} />
            <TotalsPanel totals={detail.totals} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="cakupan">
          <CoverageView
            detail={detail}
            onOpenRow={(rowId) => {
              const index = usePlanGrid.getState().rows.findIndex((row) => row.id === rowId);
              if (index >= 0) usePlanGrid.getState().select({ row: index, col: 0 });
              navigate(planPath(plan.id, 'tabel'));
            }}
            // An adopted plan takes no new rows: the gap is shown, with no button that would fail.
            onAddFor={
              locked
                ? null
                : (villageCode, interventionId) => {
                    navigate(planPath(plan.id, 'tabel'));
                    // A row started from a gap: that village and that intervention, with the intervention's kind.
                    const kind =
                      usePlanGrid.getState().lookups?.interventions.find((i) => i.id === interventionId)?.kind ??
                      'lainnya';
                    void addRow(newActivity, { locations: [villageCode], interventionId, interventionKind: kind });
                  }
            }
          />
        </Tabs.Panel>
      </Tabs>
      <GuardedModal opened={modal === 'edit'} onClose={() => setModal(null)} title={t('plans.edit')} size="lg">
        {modal === 'edit' ? (
          <PlanForm plan={plan} onCancel={() => setModal(null)} onSaved={() => setModal(null)} />
        ) : null}
      </GuardedModal>
      <RowDrawer
        rowId={drawerRow}
        onClose={() => {
          usePlanGrid.getState().reveal(null);
          setDrawer(null);
        }}
      />
      <ImportModal planId={plan.id} opened={modal === 'import'} onClose={() => setModal(null)} />
      <PlanDocumentModal plan={plan} opened={modal === 'print'} onClose={() => setModal(null)} />
    </Stack>
  );
}
