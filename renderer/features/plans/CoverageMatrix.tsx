import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoverageCell, PlanCoverage } from '../../../shared/domain/plans';
import { useFillWindow } from '../../hooks/useFillWindow';
import classes from './CoverageView.module.css';

/** A village's line: one button of 28 px and the cell's bottom border. */
const ROW_HEIGHT = 29;

export interface CellAddress {
  villageCode: string;
  interventionId: string;
}

const key = (villageCode: string, interventionId: string) => `${villageCode}\u0000${interventionId}`;

/** Where a key moves the active cell in a grid of `rows` × `cols`; null for a key that does not move it. */
function moved(
  event: KeyboardEvent,
  at: { row: number; col: number },
  rows: number,
  cols: number,
  page: number,
): { row: number; col: number } | null {
  const ctrl = event.ctrlKey || event.metaKey;
  const clamp = (row: number, col: number) => ({
    row: Math.max(0, Math.min(rows - 1, row)),
    col: Math.max(0, Math.min(cols - 1, col)),
  });
  switch (event.key) {
    case 'ArrowDown':
      return clamp(at.row + 1, at.col);
    case 'ArrowUp':
      return clamp(at.row - 1, at.col);
    case 'ArrowRight':
      return clamp(at.row, at.col + 1);
    case 'ArrowLeft':
      return clamp(at.row, at.col - 1);
    case 'PageDown':
      return clamp(at.row + page, at.col);
    case 'PageUp':
      return clamp(at.row - page, at.col);
    case 'Home':
      return ctrl ? clamp(0, 0) : clamp(at.row, 0);
    case 'End':
      return ctrl ? clamp(rows - 1, cols - 1) : clamp(at.row, cols - 1);
    default:
      return null;
  }
}

/**
 * Priority villages × interventions as an ARIA grid: the header row and the village names stay in
 * view, only the villages in view (and a few around) are drawn, so 113 × 40 cells open in a short
 * task; one tab stop, the arrows (Home/End, Ctrl+Home/End, PageUp/PageDown) move the cell and
 * Enter or a click opens it.
 */
export function CoverageMatrix({ coverage, onOpen }: { coverage: PlanCoverage; onOpen: (cell: CellAddress) => void }) {
  const { t } = useTranslation();
  const { villages, interventions } = coverage;
  // Every cell with rows by village and intervention: one lookup per drawn cell, not a search.
  const cells = useMemo(
    () =>
      new Map<string, CoverageCell>(coverage.cells.map((cell) => [key(cell.villageCode, cell.interventionId), cell])),
    [coverage.cells],
  );
  const scroller = useRef<HTMLDivElement>(null);
  useFillWindow(scroller, { min: 240, property: 'maxHeight' });
  const [active, setActive] = useState({ row: 0, col: 0 });
  /** The active cell moved by a key: it takes the focus once its village is drawn. */
  const focusPending = useRef(false);
  // TanStack Virtual returns functions the React Compiler cannot memoise; this component is skipped by it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: villages.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 3,
  });
  const visible = virtualizer.getVirtualItems();
  // Translated once per draw, not once per cell.
  const stateLabels = {
    funded: t('plans.coverage.state.funded'),
    unfunded: t('plans.coverage.state.unfunded'),
    gap: t('plans.coverage.state.gap'),
  };
  const before = visible[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (visible.at(-1)?.end ?? 0);
  const row = Math.min(active.row, Math.max(0, villages.length - 1));
  const col = Math.min(active.col, Math.max(0, interventions.length - 1));

  useEffect(() => {
    if (!focusPending.current) return;
    const button = scroller.current?.querySelector<HTMLElement>(`[data-cell="${row}:${col}"]`);
    if (!button) return;
    focusPending.current = false;
    // Under the sticky header and beside the sticky names: scrolled clear of both.
    button.focus({ preventScroll: true });
    button.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const box = scroller.current;
    const corner = box?.querySelector('thead th')?.getBoundingClientRect();
    if (!box || !corner) return;
    const cell = button.getBoundingClientRect();
    if (cell.left < corner.right) box.scrollLeft -= corner.right - cell.left;
    if (cell.top < corner.bottom) box.scrollTop -= corner.bottom - cell.top;
  });

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>): void {
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 300) / ROW_HEIGHT) - 2);
    const next = moved(event, { row, col }, villages.length, interventions.length, page);
    if (!next) return;
    event.preventDefault();
    focusPending.current = true;
    setActive(next);
    virtualizer.scrollToIndex(next.row, { align: 'auto' });
  }

  // The active cell scrolled out of view with the mouse is not drawn: the box keeps the tab stop,
  // and arriving in it makes a cell in view the active one.
  const activeDrawn = visible.some((slot) => slot.index === row);
  return (
    <div
      ref={scroller}
      className={classes.scroller}
      data-testid="coverage-scroller"
      tabIndex={activeDrawn ? -1 : 0}
      onFocus={(event) => {
        if (event.target !== event.currentTarget || activeDrawn) return;
        focusPending.current = true;
        setActive({ row: visible[Math.min(2, visible.length - 1)]?.index ?? 0, col });
      }}
    >
      <table
        role="grid"
        className={classes.matrix}
        aria-label={t('plans.coverage.title')}
        aria-rowcount={villages.length + 1}
        aria-colcount={interventions.length + 1}
        onKeyDown={onKeyDown}
      >
        <thead>
          <tr aria-rowindex={1}>
            <th className={classes.corner} scope="col">
              {t('plans.coverage.village')}
            </th>
            {interventions.map((intervention) => (
              <th key={intervention.id} className={classes.head} scope="col" aria-label={intervention.name}>
                {/* The browser's own tooltip: forty floating tooltips cost the first draw more than the cells. */}
                <span title={intervention.name}>{intervention.code ?? intervention.name}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {before > 0 ? <tr aria-hidden style={{ height: before }} /> : null}
          {visible.map((slot) => {
            const village = villages[slot.index];
            if (!village) return null;
            return (
              <tr key={village.code} aria-rowindex={slot.index + 2} className={classes.line}>
                <th className={classes.village} scope="row">
                  {village.name} <span className={classes.kecamatan}>{village.kecamatanName}</span>
                </th>
                {interventions.map((intervention, index) => {
                  const cell = cells.get(key(village.code, intervention.id));
                  const state = cell ? cell.state : 'gap';
                  const here = slot.index === row && index === col;
                  return (
                    <td key={intervention.id} role="gridcell" className={classes[state]}>
                      <button
                        type="button"
                        className={classes.cellButton}
                        tabIndex={here ? 0 : -1}
                        data-cell={`${slot.index}:${index}`}
                        aria-label={`${village.name} · ${intervention.name}: ${stateLabels[state]}`}
                        onFocus={() => {
                          if (!here) setActive({ row: slot.index, col: index });
                        }}
                        onClick={() => onOpen({ villageCode: village.code, interventionId: intervention.id })}
                      >
                        {cell ? (cell.state === 'funded' ? '●' : '○') : '✕'}
                      </button>
                    </td>
                  );
                })}
              </tr>
            );
          })}
          {after > 0 ? <tr aria-hidden style={{ height: after }} /> : null}
        </tbody>
      </table>
    </div>
  );
}
