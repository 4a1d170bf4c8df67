import { Card, Text } from '@mantine/core';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { DashboardSummary } from '../../../shared/domain/follow-up';
import { formatMonthShort } from '../../format/dates';
import { CHART_COLORS } from './chart-colors';

/** Commitments due and completed per month; the two lines differ in dash as well as colour. */
export function TrendChart({ trend }: { trend: DashboardSummary['trend'] }) {
  const { t } = useTranslation();
  const data = trend.map((point) => ({ ...point, label: formatMonthShort(point.month) }));
  return (
    <Card withBorder data-testid="chart-trend">
      <Text fw={600} mb="xs">
        {t('dashboard.trend')}
      </Text>
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={data} margin={{ left: 0, right: 16, top: 8, bottom: 4 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Legend />
          <Line
            type="linear"
            dataKey="due"
            name={t('dashboard.due')}
            stroke={CHART_COLORS.open}
            strokeWidth={2}
            isAnimationActive={false}
          />
          <Line
            type="linear"
            dataKey="done"
            name={t('dashboard.done')}
            stroke={CHART_COLORS.done}
            strokeWidth={2}
            strokeDasharray="6 3"
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </Card>
  );
}
