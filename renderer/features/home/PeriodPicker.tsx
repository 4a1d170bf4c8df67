import { Group, SegmentedControl, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  DASHBOARD_PERIOD_KINDS,
  periodsInYear,
  type DashboardPeriod,
  type DashboardPeriodKind,
} from '../../../shared/domain/dashboard-period';

const ROMAN = ['I', 'II', 'III', 'IV'];

/** `Tahun 2025`, `Semester II 2025`, `Triwulan III 2025`. */
export function usePeriodLabel(): (period: DashboardPeriod) => string {
  const { t } = useTranslation();
  return (period) =>
    t(`dashboard.periodLabel.${period.kind}`, { year: period.year, part: ROMAN[period.index - 1] ?? '' });
}

/** The dashboard's period: its kind, its year and, for a semester or a quarter, which one. */
export function PeriodPicker({
  period,
  years,
  onKind,
  onChange,
}: {
  period: DashboardPeriod;
  years: number[];
  onKind: (kind: DashboardPeriodKind) => void;
  onChange: (period: DashboardPeriod) => void;
}) {
  const { t } = useTranslation();
  const parts = Array.from({ length: periodsInYear(period.kind) }, (_, i) => ({
    value: String(i + 1),
    label: t(`dashboard.periodPart.${period.kind}`, { part: ROMAN[i] }),
  }));
  return (
    <Group gap="xs" data-testid="dashboard-period" role="group" aria-label={t('dashboard.period')}>
      <SegmentedControl
        size="xs"
        value={period.kind}
        onChange={(kind) => onKind(kind as DashboardPeriodKind)}
        data={DASHBOARD_PERIOD_KINDS.map((kind) => ({ value: kind, label: t(`dashboard.periodKind.${kind}`) }))}
        aria-label={t('dashboard.periodKindLabel')}
      />
      <Select
        size="xs"
        w={96}
        aria-label={t('dashboard.periodYear')}
        data={years.map(String)}
        value={String(period.year)}
        allowDeselect={false}
        onChange={(year) => year && onChange({ ...period, year: Number(year) })}
        comboboxProps={{ withinPortal: true }}
      />
      {period.kind === 'year' ? null : (
        <Select
          size="xs"
          w={130}
          aria-label={t(`dashboard.periodPartLabel.${period.kind}`)}
          data={parts}
          value={String(period.index)}
          allowDeselect={false}
          onChange={(index) => index && onChange({ ...period, index: Number(index) })}
        />
      )}
    </Group>
  );
}
