import { v7 as uuidv7 } from 'uuid';
import { create } from 'zustand';
import type { Message } from '../../../../shared/api/result';
import type { PlanDetail, PlanRow, PlanRowFields, PlanRowsChange, PlanVillage } from '../../../../shared/domain/plans';
import { applyPatch, readCell, type CellTarget, type RowPatch } from '../../../../shared/plans/cells';
import { cellText, MONTH_TICK } from '../../../../shared/plans/cell-text';
import { PLAN_COLUMN_KEYS, type PlanColumnKey } from '../../../../shared/plans/columns';
import { villageLabeller } from '../../../../shared/plans/format';
import { mapPastedBlock, pasteOntoRows } from '../../../../shared/plans/paste';
import { createResolver, type PlanLookups, type Resolver } from '../../../../shared/plans/resolve';
import { emptyRowFields, rowFieldsOf } from '../../../../shared/plans/rows';
import { parseTsv, toTsv } from '../../../../shared/plans/tsv';
import { call } from '../../../api/client';
import { displayCell, displayItems, type DisplayItem, type Grouping } from './display';
import { pushStep, type Batch, type Step } from './history';

export interface Cell {
  row: number;
  col: number;
}

/** A problem to show next to the grid: a message key with its parameters, and where. */
export interface GridMessage extends Message {
  where?: string;
}

interface GridState {
  planId: string | null;
  detail: PlanDetail | null;
  resolver: Resolver | null;
  lookups: PlanLookups | null;
  villageLabel: (village: PlanVillage) => string;
  grouping: Grouping;
  items: DisplayItem[];
  /** Rows in the order the keyboard walks them (the display order, without group headers). */
  rows: PlanRow[];
  active: Cell;
  anchor: Cell;
  /**
   * The cell being edited. `placeholder` is the value the cell keeps when it is left empty: a new
   * row's activity opens empty, showing "Kegiatan baru", so typing writes the activity afresh.
   */
  editing: { text: string; placeholder?: string } | null;
  /** Keys typed while a new row is on its way to the host; its activity starts with them. */
  adding: { typed: string } | null;
  /** A row to show once its plan is open (a search hit), with its details. */
  revealing: string | null;
  undo: Step[];
  redo: Step[];
  busy: boolean;
  /**
   * Counts the grid's writes as they are queued and as they end: a plan read while it did not
   * move saw every write done, and may replace the grid's rows; any other answer may be older.
   */
  writes: number;
  messages: GridMessage[];
  open(detail: PlanDetail, lookups: PlanLookups): void;
  replaceDetail(detail: PlanDetail): void;
  /** New catalogue or directory entries to resolve names against; the selection and undo stay. */
  setLookups(lookups: PlanLookups): void;
  setGrouping(grouping: Grouping): void;
  select(cell: Cell, extend?: boolean): void;
  move(dRow: number, dCol: number, extend?: boolean): void;
  startEdit(text?: string): void;
  /** Selects row `rowId` when its plan is open, and asks for its details (`revealing`). */
  reveal(rowId: string | null): void;
  /** Keeps a key typed while a new row is being added (for its activity). */
  typeWhileAdding(key: string): void;
  changeEdit(text: string): void;
  cancelEdit(): void;
  /** Takes the typed text and queues its write; the selection may move on at once. */
  commitEdit(): boolean;
  toggleMonth(row: number, col: number): Promise<void>;
  clearSelection(): Promise<void>;
  copySelection(): string;
  paste(text: string): Promise<void>;
  fillDown(): Promise<void>;
  /**
   * A new row after the active one; its activity (required) is stored as `activity` and the cell
   * opens empty for typing, with `activity` as its placeholder and what was typed meanwhile.
   */
  addRow(activity: string, fields?: Partial<PlanRowFields>): Promise<void>;
  deleteRows(): Promise<void>;
  /**
   * Sets the commitments a row carries out, as one step that can be undone. A commitment links to
   * one row only: rows of this plan that held an added one lose it in the same step.
   */
  linkCommitments(rowId: string, commitmentIds: string[]): Promise<boolean>;
  undoStep(): Promise<void>;
  redoStep(): Promise<void>;
  dismissMessages(): void;
}

