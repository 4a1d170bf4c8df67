import type { Worksheet } from 'exceljs';
import { MAX_PLAN_ROWS, type ImportProblem, type PlanRowFields } from '../../shared/domain/plans';
import { applyPatch, readCell, type CellTarget, type CellValue, type RowPatch } from '../../shared/plans/cells';
import { headerMeaning } from '../../shared/plans/columns';
import type { Resolver } from '../../shared/plans/resolve';
import { emptyRowFields } from '../../shared/plans/rows';
import { PLAN_SHEET } from './xlsx-export';
import {
  cellValue,
  columnLetter,
  isBlank,
  mergesOf,
  problemAt as problem,
  textOf,
  visibleSheets,
} from '../spreadsheets/cells';

/**
 * Reads an action plan from an XLSX sheet: finds the header row (the export's, or an office's own
 * with the usual names and synonyms), maps columns by header, and reads every row with the same
 * cell rules as the grid's paste. Every problem is reported by sheet row and column letter; a row
 * with any problem is not valid. Formulas and merged cells are refused: their values are not what
 * the sheet shows, or not where it shows them.
 */

export interface ParsedImport {
  sheet: string | null;
  problems: ImportProblem[];
  /** Problems that stop the whole file (no header, merged header cells…): nothing can be imported. */
  blocking: boolean;
  rows: { sheetRow: number; fields: PlanRowFields; valid: boolean }[];
}

/** Rows searched for the header line (the export has a title above it). */
const HEADER_SEARCH_ROWS = 15;

/** Header row: the first row (of the first few) naming the activity column and at least one other. */
function findHeader(sheet: Worksheet): number | null {
  const last = Math.min(sheet.rowCount, HEADER_SEARCH_ROWS);
  for (let r = 1; r <= last; r++) {
    const row = sheet.getRow(r);
    let activity = false;
    let known = 0;
    row.eachCell((cell) => {
      const meaning = headerMeaning(textOf(cellValue(cell)));
      if (meaning) known++;
      if (meaning?.kind === 'column' && meaning.key === 'activity') activity = true;
    });
    if (activity && known >= 2) return r;
  }
  return null;
}

function targetOf(text: string): CellTarget | 'number' | null {
  const meaning = headerMeaning(text);
  if (!meaning) return null;
  if (meaning.kind === 'number') return 'number';
  if (meaning.kind === 'schedule') return 'schedule';
  if (meaning.kind === 'quarter') return `quarter${meaning.quarter + 1}` as CellTarget;
  return meaning.key;
}

/**
 * Reads the plan sheet of a loaded workbook. `existingRows` counts the plan's rows that stay
 * (for the row limit).
 */
