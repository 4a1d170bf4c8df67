import { IconLink } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, type ClipboardEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isMonthKey, PLAN_COLUMN_KEYS, TRACKING_COLUMNS, type PlanColumnKey } from '../../../../shared/plans/columns';
import { formatRupiahWithSign } from '../../../../shared/plans/numbers';
import { useFillWindow } from '../../../hooks/useFillWindow';
import { COLUMN_LEFT, columnWidth, GRID_WIDTH, NUMERIC_COLUMNS, ROW_HEIGHT, ROW_NUMBER_WIDTH } from './columns';
import { displayCell } from './display';
import classes from './PlanGrid.module.css';
import { selectionBox, usePlanGrid } from './store';
import { useSuggestions } from './suggestions';

const FROZEN: PlanColumnKey = 'activity';
const PAGE = 15;

/** Whether columns `left` to `right` are all still filled in on an adopted plan (status, realisation, notes). */
function trackingOnly(left: number, right: number): boolean {
  return PLAN_COLUMN_KEYS.slice(left, right + 1).every((key) => TRACKING_COLUMNS.has(key));
}

function cx(...names: (string | false | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}

/**
 * The action plan as a spreadsheet: virtualised rows (3,000 stay fluid), a frozen header, the row
 * number and activity frozen on the left; keyboard entry, copy and paste of ranges with Excel
 * (TSV), fill down (Ctrl+D), undo and redo (Ctrl+Z / Ctrl+Y), grouping. On an adopted plan
 * (`locked`) only status, realisation and notes are typed into or cleared, as its banner says.
 */
export function PlanGrid({
  locked,
  newActivity,
  onOpenRow,
}: {
  locked: boolean;
  newActivity: string;
  /** Opens a row's details (its linked commitments): the row number, or Alt+Enter. */
  onOpenRow: (rowId: string) => void;
}) {
  const { t } = useTranslation();
  const grid = usePlanGrid();
  const { items, rows, active, anchor, editing, villageLabel } = grid;
  const scroller = useRef<HTMLDivElement>(null);
  useFillWindow(scroller, { min: 240, property: 'maxHeight' });
  const adding = grid.adding !== null;
  useEffect(() => {
    // A row added from a button (here or in the coverage view): the keys typed next go to its activity.
    if (adding) scroller.current?.focus();
  }, [adding]);
  const suggestions = useSuggestions(PLAN_COLUMN_KEYS[active.col] as PlanColumnKey);
  const itemOfRow = useMemo(() => {
    const map: number[] = [];
    items.forEach((item, index) => {
      if (item.type === 'row' && map[item.index] === undefined) map[item.index] = index;
    });
    return map;
  }, [items]);

  // TanStack Virtual returns functions the React Compiler cannot memoise; this component is skipped by it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });

  useEffect(() => {
    const index = itemOfRow[active.row];
    if (index !== undefined) virtualizer.scrollToIndex(index, { align: 'auto' });
    const viewport = scroller.current;
    if (!viewport) return;
    const left = COLUMN_LEFT[active.col] ?? 0;
    const width = columnWidth(PLAN_COLUMN_KEYS[active.col] as PlanColumnKey);
    const frozen = ROW_NUMBER_WIDTH + columnWidth(FROZEN);
    if (active.col > 0 && left < viewport.scrollLeft + frozen) viewport.scrollLeft = left - frozen;
    else if (left + width > viewport.scrollLeft + viewport.clientWidth)
      viewport.scrollLeft = left + width - viewport.clientWidth;
  }, [active, itemOfRow, virtualizer]);

  const box = selectionBox(active, anchor);

  /** What a key does in the grid when no cell is being edited; null leaves the key to the browser. */
  function keyAction(event: KeyboardEvent<HTMLDivElement>): (() => unknown) | null {
    const mod = event.ctrlKey || event.metaKey;
    const extend = event.shiftKey;
    const key = PLAN_COLUMN_KEYS[active.col] as PlanColumnKey;
    const lastCol = PLAN_COLUMN_KEYS.length - 1;
    switch (event.key) {
      case 'ArrowDown':
        return () => grid.move(mod ? rows.length : 1, 0, extend);
      case 'ArrowUp':
        return () => grid.move(mod ? -rows.length : -1, 0, extend);
      case 'ArrowRight':
        return () => grid.move(0, mod ? lastCol : 1, extend);
      case 'ArrowLeft':
        return () => grid.move(0, mod ? -lastCol : -1, extend);
      case 'Tab':
        return () => grid.move(0, extend ? -1 : 1);
      case 'PageDown':
        return () => grid.move(PAGE, 0, extend);
      case 'PageUp':
        return () => grid.move(-PAGE, 0, extend);
      case 'Home':
        return () => grid.select({ row: mod ? 0 : active.row, col: 0 }, extend);
      case 'End':
        return () => grid.select({ row: mod ? rows.length - 1 : active.row, col: lastCol }, extend);
    }
    // Commitment links stay open on an adopted plan, so the details open whatever the lock.
    if (event.altKey && event.key === 'Enter') {
      const row = rows[active.row];
      return row ? () => onOpenRow(row.id) : null;
    }
    if (!locked) {
      const letter = event.key.toLowerCase();
      if (mod && letter === 'z') return () => (extend ? grid.redoStep() : grid.undoStep());
      if (mod && letter === 'y') return () => grid.redoStep();
      if (mod && letter === 'd') return () => grid.fillDown();
      if (mod && event.key === 'Enter') return () => grid.addRow(newActivity);
      if (mod && event.key === 'Delete') return () => grid.deleteRows();
      if (event.key === ' ' && isMonthKey(key)) return () => grid.toggleMonth(active.row, active.col);
    } else if (!trackingOnly(box.left, box.right)) {
      return null;
    }
    if (event.key === 'Enter' || event.key === 'F2') return () => grid.startEdit();
    if (event.key === 'Delete' || event.key === 'Backspace') return () => grid.clearSelection();
    if (event.key.length === 1 && !mod && !event.altKey) return () => grid.startEdit(event.key);
    return null;
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    if (editing) return;
    if (grid.adding) {
      // The new row is on its way: what is typed now is its activity, not the cell that was active.
      const printable = event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey;
      if (printable || event.key === 'Backspace') {
        event.preventDefault();
        grid.typeWhileAdding(event.key);
      }
      return;
    }
    const action = keyAction(event);
    if (!action) return;
    event.preventDefault();
    void action();
  }

  function onEditorKey(event: KeyboardEvent<HTMLInputElement>): void {
    const commitAndMove = (dRow: number, dCol: number): void => {
      event.preventDefault();
      if (grid.commitEdit()) grid.move(dRow, dCol);
      scroller.current?.focus();
    };
    if (event.key === 'Enter') commitAndMove(1, 0);
    else if (event.key === 'Tab') commitAndMove(0, event.shiftKey ? -1 : 1);
    else if (event.key === 'Escape') {
      event.preventDefault();
      grid.cancelEdit();
      scroller.current?.focus();
    }
  }

  function onCopy(event: ClipboardEvent<HTMLDivElement>): void {
    if (editing) return;
    event.preventDefault();
    event.clipboardData.setData('text/plain', grid.copySelection());
  }

  function onPaste(event: ClipboardEvent<HTMLDivElement>): void {
    if (editing || locked) return;
    event.preventDefault();
    void grid.paste(event.clipboardData.getData('text/plain'));
  }

  return (
    <div
      ref={scroller}
      className={classes.viewport}
      tabIndex={0}
      role="grid"
      aria-label={t('plans.grid.label')}
      aria-rowcount={rows.length}
      aria-colcount={PLAN_COLUMN_KEYS.length}
      onKeyDown={onKeyDown}
      onCopy={onCopy}
      onPaste={onPaste}
      data-testid="plan-grid"
    >
      <div className={classes.header} style={{ width: GRID_WIDTH }} role="row">
        <div
          className={cx(classes.headerCell, classes.sticky, classes.number)}
          style={{ width: ROW_NUMBER_WIDTH, left: 0 }}
          role="columnheader"
        >
          {t('plans.columns.number')}
        </div>
        {PLAN_COLUMN_KEYS.map((key) => (
          <div
            key={key}
            role="columnheader"
            className={cx(
              classes.headerCell,
              key === FROZEN && classes.sticky,
              isMonthKey(key) && classes.month,
              NUMERIC_COLUMNS.has(key) && classes.numeric,
            )}
            style={{ width: columnWidth(key), ...(key === FROZEN ? { left: ROW_NUMBER_WIDTH } : {}) }}
            title={t(`plans.columns.${key}`)}
          >
            {t(`plans.columns.${key}`)}
          </div>
        ))}
      </div>
      <div style={{ height: virtualizer.getTotalSize(), width: GRID_WIDTH, position: 'relative' }} role="rowgroup">
        {virtualizer.getVirtualItems().map((virtual) => {
          const item = items[virtual.index];
          if (!item) return null;
          if (item.type === 'group') {
            return (
              <div
                key={virtual.key}
                className={classes.group}
                style={{ width: GRID_WIDTH, height: ROW_HEIGHT, transform: `translateY(${virtual.start}px)` }}
                role="row"
              >
                <span>{item.label}</span>
                <span>{t('plans.grid.groupRows', { count: item.rows })}</span>
                <span>{formatRupiahWithSign(item.amount)}</span>
              </div>
            );
          }
          const { row, index } = item;
          return (
            <div
              key={virtual.key}
              className={classes.row}
              style={{ width: GRID_WIDTH, height: ROW_HEIGHT, transform: `translateY(${virtual.start}px)` }}
              role="row"
              aria-rowindex={index + 1}
            >
              <div
                className={cx(classes.cell, classes.sticky, classes.number)}
                style={{ width: ROW_NUMBER_WIDTH, left: 0 }}
                role="rowheader"
              >
                <button
                  type="button"
                  tabIndex={-1}
                  className={classes.rowButton}
                  aria-label={t('planRow.open', { number: row.position + 1 })}
                  title={t('planRow.open', { number: row.position + 1 })}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => {
                    grid.select({ row: index, col: 0 });
                    onOpenRow(row.id);
                  }}
                >
                  {row.commitmentIds.length > 0 ? <IconLink size={11} className={classes.linkMark} /> : null}
                  {row.position + 1}
                </button>
              </div>
              {PLAN_COLUMN_KEYS.map((key, col) => {
                const isActive = index === active.row && col === active.col;
                const selected = index >= box.top && index <= box.bottom && col >= box.left && col <= box.right;
                const text = displayCell(row, key, villageLabel);
                return (
                  <div
                    key={key}
                    role="gridcell"
                    aria-selected={selected}
                    data-col={key}
                    className={cx(
                      classes.cell,
                      key === FROZEN && classes.sticky,
                      isMonthKey(key) && classes.month,
                      NUMERIC_COLUMNS.has(key) && classes.numeric,
                      selected && classes.selected,
                      isActive && classes.active,
                    )}
                    style={{ width: columnWidth(key), ...(key === FROZEN ? { left: ROW_NUMBER_WIDTH } : {}) }}
                    title={text}
                    onMouseDown={(event) => {
                      if (isActive && editing) return;
                      grid.select({ row: index, col }, event.shiftKey);
                      if (isMonthKey(key) && !locked && !event.shiftKey) void grid.toggleMonth(index, col);
                    }}
                    onDoubleClick={() => (!locked || TRACKING_COLUMNS.has(key)) && !isMonthKey(key) && grid.startEdit()}
                  >
                    {isActive && editing ? (
                      <input
                        className={classes.editor}
                        autoFocus
                        aria-label={t(`plans.columns.${key}`)}
                        placeholder={editing.placeholder}
                        value={editing.text}
                        list={suggestions ? 'plan-grid-suggestions' : undefined}
                        onChange={(event) => grid.changeEdit(event.currentTarget.value)}
                        onKeyDown={onEditorKey}
                        onBlur={() => grid.commitEdit()}
                      />
                    ) : (
                      text
                    )}
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
      {suggestions ? (
        <datalist id="plan-grid-suggestions">
          {suggestions.map((option) => (
            <option key={option} value={option} />
          ))}
        </datalist>
      ) : null}
    </div>
  );
}
