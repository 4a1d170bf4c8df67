import { Card, Text } from '@mantine/core';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { RateRow } from '../../../shared/domain/follow-up';
import { CHART_COLORS } from './chart-colors';

/** Long institution names would run into each other: the axis shows a short form, the tooltip the whole. */
function shorten(label: string, max = 30): string {
  return label.length > max ? `${label.slice(0, max - 1).trimEnd()}…` : label;
}

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
  const height = Math.max(120, data.length * 36 + 48);
  return (
    <Card withBorder data-testid={testId}>
      <Text fw={600} mb="xs">
        {title}
      </Text>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 56, top: 4, bottom: 4 }} barSize={20}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" domain={[0, 100]} tickFormatter={(value: number) => `${value}%`} />
          <YAxis
            type="category"
            dataKey="label"
            width={200}
            tick={{ fontSize: 12 }}
            tickFormatter={(value: string) => shorten(value)}
            interval={0}
          />
          <Tooltip
            formatter={(_value, _name, item) => (item.payload as Row).caption}
            labelFormatter={(label) => String(label)}
          />
          <Bar
            dataKey="percent"
            fill={CHART_COLORS.done}
            isAnimationActive={false}
            // A 0% bar is still drawn a few pixels wide, so it keeps its label and can be clicked.
            minPointSize={3}
            cursor="pointer"
            onClick={(entry) => {
              const row = rows.find((r) => r.key === (entry as unknown as Row).key);
              if (row) onPick(row);
            }}
          >
            {/* Every bar carries its number, 0% included, so nothing is read from length or colour alone. */}
            <LabelList
              dataKey="percent"
              content={(props) => {
                const x = Number(props.x ?? 0) + Number(props.width ?? 0) + 6;
                const y = Number(props.y ?? 0) + Number(props.height ?? 0) / 2;
                return (
                  <text x={x} y={y} dominantBaseline="central" fontSize={13} fill="#333">
                    {`${String(props.value ?? 0)}%`}
                  </text>
                );
              }}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </Card>
  );
}