const NONE_LABEL = '—';

function rowsOf(items: DisplayItem[]): PlanRow[] {
  return items.flatMap((item) => (item.type === 'row' ? [item.row] : []));
}

/** The selected rectangle, top-left to bottom-right. */
export function selectionBox(active: Cell, anchor: Cell): { top: number; bottom: number; left: number; right: number } {
  return {
    top: Math.min(active.row, anchor.row),
    bottom: Math.max(active.row, anchor.row),
    left: Math.min(active.col, anchor.col),
    right: Math.max(active.col, anchor.col),
  };
}

function clampCell(cell: Cell, rows: number): Cell {
  return {
    row: Math.max(0, Math.min(cell.row, Math.max(rows - 1, 0))),
    col: Math.max(0, Math.min(cell.col, PLAN_COLUMN_KEYS.length - 1)),
  };
}

/** Merges what a write changed into the loaded plan: rows, order, totals. */
function mergeChange(detail: PlanDetail, change: PlanRowsChange): PlanDetail {
  const byId = new Map(detail.rows.map((row) => [row.id, row]));
  for (const id of change.deletedIds) byId.delete(id);
  for (const row of change.rows) byId.set(row.id, row);
  for (const { id, position } of change.positions) {
    const row = byId.get(id);
    if (row) byId.set(id, { ...row, position });
  }
  const rows = [...byId.values()].sort((a, b) => a.position - b.position);
  return { plan: change.plan, rows, totals: change.totals };
}

function withDisplay(detail: PlanDetail, grouping: Grouping) {
  const villageLabel = villageLabeller(detail.rows);
  const items = displayItems(detail.rows, grouping, villageLabel, NONE_LABEL);
  return { detail, villageLabel, items, rows: rowsOf(items) };
}

/** A cell problem as a message: the row number and the column's name (a key, translated when shown). */
function cellMessage(
  problem: { key: string; value: string },
  row: number,
  column: PlanColumnKey | CellTarget,
): GridMessage {
  return { key: problem.key, params: { row, column: `plans.columns.${column}`, value: problem.value } };
}

function columnKey(col: number): PlanColumnKey {
  return PLAN_COLUMN_KEYS[col] as PlanColumnKey;
}

/**
 * The action-plan grid: what is loaded, the selection and editing, and every write as a batch
 * that can be undone. Typed and pasted text goes through the same cell readers as the XLSX
 * import (shared/plans), so "Puskesmas Tolo" or "1.500.000" mean the same everywhere.
 */
