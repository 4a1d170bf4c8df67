import type { PlanRowFields } from '../domain/plans';
import { headerMeaning, looksLikeHeaderRow, PLAN_COLUMN_KEYS, type PlanColumnKey } from './columns';
import { applyPatch, readCell, type CellTarget, type RowPatch } from './cells';
import type { Resolver } from './resolve';
import { emptyRowFields } from './rows';

/**
 * A block pasted into the grid (parsed with `parseTsv`) mapped onto row fields. Without a header
 * line, pasted columns fill the grid's columns in the printed order from the column where the
 * paste starts (PLAN_COLUMNS); with a header line (copied together with the block), each column
 * goes where its header says, whatever the order.
 */

interface PasteProblem {
  /** 0-based line of the pasted block (a header line is not counted). */
  row: number;
  /** 0-based column of the pasted block. */
  column: number;
  key: string;
  value: string;
}

interface PastedBlock {
  /** Where each pasted column goes; null: nowhere (past the last column, or a header Sirakor does not know). */
  targets: (CellTarget | null)[];
  headerRow: boolean;
  patches: RowPatch[];
  problems: PasteProblem[];
}

/** Where a pasted column goes; the grid keeps no column for the links (set in the row's drawer). */
function targetOfHeader(text: string): CellTarget | null {
  const meaning = headerMeaning(text);
  if (!meaning || meaning.kind === 'number' || meaning.kind === 'link') return null;
  if (meaning.kind === 'schedule') return 'schedule';
  if (meaning.kind === 'quarter') return `quarter${meaning.quarter + 1}` as CellTarget;
  return meaning.key;
}

export function mapPastedBlock(
  grid: readonly (readonly string[])[],
  startColumn: PlanColumnKey,
  resolver: Resolver,
  options: { header?: 'auto' | 'none' } = {},
): PastedBlock {
  const problems: PasteProblem[] = [];
  const headerRow = options.header !== 'none' && grid.length > 0 && looksLikeHeaderRow(grid[0] as string[]);
  const width = grid[0]?.length ?? 0;
  const start = PLAN_COLUMN_KEYS.indexOf(startColumn);
  const targets: (CellTarget | null)[] = [];
  for (let column = 0; column < width; column++) {
    if (headerRow) {
      const header = (grid[0] as string[])[column] ?? '';
      const target = targetOfHeader(header);
      const known = headerMeaning(header)?.kind;
      if (target === null && header.trim() !== '' && known !== 'number' && known !== 'link')
        problems.push({ row: 0, column, key: 'planImport.paste.unknownHeader', value: header });
      targets.push(target);
    } else {
      const key = PLAN_COLUMN_KEYS[start + column] ?? null;
      if (key === null && problems.every((p) => p.key !== 'planImport.paste.tooWide'))
        problems.push({ row: 0, column, key: 'planImport.paste.tooWide', value: String(width) });
      targets.push(key);
    }
  }
  const lines = headerRow ? grid.slice(1) : grid;
  const patches = lines.map((cells, row) => {
    const patch: RowPatch = {};
    targets.forEach((target, column) => {
      if (target === null) return;
      const problem = readCell(patch, target, cells[column] ?? '', resolver);
      if (problem) problems.push({ row, column, ...problem });
    });
    return patch;
  });
  return { targets, headerRow, patches, problems };
}

/**
 * Rows after pasting: `bases[i]` is the row line `i` lands on (null: past the last row, a new
 * row). Problems of merging (a funding source without its amount…) are reported on the line's
 * first column.
 */
export function pasteOntoRows(
  bases: readonly (PlanRowFields | null)[],
  block: PastedBlock,
): { rows: PlanRowFields[]; problems: PasteProblem[] } {
  const problems: PasteProblem[] = [];
  const rows = block.patches.map((patch, row) => {
    const { fields, problems: merged } = applyPatch(bases[row] ?? emptyRowFields(), patch);
    for (const problem of merged) problems.push({ row, column: 0, ...problem });
    return fields;
  });
  return { rows, problems };
}