export function parsePlanSheet(sheets: readonly Worksheet[], resolver: Resolver, existingRows: number): ParsedImport {
  const problems: ImportProblem[] = [];
  const fail = (key: string, extra: Record<string, string | number> = {}): ParsedImport => ({
    sheet: null,
    problems: [problem(key, null, null, extra)],
    blocking: true,
    rows: [],
  });
  // A hidden sheet is not read: the user would import rows they cannot see in Excel.
  const visible = visibleSheets(sheets);
  const candidates = [...visible].sort((a, b) => Number(b.name === PLAN_SHEET) - Number(a.name === PLAN_SHEET));
  let sheet: Worksheet | null = null;
  let headerRow: number | null = null;
  for (const candidate of candidates) {
    const found = findHeader(candidate);
    if (found !== null) {
      sheet = candidate;
      headerRow = found;
      break;
    }
  }
  if (sheets.every((s) => s.actualRowCount === 0)) return fail('planErrors.import.empty');
  const hidden = sheets.find((s) => !visible.includes(s) && findHeader(s) !== null);
  if ((!sheet || headerRow === null) && hidden) return fail('planErrors.import.hiddenSheet', { value: hidden.name });
  if (!sheet || headerRow === null)
    return fail('planErrors.import.noPlanSheet', { sheets: sheets.map((s) => s.name).join(', ') });

  let blocking = false;
  const merges = mergesOf(sheet).filter((m) => m.bottom >= (headerRow as number));
  for (const merge of merges) {
    const inHeader = merge.top <= (headerRow as number);
    if (inHeader) blocking = true;
    problems.push(
      problem(inHeader ? 'planErrors.import.mergedHeader' : 'planErrors.import.merged', merge.top, merge.left, {
        value: merge.range,
      }),
    );
  }

  // Columns by header.
  const targets = new Map<number, CellTarget>();
  const seen = new Map<string, number>();
  sheet.getRow(headerRow).eachCell({ includeEmpty: false }, (cell, column) => {
    // The other cells of a merged range repeat its value: the merge is reported once, above.
    if (cell.isMerged && cell.master !== cell) return;
    const value = cellValue(cell);
    const text = textOf(value);
    if (typeof value === 'object' && value !== null) {
      blocking = true;
      problems.push(problem('planErrors.import.formula', headerRow, column, { value: text }));
      return;
    }
    if (text === '') return;
    const target = targetOf(text);
    if (target === null) {
      problems.push(problem('planErrors.import.unknownHeader', headerRow, column, { value: text }));
      return;
    }
    if (target === 'number') return;
    const earlier = seen.get(target);
    if (earlier !== undefined) {
      blocking = true;
      problems.push(
        problem('planErrors.import.duplicateHeader', headerRow, column, { value: text, other: columnLetter(earlier) }),
      );
      return;
    }
    seen.set(target, column);
    targets.set(column, target);
  });
  if (seen.has('amount') && !seen.has('fundingSource')) {
    blocking = true;
    problems.push(problem('planErrors.import.missingColumn', headerRow, null, { value: 'Sumber Dana' }));
  }
  if (blocking) return { sheet: sheet.name, problems, blocking, rows: [] };

  const header = (column: number): string => textOf(cellValue(sheet.getRow(headerRow as number).getCell(column)));
  const rows: ParsedImport['rows'] = [];
  const mergedRows = new Set<number>();
  for (const merge of merges) for (let r = merge.top; r <= merge.bottom; r++) mergedRows.add(r);
  const sourceColumn = seen.get('fundingSource');
  const amountColumn = seen.get('amount');
  interface FundingCells {
    sheetRow: number;
    source: string;
    amount: CellValue;
    /** The amount cell held a formula or an error (already reported): nothing more to say about it. */
    amountBlocked: boolean;
  }
  interface Pending {
    patch: RowPatch;
    sheetRow: number;
    valid: boolean;
    funding: FundingCells[];
    /** Columns whose cell could not be read (reported once): no follow-on problems about them. */
    blocked: Set<number>;
  }
  let current: Pending | null = null;

  /** The row's funding lines: its own and those of its continuation rows, each checked where it stands. */
  const readFunding = (row: Pending): boolean => {
    const sources: string[] = [];
    const amounts: number[] = [];
    let ok = true;
    const report = (key: string, sheetRow: number, column: number | undefined, value: string): void => {
      ok = false;
      problems.push(problem(key, sheetRow, column ?? null, { value, header: column ? header(column) : '' }));
    };
    for (const line of row.funding) {
      const hasAmount = line.amount !== null && line.amount !== undefined && String(line.amount).trim() !== '';
      if (!line.source) {
        if (hasAmount) report('planErrors.cell.amountWithoutSource', line.sheetRow, sourceColumn, '');
        continue;
      }
      const found = resolver.fundingSource(line.source);
      if (!found.ok) report(found.key, line.sheetRow, sourceColumn, found.value);
      else if (sources.includes(found.value))
        report('planErrors.cell.duplicateSource', line.sheetRow, sourceColumn, line.source);
      else sources.push(found.value);
      const amountPatch: RowPatch = {};
      const amountProblem = hasAmount ? readCell(amountPatch, 'amount', line.amount, resolver) : null;
      if (!hasAmount && line.amountBlocked) ok = false;
      else if (!hasAmount) report('planErrors.cell.sourceWithoutAmount', line.sheetRow, amountColumn, line.source);
      else if (amountProblem) report(amountProblem.key, line.sheetRow, amountColumn, amountProblem.value);
      else if ((amountPatch.amounts ?? []).length !== 1)
        report('planErrors.cell.number', line.sheetRow, amountColumn, String(line.amount));
      else amounts.push((amountPatch.amounts as number[])[0] as number);
    }
    if (ok) {
      row.patch.fundingSourceIds = sources;
      row.patch.amounts = amounts;
    }
    return ok;
  };

  const finish = (): void => {
    if (!current) return;
    const fundingOk = readFunding(current);
    const { fields, problems: found } = applyPatch(emptyRowFields(), current.patch);
    const activityBlocked = current.blocked.has(seen.get('activity') ?? -1);
    const merged = found.filter((p) => !(activityBlocked && p.key === 'planErrors.cell.activityRequired'));
    for (const p of merged)
      problems.push(problem(p.key, current.sheetRow, seen.get('activity') ?? 1, { value: p.value }));
    rows.push({ sheetRow: current.sheetRow, fields, valid: current.valid && fundingOk && found.length === 0 });
    current = null;
  };

  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const values = new Map<number, ReturnType<typeof cellValue>>();
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const value = cellValue(cell);
      if (!isBlank(value)) values.set(column, value);
    });
    if (values.size === 0) continue;
    let valid = !mergedRows.has(r);
    const blocked = new Set<number>();
    for (const [column, value] of values) {
      if (value !== null && typeof value === 'object') {
        valid = false;
        problems.push(
          problem('formula' in value ? 'planErrors.import.formula' : 'planErrors.import.cellError', r, column, {
            value: textOf(value),
            header: header(column),
          }),
        );
        values.delete(column);
        blocked.add(column);
      }
    }
    const fundingCells = (): FundingCells => ({
      sheetRow: r,
      source: textOf(values.get(sourceColumn ?? -1) ?? null),
      amount: (values.get(amountColumn ?? -1) as CellValue) ?? null,
      amountBlocked: blocked.has(amountColumn ?? -1),
    });
    const onlyFunding =
      values.size + blocked.size > 0 &&
      [...values.keys(), ...blocked].every((c) => c === sourceColumn || c === amountColumn);
    if (onlyFunding) {
      // A continuation row: one more funding line of the row above.
      if (!current) {
        problems.push(problem('planErrors.import.continuationWithoutRow', r, sourceColumn ?? amountColumn ?? 1));
        continue;
      }
      current.funding.push(fundingCells());
      current.valid &&= valid;
      continue;
    }
    finish();
    const started: Pending = { patch: {}, sheetRow: r, valid, funding: [], blocked };
    current = started;
    for (const [column, target] of targets) {
      if (column === sourceColumn || column === amountColumn) continue;
      if (blocked.has(column)) continue;
      const value = (values.get(column) as CellValue) ?? null;
      if (value === null && target !== 'activity') continue;
      const cell = row.getCell(column);
      const found = readCell(started.patch, target, value, resolver, {
        percentCell: typeof cell.numFmt === 'string' && cell.numFmt.includes('%'),
      });
      if (found) {
        started.valid = false;
        // Reported here once: the row's own checks stay quiet about this cell (a too-long activity is not also "missing").
        started.blocked.add(column);
        problems.push(problem(found.key, r, column, { value: found.value, header: header(column) }));
      }
    }
    if ([sourceColumn, amountColumn].some((c) => c !== undefined && (values.has(c) || blocked.has(c))))
      started.funding.push(fundingCells());
    if (!valid) started.valid = false;
  }
  finish();

  if (rows.length === 0 && !problems.length) return fail('planErrors.import.empty');
  if (existingRows + rows.length > MAX_PLAN_ROWS) {
    blocking = true;
    problems.push(problem('planErrors.import.tooManyRows', null, null, { max: MAX_PLAN_ROWS, value: rows.length }));
  }
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.column ?? '').localeCompare(b.column ?? ''));
  return { sheet: sheet.name, problems, blocking, rows };
}