export const usePlanGrid = create<GridState>((set, get) => {
  /**
   * Writes run one after another, each computed from the rows as the previous write left them:
   * someone typing fast across a row never sends a patch based on a row that is about to change.
   */
  let queue: Promise<unknown> = Promise.resolve();
  function enqueue(work: () => Promise<unknown>): Promise<void> {
    const counted = () => set((s) => ({ writes: s.writes + 1 }));
    counted();
    const run = () => work().finally(counted);
    const next = queue.then(run, run);
    queue = next.catch(() => undefined);
    return next.then(() => undefined);
  }

  function rowById(id: string): PlanRow | undefined {
    return get().detail?.rows.find((row) => row.id === id);
  }

  /** Sends a batch; on success merges it and returns true, on refusal keeps the grid as it was. */
  async function send(batch: Batch): Promise<boolean> {
    const { planId, detail } = get();
    if (!planId || !detail || (batch.upserts.length === 0 && batch.deletes.length === 0)) return false;
    set({ busy: true });
    const upserts = batch.upserts.map(({ id, position, fields }) => ({
      id,
      ...(position === undefined ? {} : { position }),
      ...fields,
    }));
    const result = await call('planRows.applyBatch', { planId, upserts, deletes: batch.deletes });
    if (!result.ok) {
      const detailMessage = result.error.details?.[0];
      set({
        busy: false,
        messages: [
          detailMessage
            ? {
                key: detailMessage.key,
                ...(detailMessage.params ? { params: detailMessage.params } : {}),
                where: detailMessage.path,
              }
            : result.error.message,
        ],
      });
      return false;
    }
    const merged = mergeChange(get().detail ?? detail, result.value);
    set({ busy: false, messages: [], ...withDisplay(merged, get().grouping) });
    return true;
  }

  async function record(step: Step): Promise<boolean> {
    const done = await send(step.forward);
    if (done) set((s) => ({ undo: pushStep(s.undo, step), redo: [] }));
    return done;
  }

  /** A step that replaces the fields of existing rows (undo puts the old fields back). */
  function replaceStep(changes: { row: PlanRow; fields: PlanRowFields }[]): Step {
    return {
      forward: { upserts: changes.map(({ row, fields }) => ({ id: row.id, fields })), deletes: [] },
      backward: { upserts: changes.map(({ row }) => ({ id: row.id, fields: rowFieldsOf(row) })), deletes: [] },
    };
  }

  /**
   * Reads `text` for each (row, column) into patches and applies them to the rows as they now
   * stand; writes nothing and reports instead when any cell does not read.
   */
  async function writeCells(cells: { rowId: string; key: PlanColumnKey; text: string }[]): Promise<boolean> {
    const { resolver } = get();
    if (!resolver) return false;
    const patches = new Map<string, RowPatch>();
    const problems: GridMessage[] = [];
    for (const { rowId, key, text } of cells) {
      const row = rowById(rowId);
      if (!row) continue;
      const patch = patches.get(rowId) ?? {};
      const problem = readCell(patch, key, text, resolver);
      if (problem) problems.push(cellMessage(problem, row.position + 1, key));
      patches.set(rowId, patch);
    }
    const changes: { row: PlanRow; fields: PlanRowFields }[] = [];
    for (const [rowId, patch] of patches) {
      const row = rowById(rowId);
      if (!row) continue;
      const { fields, problems: merged } = applyPatch(rowFieldsOf(row), patch);
      problems.push(...merged.map((p) => cellMessage(p, row.position + 1, cells[0]?.key ?? 'activity')));
      changes.push({ row, fields });
    }
    if (problems.length) {
      set({ messages: problems.slice(0, 5) });
      return false;
    }
    return record(replaceStep(changes));
  }

  function selectedRowIds(): string[] {
    const { rows, active, anchor } = get();
    const box = selectionBox(active, anchor);
    return [...new Set(rows.slice(box.top, box.bottom + 1).map((row) => row.id))];
  }

  function selectedKeys(): PlanColumnKey[] {
    const box = selectionBox(get().active, get().anchor);
    return PLAN_COLUMN_KEYS.slice(box.left, box.right + 1) as PlanColumnKey[];
  }

  return {
    planId: null,
    detail: null,
    resolver: null,
    lookups: null,
    villageLabel: (village) => village.name,
    grouping: 'none',
    items: [],
    rows: [],
    active: { row: 0, col: 0 },
    anchor: { row: 0, col: 0 },
    editing: null,
    adding: null,
    revealing: null,
    undo: [],
    redo: [],
    busy: false,
    writes: 0,
    messages: [],

    open(detail, lookups) {
      const display = withDisplay(detail, get().grouping);
      const revealed = Math.max(
        0,
        display.rows.findIndex((row) => row.id === get().revealing),
      );
      set({
        planId: detail.plan.id,
        resolver: createResolver(lookups),
        lookups,
        active: { row: revealed, col: 0 },
        anchor: { row: revealed, col: 0 },
        editing: null,
        undo: [],
        redo: [],
        messages: [],
        ...display,
      });
    },

    reveal(rowId) {
      set({ revealing: rowId });
      // The plan may be open already (a search from its own page).
      const index = get().rows.findIndex((row) => row.id === rowId);
      if (index >= 0) get().select({ row: index, col: 0 });
    },

    setLookups(lookups) {
      set({ resolver: createResolver(lookups), lookups });
    },

    replaceDetail(detail) {
      set((s) => ({
        ...withDisplay(detail, s.grouping),
        active: clampCell(s.active, detail.rows.length),
        anchor: clampCell(s.anchor, detail.rows.length),
      }));
    },

    setGrouping(grouping) {
      const { detail } = get();
      set({ grouping, editing: null, ...(detail ? withDisplay(detail, grouping) : {}) });
    },

    select(cell, extend = false) {
      const next = clampCell(cell, get().rows.length);
      set((s) => ({ active: next, anchor: extend ? s.anchor : next, editing: null }));
    },

    move(dRow, dCol, extend = false) {
      const { active } = get();
      get().select({ row: active.row + dRow, col: active.col + dCol }, extend);
    },

    startEdit(text) {
      const { rows, active, villageLabel } = get();
      const row = rows[active.row];
      if (!row) return;
      set({ editing: { text: text ?? displayCell(row, columnKey(active.col), villageLabel) }, anchor: active });
    },

    typeWhileAdding(key) {
      const { adding } = get();
      if (!adding) return;
      const typed = key === 'Backspace' ? adding.typed.slice(0, -1) : adding.typed + key;
      set({ adding: { typed } });
    },

    changeEdit(text) {
      set((s) => ({ editing: s.editing ? { ...s.editing, text } : { text } }));
    },

    cancelEdit() {
      set({ editing: null });
    },

    commitEdit() {
      const { editing, rows, active } = get();
      const row = rows[active.row];
      if (!editing || !row) return false;
      set({ editing: null });
      // Left empty, a cell opened with a placeholder keeps the value it has.
      if (editing.placeholder !== undefined && editing.text.trim() === '') return true;
      const cell = { rowId: row.id, key: columnKey(active.col), text: editing.text };
      void enqueue(() => writeCells([cell]));
      return true;
    },

    async toggleMonth(rowIndex, col) {
      const row = get().rows[rowIndex];
      const key = columnKey(col);
      if (!row) return;
      const rowId = row.id;
      await enqueue(async () => {
        const latest = rowById(rowId);
        if (latest)
          await writeCells([{ rowId, key, text: cellText(latest, key, get().villageLabel) === '' ? MONTH_TICK : '' }]);
      });
    },

    async clearSelection() {
      // The activity is required: clearing it leaves it as it was.
      const keys = selectedKeys().filter((key) => key !== 'activity');
      const cells = selectedRowIds().flatMap((rowId) => keys.map((key) => ({ rowId, key, text: '' })));
      if (cells.length) await enqueue(() => writeCells(cells));
    },

    copySelection() {
      const { rows, active, anchor, villageLabel } = get();
      const box = selectionBox(active, anchor);
      const lines: string[][] = [];
      for (let r = box.top; r <= box.bottom; r++) {
        const row = rows[r];
        if (!row) continue;
        const line: string[] = [];
        for (let c = box.left; c <= box.right; c++) line.push(cellText(row, columnKey(c), villageLabel));
        lines.push(line);
      }
      return toTsv(lines);
    },

    async paste(text) {
      const { rows, active } = get();
      const grid = parseTsv(text);
      if (grid.length === 0) return;
      const startKey = columnKey(active.col);
      const baseIds = rows.slice(active.row).map((row) => row.id);
      await enqueue(async () => {
        const { resolver, detail } = get();
        if (!resolver || !detail) return;
        const block = mapPastedBlock(grid, startKey, resolver);
        const bases = block.patches.map((_, i) => {
          const id = baseIds[i];
          return id ? (rowById(id) ?? null) : null;
        });
        const { rows: fields, problems } = pasteOntoRows(
          bases.map((row) => (row ? rowFieldsOf(row) : null)),
          block,
        );
        const all = [...block.problems, ...problems];
        if (all.length) {
          // Nothing is written until the block is clean, as with an imported file.
          set({
            messages: all
              .slice(0, 5)
              .map((p) =>
                cellMessage(
                  p,
                  (bases[p.row]?.position ?? detail.rows.length + p.row) + 1,
                  block.targets[p.column] ?? startKey,
                ),
              ),
          });
          return;
        }
        let created = 0;
        const forward: Batch = { upserts: [], deletes: [] };
        const backward: Batch = { upserts: [], deletes: [] };
        fields.forEach((rowFields, i) => {
          const base = bases[i];
          if (base) {
            forward.upserts.push({ id: base.id, fields: rowFields });
            backward.upserts.push({ id: base.id, fields: rowFieldsOf(base) });
          } else {
            const id = uuidv7();
            forward.upserts.push({ id, position: detail.rows.length + created++, fields: rowFields });
            backward.deletes.push(id);
          }
        });
        if (await record({ forward, backward })) {
          set((s) => ({
            anchor: s.active,
            active: clampCell({ row: s.active.row + fields.length - 1, col: s.active.col }, s.rows.length),
          }));
        }
      });
    },

    async fillDown() {
      const ids = selectedRowIds();
      const keys = selectedKeys();
      const [sourceId, ...targetIds] = ids;
      if (!sourceId || targetIds.length === 0) return;
      await enqueue(async () => {
        const source = rowById(sourceId);
        if (!source) return;
        const cells = targetIds.flatMap((rowId) =>
          keys.map((key) => ({ rowId, key, text: cellText(source, key, get().villageLabel) })),
        );
        await writeCells(cells);
      });
    },

    async addRow(activity, extra = {}) {
      const after = get().rows[get().active.row];
      const afterId = after?.id ?? null;
      const id = uuidv7();
      set({ editing: null, adding: { typed: get().adding?.typed ?? '' } });
      await enqueue(async () => {
        const detail = get().detail;
        if (!detail) return;
        const anchorRow = afterId ? rowById(afterId) : undefined;
        const position = anchorRow ? anchorRow.position + 1 : detail.rows.length;
        const fields = { ...emptyRowFields(), ...extra, activity };
        if (
          await record({
            forward: { upserts: [{ id, position, fields }], deletes: [] },
            backward: { upserts: [], deletes: [id] },
          })
        ) {
          const index = get().rows.findIndex((row) => row.id === id);
          get().select({ row: index, col: 0 });
          set({ editing: { text: get().adding?.typed ?? '', placeholder: activity } });
        }
        set({ adding: null });
      });
    },

    async deleteRows() {
      const ids = selectedRowIds();
      if (ids.length === 0) return;
      await enqueue(async () => {
        const doomed = ids.map(rowById).filter((row): row is PlanRow => row !== undefined);
        if (doomed.length === 0) return;
        await record({
          forward: { upserts: [], deletes: doomed.map((row) => row.id) },
          backward: {
            upserts: doomed.map((row) => ({ id: row.id, position: row.position, fields: rowFieldsOf(row) })),
            deletes: [],
          },
        });
        get().select(get().active);
      });
    },

    async linkCommitments(rowId, commitmentIds) {
      let done = false;
      await enqueue(async () => {
        const row = rowById(rowId);
        const detail = get().detail;
        if (!row || !detail) return;
        const added = new Set(commitmentIds.filter((id) => !row.commitmentIds.includes(id)));
        const changes = [{ row, fields: { ...rowFieldsOf(row), commitmentIds: [...commitmentIds] } }];
        if (added.size > 0) {
          for (const other of detail.rows) {
            if (other.id === rowId || !other.commitmentIds.some((id) => added.has(id))) continue;
            const kept = other.commitmentIds.filter((id) => !added.has(id));
            changes.push({ row: other, fields: { ...rowFieldsOf(other), commitmentIds: kept } });
          }
        }
        done = await record(replaceStep(changes));
      });
      return done;
    },

    async undoStep() {
      await enqueue(async () => {
        const step = get().undo.at(-1);
        if (step && (await send(step.backward))) set((s) => ({ undo: s.undo.slice(0, -1), redo: [...s.redo, step] }));
      });
    },

    async redoStep() {
      await enqueue(async () => {
        const step = get().redo.at(-1);
        if (step && (await send(step.forward)))
          set((s) => ({ redo: s.redo.slice(0, -1), undo: pushStep(s.undo, step) }));
      });
    },

    dismissMessages() {
      set({ messages: [] });
    },
  };
});
