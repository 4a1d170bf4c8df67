import { Card, Text } from '@mantine/core';
import type { RateRow } from '../../../shared/domain/follow-up';
import { CHART_COLORS } from './chart-colors';
import classes from './RateChart.module.css';

/**
 * Completion rate per group as horizontal bars, each labelled with its percentage, in HTML rather
 * than SVG: a name wraps over as many lines as it needs (an institution's official name is often
 * 60–80 characters) instead of being cut, and each row is a button the keyboard reaches (Tab)
 * and opens (Enter or Space), as a click does. The counts are the row's description and tooltip.
 */
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
  return (
    <Card withBorder data-testid={testId}>
      <Text fw={600} mb="xs">
        {title}
      </Text>
      <div className={classes.rows}>
        {rows.map((row) => {
          const percent = row.completionRate === null ? 0 : Math.round(row.completionRate * 100);
          const counts = caption(row);
          return (
            // Plain elements: a chart has dozens of rows and the kit's components cost more per row.
            <button
              type="button"
              key={row.key}
              className={classes.row}
              aria-description={counts}
              title={`${row.label}\n${counts}`}
              onClick={() => onPick(row)}
              data-testid="rate-row"
            >
              <span className={classes.label} data-testid="rate-label">
                {row.label}
              </span>
              <span className={classes.track} aria-hidden>
                {/* A 0% bar is still drawn a few pixels wide, so the row reads as a bar at all. */}
                <span
                  className={classes.bar}
                  style={{ width: `max(3px, ${percent}%)`, background: CHART_COLORS.done }}
                />
              </span>
              {/* Every bar carries its number, 0% included, so nothing is read from length or colour alone. */}
              <span className={classes.percent}>{`${percent}%`}</span>
            </button>
          );
        })}
      </div>
    </Card>
  );
}
