import { Box, Skeleton, Text, UnstyledButton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useQueries } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { LedgerItem } from '../../../shared/domain/follow-up';
import { formatDate } from '../../format/dates';
import { LoadError, retryFailed } from '../../components/LoadError';
import { useFillWindow } from '../../hooks/useFillWindow';
import { LEDGER_PAGE, ledgerPage, useLedger } from '../../stores/ledger';
import classes from './LedgerTable.module.css';
import { StatusBadges } from './StatusBadges';

/** Two lines of 13 px text, or two small status badges, with their padding. */
const ROW_HEIGHT = 52;

function LedgerRow({ item, onOpen }: { item: LedgerItem; onOpen: () => void }) {
  const { t } = useTranslation();
  return (
    <UnstyledButton
      className={classes.row}
      onClick={onOpen}
      role="row"
      aria-label={`${item.institutionName}: ${item.description}`}
    >
      <div role="cell">
        {/* Clamped texts keep their whole wording as a tooltip. */}
        <Text fz="inherit" lh="inherit" fw={500} lineClamp={2} title={item.institutionName}>
          {item.institutionName}
        </Text>
      </div>
      <div role="cell">
        <Text fz="inherit" lh="inherit" lineClamp={2} title={item.description}>
          {item.description}
        </Text>
      </div>
      <div role="cell">
        <Text fz="inherit" lh="inherit">
          {item.dueDate ? formatDate(item.dueDate) : t('commitmentsUi.noDue')}
        </Text>
      </div>
      <div role="cell">
        <StatusBadges status={item.status} overdue={item.overdue} size="sm" />
      </div>
      <div role="cell" className={classes.lastUpdate}>
        {item.lastUpdateOn ? (
          <>
            <Text size="xs">{formatDate(item.lastUpdateOn)}</Text>
            <Text size="xs" c="dimmed" lineClamp={1}>
              {item.lastUpdateNote ?? ''}
            </Text>
          </>
        ) : (
          <Text size="xs" c="dimmed">
            {t('ledger.noUpdate')}
          </Text>
        )}
      </div>
      <div role="cell">
        <Text size="xs" lineClamp={1} title={item.meetingTitle ?? undefined}>
          {item.meetingTitle ?? t('common.none')}
        </Text>
        <Text
          size="xs"
          c="dimmed"
          lineClamp={1}
          // The narrow column cuts the office's name: the whole line stays as a tooltip.
          title={item.origin ? t('ownership.from', { office: item.origin.officeName }) : undefined}
        >
          {item.origin ? (
            // Another office's commitment (issue 11): where it came from, first.
            <Text span fz="inherit" c="grape.8" data-testid="ledger-origin">
              {t('ownership.from', { office: item.origin.officeName })}
              {' · '}
            </Text>
          ) : null}
          {[item.meetingDate ? formatDate(item.meetingDate) : null, item.areaNames.join(', ')]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      </div>
    </UnstyledButton>
  );
}

/** The ledger as a virtualised table: only the visible rows exist in the page, fetched a page at a time. */
export function LedgerTable({ total }: { total: number }) {
  const { t } = useTranslation();
  const filters = useLedger((s) => s.filters);
  const select = useLedger((s) => s.select);
  const scroller = useRef<HTMLDivElement>(null);
  useFillWindow(scroller, { min: 240, property: 'maxHeight' });
  // TanStack Virtual returns functions the React Compiler cannot memoise; this component is skipped by it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const visible = virtualizer.getVirtualItems();
  const first = visible[0]?.index ?? 0;
  const last = visible[visible.length - 1]?.index ?? 0;

  const shown: number[] = [];
  for (let page = Math.floor(first / LEDGER_PAGE); page <= Math.floor(last / LEDGER_PAGE); page++) shown.push(page);
  const answers = useQueries({ queries: shown.map((page) => ledgerPage(filters, page)) });
  const pages = new Map(shown.map((page, i) => [page, answers[i]?.data?.items]));
  const failed = answers.find((answer) => answer.isError);

  return (
    <>
      {failed ? <LoadError error={failed.error} onRetry={retryFailed(answers)} compact /> : null}
      <Box className={classes.table} role="table" aria-label={t('ledger.title')} aria-rowcount={total}>
        <div className={`${classes.row} ${classes.header}`} role="row">
          {(['institution', 'commitment', 'due', 'status', 'lastUpdate', 'meeting'] as const).map((column) => (
            <div key={column} role="columnheader" className={column === 'lastUpdate' ? classes.lastUpdate : undefined}>
              {t(`ledger.columns.${column}`)}
            </div>
          ))}
        </div>
        <div ref={scroller} className={classes.scroller} data-testid="ledger-scroller">
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }} role="rowgroup">
            {visible.map((row) => {
              const item = pages.get(Math.floor(row.index / LEDGER_PAGE))?.[row.index % LEDGER_PAGE];
              return (
                <div
                  key={row.key}
                  className={classes.slot}
                  style={{ height: row.size, transform: `translateY(${row.start}px)` }}
                >
                  {item ? (
                    <LedgerRow item={item} onOpen={() => select(item.id)} />
                  ) : (
                    <Skeleton height={ROW_HEIGHT - 12} m={6} />
                  )}
                </div>
              );
            })}
          </div>
        </div>
      </Box>
    </>
  );
}
