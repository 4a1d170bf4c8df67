import type { ActionPlan, ConvergenceAction, PlanRow, PlanTotals } from '../../shared/domain/plans';
import {
  isMonthKey,
  LINK_COLUMNS,
  monthOfKey,
  PLAN_COLUMNS,
  type LinkColumnKey,
  type PlanColumnKey,
} from '../../shared/plans/columns';
import {
  commitmentLabel,
  convergenceActionLabel,
  INTERVENTION_KIND_LABELS_ID,
  PLAN_ROW_STATUS_LABELS_ID,
  type CommitmentRef,
} from '../../shared/plans/labels';
import { villageLabeller } from '../../shared/plans/format';
import { hasMonth } from '../../shared/plans/schedule';
import { applyQuotePrefix, looksLikeFormula, QUOTE_PREFIX_MARKER } from '../spreadsheets/xlsx-text';

/** Rupiah as numbers, shown the Indonesian way (LCID 0x421): `Rp1.500.000`. */
export const RUPIAH_FORMAT = '[$Rp-421]#,##0';
export const PLAN_SHEET = 'Rencana Aksi';
export const TOTALS_SHEET = 'Jumlah';
/** Sheet rows above the header: the title, the area and year, a blank line. */
export const HEADER_ROW = 4;
export const TICK = '✓';

type Cell = string | number | null;

/** Village names of a row, joined (the import splits them on commas). */
export function villageLabels(rows: readonly PlanRow[]): (row: PlanRow) => string {
  const label = villageLabeller(rows);
  return (row) => row.locations.map(label).join(', ');
}

function valueOf(key: PlanColumnKey, row: PlanRow, villages: (row: PlanRow) => string): Cell {
  if (isMonthKey(key)) return hasMonth(row.scheduleMonths, monthOfKey(key)) ? TICK : null;
  switch (key) {
    case 'activity':
      return row.activity;
    case 'budgetCode':
      return row.budgetCode;
    case 'intervention':
      return row.interventionName;
    case 'interventionKind':
      return INTERVENTION_KIND_LABELS_ID[row.interventionKind];
    case 'targetGroup':
      return row.targetGroup;
    case 'indicator':
      return row.indicator;
    case 'targetVolume':
      return row.targetVolume;
    case 'targetUnit':
      return row.targetUnit;
    case 'locations':
      return villages(row) || null;
    case 'responsible':
      return row.responsibleInstitutionName;
    case 'supporters':
      return row.supporters.map((s) => s.name).join('; ') || null;
    case 'fundingSource':
      return row.funding[0]?.fundingSourceName ?? null;
    case 'amount':
      return row.funding[0]?.amount ?? null;
    case 'status':
      return PLAN_ROW_STATUS_LABELS_ID[row.status];
    case 'realisationPercent':
      return row.realisationPercent;
    case 'realisationAmount':
      return row.realisationAmount;
    case 'notes':
      return row.notes;
  }
}

/** What the link columns name: the catalogue's convergence actions, the rows' commitments. */
export interface PlanLinks {
  convergenceActions: readonly ConvergenceAction[];
  commitments: readonly (CommitmentRef & { id: string })[];
}

/** The link columns' cells of a row: labels the import finds again (one commitment per line). */
function linkValues(links: PlanLinks): (key: LinkColumnKey, row: PlanRow) => Cell {
  const actions = new Map(links.convergenceActions.map((a) => [a.id, convergenceActionLabel(a)]));
  const commitments = new Map(links.commitments.map((c) => [c.id, commitmentLabel(c)]));
  return (key, row) => {
    if (key === 'convergenceAction')
      return row.convergenceActionId ? (actions.get(row.convergenceActionId) ?? null) : null;
    return (
      row.commitmentIds
        .map((id) => commitments.get(id))
        .filter(Boolean)
        .join('\n') || null
    );
  };
}

const MONEY_KEYS = new Set<PlanColumnKey | LinkColumnKey>(['amount', 'realisationAmount']);

/**
 * The plan as an XLSX workbook in the printed column order, then the row's links (convergence
 * action, the commitments it carries out, one per line): a title, Indonesian headers on row 4
 * (frozen, filtered), one sheet row per plan row, and a continuation row (only Sumber Dana and
 * Anggaran) for each further funding line; schedule as 12 month columns ticked `✓`; amounts as
 * numbers in Rupiah format. A second sheet holds the totals. Text that a spreadsheet would take
 * for a formula is written as text. exceljs is loaded on the first export, not at start-up.
 */
