import { Card, Text } from '@mantine/core';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardSummary } from '../../../shared/domain/follow-up';
import { formatMonthShort } from '../../format/dates';
import { CHART_COLORS } from './chart-colors';

const CHART_HEIGHT = 240;

/** Commitments due and completed per month; the two lines differ in dash as well as colour. */
export function TrendChart({ trend }: { trend: DashboardSummary['trend'] }) {
  const { t } = useTranslation();
  const data = trend.map((point) => ({ ...point, label: formatMonthShort(point.month) }));
  // The chart library's first drawing is a task of its own, after the rest of the dashboard is
  // shown: together they blocked the window for over 200 ms on the ten-year dataset.
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setDrawn(true));
    return () => clearTimeout(timer);
  }, []);
  return (
    <Card withBorder data-testid="chart-trend">
      <Text fw={600} mb="xs">
        {t('dashboard.trend')}
      </Text>
      {drawn ? <Lines data={data} /> : <div style={{ height: CHART_HEIGHT }} />}
    </Card>
  );
}

function Lines({ data }: { data: (DashboardSummary['trend'][number] & { label: string })[] }) {
  const { t } = useTranslation();
  return (
    <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
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
  );
}
