import { Button, EmptyState, Group, Stack, Text } from '@mantine/core';
import { IconChecklist, IconFileSpreadsheet, IconPrinter } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { PageHeader } from '../../components/PageHeader';
import { QueryStatus } from '../../components/LoadError';
import { notifyFailure } from '../../hooks/notify';
import { defaultLedgerFilters, ledgerPage, prefetchLedger, useLedger } from '../../stores/ledger';
import { CommitmentDrawer } from './CommitmentDrawer';
import { CommitmentReportModal } from './CommitmentReportModal';
import { SemesterReportButton } from './SemesterReport';
import { saveDownload } from './files';
import { LedgerFiltersBar } from './LedgerFiltersBar';
import { LedgerTable } from './LedgerTable';
import { OutreachButtons } from './OutreachButtons';

function isFiltered(filters: ReturnType<typeof useLedger.getState>['filters']): boolean {
  const defaults = defaultLedgerFilters();
  return Object.entries(filters).some(
    ([key, value]) => value !== undefined && value !== defaults[key as keyof typeof defaults],
  );
}

/**
 * Called when the app starts on the ledger's address, as soon as this module is loaded: the first
 * rows are fetched while the shell is still waiting for its settings (lazyPage).
 */
export function prefetch(): void {
  prefetchLedger();
}

/** The chair's question in one list: which institution promised what, in which meeting, by when, and did it happen. */
export default function CommitmentsPage() {
  const { t } = useTranslation();
  const filters = useLedger((s) => s.filters);
  // The first page gives the total; the table asks for the pages it shows.
  const first = useQuery(ledgerPage(filters, 0));
  const total = first.data?.total ?? null;
  const selectedId = useLedger((s) => s.selectedId);
  const select = useLedger((s) => s.select);
  const [exporting, setExporting] = useState(false);
  const [reportOpen, setReportOpen] = useState(false);

  async function exportXlsx(): Promise<void> {
    setExporting(true);
    const result = notifyFailure(await call('commitments.exportXlsx', filters));
    setExporting(false);
    if (result.ok) saveDownload(result.value);
  }

  const filtered = isFiltered(filters);
  return (
    <Stack gap={6}>
      <PageHeader
        title={t('ledger.title')}
        badges={
          <>
            <Text size="sm" c="dimmed" data-testid="ledger-total">
              {total === null ? t('app.loading') : t('ledger.count', { count: total })}
            </Text>
            {filtered ? (
              <Button variant="subtle" size="compact-sm" onClick={() => useLedger.getState().resetFilters()}>
                {t('ledger.clearFilters')}
              </Button>
            ) : null}
          </>
        }
        actions={
          <Group gap="xs">
            <Button
              variant="light"
              leftSection={<IconFileSpreadsheet size={16} />}
              loading={exporting}
              disabled={!total}
              onClick={() => void exportXlsx()}
            >
              {t('ledger.export')}
            </Button>
            <Button variant="light" leftSection={<IconPrinter size={16} />} onClick={() => setReportOpen(true)}>
              {t('ledger.report')}
            </Button>
            <SemesterReportButton />
            <OutreachButtons institutionId={filters.institutionId} />
          </Group>
        }
      />
      <LedgerFiltersBar />
      <QueryStatus query={first} />
      {total === 0 ? (
        <EmptyState
          icon={<IconChecklist size={32} />}
          title={t('commitments.title')}
          description={filtered ? t('ledger.noMatch') : t('commitments.empty')}
        />
      ) : null}
      {total ? <LedgerTable total={total} /> : null}
      <CommitmentDrawer id={selectedId} onClose={() => select(null)} />
      <CommitmentReportModal filters={filters} total={total} opened={reportOpen} onClose={() => setReportOpen(false)} />
    </Stack>
  );
}