export async function planWorkbook(
  plan: ActionPlan,
  rows: readonly PlanRow[],
  totals: PlanTotals,
  links: PlanLinks,
): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sirakor';
  workbook.title = plan.title;
  const columns: { key: PlanColumnKey | LinkColumnKey | 'no'; header: string; width: number }[] = [
    { key: 'no', header: 'No', width: 6 },
    ...PLAN_COLUMNS,
    ...LINK_COLUMNS,
  ];
  const sheet = workbook.addWorksheet(PLAN_SHEET, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 2 }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = columns.map((column) => {
    const key = column.key;
    const money = key !== 'no' && MONEY_KEYS.has(key);
    const centred = key === 'no' || isMonthKey(key);
    return {
      key: column.key,
      width: column.width,
      style: money
        ? { numFmt: RUPIAH_FORMAT, alignment: { vertical: 'top' } }
        : { alignment: { vertical: 'top', wrapText: !centred, horizontal: centred ? 'center' : undefined } },
    };
  });
  sheet.getCell(1, 1).value = plan.title;
  sheet.getCell(1, 1).font = { bold: true, size: 13 };
  sheet.getCell(2, 1).value = `${plan.areaName} · Tahun ${plan.year}`;
  const header = sheet.getRow(HEADER_ROW);
  columns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = column.header;
    cell.font = { bold: true };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE3E3E3' } };
    cell.border = {
      top: { style: 'thin' },
      bottom: { style: 'thin' },
      left: { style: 'thin' },
      right: { style: 'thin' },
    };
  });
  const villages = villageLabels(rows);
  const linkValue = linkValues(links);
  const sourceColumn = columns.findIndex((c) => c.key === 'fundingSource') + 1;
  const amountColumn = columns.findIndex((c) => c.key === 'amount') + 1;
  const put = (sheetRow: number, column: number, value: Cell): void => {
    if (value === null || value === '') return;
    const cell = sheet.getCell(sheetRow, column);
    cell.value = value;
    if (typeof value === 'string' && looksLikeFormula(value)) cell.protection = QUOTE_PREFIX_MARKER;
  };
  let sheetRow = HEADER_ROW + 1;
  rows.forEach((row, index) => {
    put(sheetRow, 1, index + 1);
    PLAN_COLUMNS.forEach((column, i) => put(sheetRow, i + 2, valueOf(column.key, row, villages)));
    LINK_COLUMNS.forEach((column, i) => put(sheetRow, PLAN_COLUMNS.length + i + 2, linkValue(column.key, row)));
    sheetRow++;
    for (const line of row.funding.slice(1)) {
      put(sheetRow, sourceColumn, line.fundingSourceName);
      put(sheetRow, amountColumn, line.amount);
      sheetRow++;
    }
  });
  sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: columns.length } };

  const sums = workbook.addWorksheet(TOTALS_SHEET);
  sums.columns = [
    { key: 'a', width: 42 },
    { key: 'b', width: 14 },
    { key: 'c', width: 20, style: { numFmt: RUPIAH_FORMAT } },
  ];
  const line = (cells: Cell[], bold = false): void => {
    const added = sums.addRow(cells);
    if (bold) added.font = { bold: true };
  };
  line([plan.title], true);
  line([]);
  line(['Per sumber dana', null, 'Anggaran (Rp)'], true);
  for (const s of totals.bySource) line([s.name, null, s.amount]);
  line([]);
  line(['Per penanggung jawab', 'Kegiatan', 'Anggaran (Rp)'], true);
  for (const i of totals.byInstitution) line([i.name ?? '(belum ditentukan)', i.rows, i.amount]);
  line([]);
  line(['Per jenis intervensi', null, 'Anggaran (Rp)'], true);
  for (const [kind, amount] of Object.entries(totals.byKind))
    line([`Intervensi ${INTERVENTION_KIND_LABELS_ID[kind as keyof typeof INTERVENTION_KIND_LABELS_ID]}`, null, amount]);
  line([]);
  line(['JUMLAH', totals.rows, totals.overall], true);
  line(['Realisasi', null, totals.realisation]);
  for (let r = 1; r <= sums.rowCount; r++) {
    const cell = sums.getCell(r, 1);
    if (typeof cell.value === 'string' && looksLikeFormula(cell.value)) cell.protection = QUOTE_PREFIX_MARKER;
  }

  const buffer = await workbook.xlsx.writeBuffer();
  return applyQuotePrefix(new Uint8Array(buffer));
}
