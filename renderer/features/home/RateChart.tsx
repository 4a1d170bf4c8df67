import { Card, Text as Label } from '@mantine/core';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Text, Tooltip, XAxis, YAxis } from 'recharts';
import type { RateRow } from '../../../shared/domain/follow-up';
import { CHART_COLORS } from './chart-colors';

const AXIS_WIDTH = 200;

interface Row {
  key: string;
  label: string;
  percent: number;
  caption: string;
}

/**
 * A bar's name on the axis, which is also a button: the keyboard reaches every bar (Tab) and
 * opens its commitments (Enter or Space), as a click on the bar does.
 */
function PickableTick({
  x,
  y,
  payload,
  rows,
  onPick,
}: {
  x?: number;
  y?: number;
  payload?: { value: string; index: number };
  rows: Row[];
  onPick: (key: string) => void;
}) {
  const row = payload ? rows[payload.index] : undefined;
  if (!row) return null;
  return (
    // Named by the label it shows (so speech matches sight); the whole name and the counts are its description.
    <g
      transform={`translate(${x ?? 0},${y ?? 0})`}
      tabIndex={0}
      role="button"
      aria-description={`${row.label}: ${row.caption}`}
      style={{ cursor: 'pointer' }}
      onClick={() => onPick(row.key)}
      onKeyDown={(event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        onPick(row.key);
      }}
    >
      <Text
        x={-6}
        y={0}
        width={AXIS_WIDTH - 10}
        maxLines={2}
        textAnchor="end"
        verticalAnchor="middle"
        fontSize={12}
        fill="var(--mantine-color-dimmed)"
      >
        {row.label}
      </Text>
    </g>
  );
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
  const pick = (key: string) => {
    const row = rows.find((r) => r.key === key);
    if (row) onPick(row);
  };
  return (
    <Card withBorder data-testid={testId}>
      <Label fw={600} mb="xs">
        {title}
      </Label>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 56, top: 4, bottom: 4 }} barSize={20}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" domain={[0, 100]} tickFormatter={(value: number) => `${value}%`} />
          <YAxis
            type="category"
            dataKey="label"
            width={AXIS_WIDTH}
            tick={<PickableTick rows={data} onPick={pick} />}
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
            onClick={(entry) => pick((entry as unknown as Row).key)}
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
