import { Card, Text } from '@mantine/core';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { RateRow } from '../../../shared/domain/follow-up';
import { CHART_COLORS } from './chart-colors';

interface Row {
  key: string;
  label: string;
  percent: number;
  caption: string;
}

/** Completion rate per group as horizontal bars, each labelled with its percentage and counts. */
export function RateChart({
  title,
  rows,
  caption,
  onPick,
  testId,
}: {
  title: string;
  rows: RateRow[];
  caption: (row: RateRow) => string;
  onPick: (row: RateRow) => void;
  testId: string;
}) {
  const data: Row[] = rows.map((row) => ({
    key: row.key,
    label: row.label,
    percent: row.completionRate === null ? 0 : Math.round(row.completionRate * 100),
    caption: caption(row),
  }));
  const height = Math.max(120, data.length * 34 + 40);
  return (
    <Card withBorder data-testid={testId}>
      <Text fw={600} mb="xs">
        {title}
      </Text>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 48, top: 4, bottom: 4 }}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" domain={[0, 100]} tickFormatter={(value: number) => `${value}%`} />
          <YAxis type="category" dataKey="label" width={170} tick={{ fontSize: 12 }} />
          <Tooltip formatter={(_value, _name, item) => (item.payload as Row).caption} />
          <Bar
            dataKey="percent"
            fill={CHART_COLORS.done}
            isAnimationActive={false}
            cursor="pointer"
            onClick={(entry) => {
              const row = rows.find((r) => r.key === (entry as unknown as Row).key);
              if (row) onPick(row);
            }}
          >
            <LabelList dataKey="percent" position="right" formatter={(value) => `${String(value)}%`} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </Card>
  );
}
