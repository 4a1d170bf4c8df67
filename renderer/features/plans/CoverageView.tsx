import { Badge, Button, Drawer, Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InterventionKind, PlanDetail } from '../../../shared/domain/plans';
import { formatRupiahWithSign } from '../../../shared/plans/numbers';
import { rowAmount } from '../../../shared/plans/rows';
import { useApiQuery } from '../../api/queries';
import { QueryStatus } from '../../components/LoadError';
import { CoverageMatrix, type CellAddress } from './CoverageMatrix';

type KindFilter = InterventionKind | 'all';

/**
 * Priority villages × interventions: which villages have which interventions planned (and
 * funded), and the gaps. A cell opens the rows behind it, or starts a row for a gap.
 */
export function CoverageView({
  detail,
  onOpenRow,
  onAddFor,
}: {
  detail: PlanDetail;
  onOpenRow: (rowId: string) => void;
  /** Null when the plan is adopted (locked): gaps are shown but no row can be added. */
  onAddFor: ((villageCode: string, interventionId: string) => void) | null;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<KindFilter>('all');
  const [kecamatanCode, setKecamatanCode] = useState<string | null>(null);
  const query = useApiQuery('plans.coverage', {
    planId: detail.plan.id,
    ...(kind === 'all' ? {} : { kind }),
    ...(kecamatanCode ? { kecamatanCode } : {}),
  });
  const coverage = query.data;
  const [opened, setOpened] = useState<CellAddress | null>(null);
  if (!coverage) return <QueryStatus query={query} />;

  const openedCell = opened
    ? coverage.cells.find((c) => c.villageCode === opened.villageCode && c.interventionId === opened.interventionId)
    : undefined;
  const openedRows = openedCell ? detail.rows.filter((row) => openedCell.rowIds.includes(row.id)) : [];

  return (
    <Stack gap="sm" data-testid="coverage">
      {query.isError ? <QueryStatus query={query} /> : null}
      <Group justify="space-between" wrap="wrap">
        <Group gap="sm" wrap="wrap">
          <SegmentedControl
            value={kind}
            onChange={(value) => setKind(value as KindFilter)}
            data={[
              { value: 'all', label: t('plans.coverage.all') },
              { value: 'spesifik', label: t('interventionKind.spesifik') },
              { value: 'sensitif', label: t('interventionKind.sensitif') },
            ]}
          />
          {coverage.kecamatans.length > 1 ? (
            <Select
              aria-label={t('plans.coverage.kecamatan')}
              placeholder={t('plans.coverage.allKecamatan')}
              data={coverage.kecamatans.map((k) => ({ value: k.code, label: k.name }))}
              value={coverage.kecamatanCode}
              onChange={setKecamatanCode}
              clearable
              searchable
              w={220}
            />
          ) : null}
        </Group>
        <Group gap="xs" data-testid="coverage-summary">
          <Badge color="teal" variant="filled">
            {t('plans.coverage.funded', { count: coverage.summary.funded })}
          </Badge>
          <Badge color="yellow.4" variant="filled" c="dark">
            {t('plans.coverage.unfunded', { count: coverage.summary.unfunded })}
          </Badge>
          <Badge color="red" variant="outline">
            {t('plans.coverage.gaps', { count: coverage.summary.gaps })}
          </Badge>
        </Group>
      </Group>
      <Text size="xs" c="dimmed">
        {t(`plans.coverage.source.${coverage.villageSource}`)}
      </Text>
      <Text size="xs" c="dimmed">
        {t('plans.coverage.legend')} {t('coverageGrid.keys')}
      </Text>
      <CoverageMatrix coverage={coverage} onOpen={setOpened} />
      <Drawer
        opened={opened !== null}
        onClose={() => setOpened(null)}
        position="right"
        title={t('plans.coverage.cellTitle')}
      >
        {opened ? (
          <Stack gap="sm">
            {openedRows.length === 0 ? <Text size="sm">{t('plans.coverage.noRows')}</Text> : null}
            {openedRows.map((row) => (
              <Stack key={row.id} gap={0}>
                <Text size="sm" fw={500}>
                  {row.position + 1}. {row.activity}
                </Text>
                <Text size="xs" c="dimmed">
                  {[row.responsibleInstitutionName, formatRupiahWithSign(rowAmount(row))].filter(Boolean).join(' · ')}
                </Text>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  w="fit-content"
                  onClick={() => {
                    setOpened(null);
                    onOpenRow(row.id);
                  }}
                >
                  {t('plans.coverage.openRow')}
                </Button>
              </Stack>
            ))}
            {onAddFor ? (
              <Button
                variant="light"
                onClick={() => {
                  setOpened(null);
                  onAddFor(opened.villageCode, opened.interventionId);
                }}
              >
                {t('plans.coverage.addRow')}
              </Button>
            ) : (
              <Text size="sm" c="dimmed">
                {t('plans.coverage.lockedNoAdd')}
              </Text>
            )}
          </Stack>
        ) : null}
      </Drawer>
    </Stack>
  );
}
