import type { DocumentSettings } from '../../domain/document-settings';
import {
  INTERVENTION_KINDS,
  type ActionPlan,
  type InterventionKind,
  type PlanRow,
  type PlanTotals,
} from '../../domain/plans';
import { formatPlaceDateId } from '../../format/dates';
import { formatTarget } from '../../plans/format';
import { INTERVENTION_KIND_GROUPS_ID } from '../../plans/labels';
import { formatRupiah } from '../../plans/numbers';
import { rowAmount } from '../../plans/rows';
import { hasMonth, MONTH_LETTERS_ID, QUARTER_LABELS_ID, quartersOf } from '../../plans/schedule';
import { addExact } from '../../plans/totals';
import { textWidthMm as pageTextWidthMm } from '../geometry';
import type { Block, DocumentModel, PageSetup, TableBlock, TableCell, TableColumn, TableRow } from '../model';
import { fitTable, type FitOptions } from '../table-layout';
import { signatureOf, type Signatory } from '../signature';
import { pageSetupOf } from './common';

/**
 * Matriks rencana aksi (DOCUMENTS.md): landscape, the plan's columns with the schedule as 12 month
 * ticks or TW I–IV, header rows repeated on every page, rows grouped A. INTERVENSI SPESIFIK /
 * B. INTERVENSI SENSITIF / C. LAINNYA with subtotals, then the totals per funding source and the
 * grand total; a recap per responsible institution; place-date and signature. Supporting
 * institutions are not printed (DOCUMENTS.md has one Penanggung jawab column); the XLSX export
 * and the grid carry them.
 */

interface ActionPlanOptions {
  schedule: 'months' | 'quarters';
  /** Date of the place-date line, `YYYY-MM-DD`. */
  date: string;
  /** Who signs; without one the block is left to fill in by hand. */
  signer: Signatory | null;
  /** Lines above the signature; by default the signer's position (`Camat Kelara,`). */
  signerHeading?: readonly string[];
  /**
   * The TPPS whose chair signs when no signer is set (`Kecamatan Kelara`): the office's, from its
   * identity; by default the plan's area.
   */
  team?: string;
  /** The office a plan of another office came from (issue 11), named under the title. */
  fromOffice?: string;
}

/** The table with column widths from its content: no word of any cell broken inside. */
function fitted(table: TableBlock, page: PageSetup, options: FitOptions = {}): TableBlock {
  // A4 with twelve months has less room than the words need at the usual size: smaller text
  // keeps every word whole.
  const { size, widths } = fitTable(table, pageTextWidthMm(page), TABLE_SIZES, options);
  return {
    ...table,
    size,
    columns: table.columns.map((column, index) => ({ ...column, width: widths[index] ?? 0 })),
  };
}

/** Marks a ticked month or quarter in the matrix (✓ is not in Liberation Sans; √ is). */
const SCHEDULE_TICK = '√';
/** What a signature block without a signer leaves to write in by hand. */
export const BLANK_NAME = '(.......................................)';

const GROUP_LETTERS = ['A', 'B', 'C'] as const;
const TABLE_SIZE = 7.5;
/** A recap of up to this many institutions is kept on one page. */
const RECAP_KEPT_WHOLE = 15;
/** Sizes the matrix may take, largest first, so that no word is broken inside (pt). */
const TABLE_SIZES = [TABLE_SIZE, 7, 6.5, 6];

/** `KECAMATAN KELARA`, `KABUPATEN JENEPONTO`, `DESA TOMBOLO`: the area as the title names it. */
function areaTitle(plan: Pick<ActionPlan, 'areaName' | 'areaLevel' | 'areaCode'>): string {
  const name = plan.areaName.toUpperCase();
  if (plan.areaLevel === 'kabupaten' || plan.areaLevel === 'provinsi') return name;
  if (plan.areaLevel === 'kecamatan') return `KECAMATAN ${name}`;
  const kind = plan.areaCode.split('.')[3]?.startsWith('1') ? 'KELURAHAN' : 'DESA';
  return `${kind} ${name}`;
}

/** More kecamatan than this, and a kabupaten's plan is titled by the kabupaten. */
const TITLED_KECAMATAN = 4;

/** `A`, `A DAN B`, `A, B DAN C`. */
function joinedId(names: readonly string[]): string {
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} DAN ${names[names.length - 1]}`;
}

/** The kecamatan of the plan's villages, by code. */
function kecamatanOf(rows: readonly PlanRow[]): { code: string; name: string }[] {
  const byCode = new Map<string, string>();
  for (const row of rows) for (const village of row.locations) byCode.set(village.kecamatanCode, village.kecamatanName);
  return [...byCode].sort(([a], [b]) => a.localeCompare(b)).map(([code, name]) => ({ code, name }));
}

/**
 * The area the matrix is of, from its data: a kabupaten's plan whose villages lie in a few
 * kecamatan names them (`KECAMATAN KELARA DAN RUMBIA`); otherwise the plan's own area.
 */
function planAreaTitle(plan: ActionPlan, rows: readonly PlanRow[]): string {
  if (plan.areaLevel !== 'kabupaten') return areaTitle(plan);
  const kecamatan = kecamatanOf(rows);
  if (kecamatan.length === 0 || kecamatan.length > TITLED_KECAMATAN) return areaTitle(plan);
  return `KECAMATAN ${joinedId(kecamatan.map((k) => k.name.toUpperCase()))}`;
}

/**
 * The villages of a row: by name in a plan within one kecamatan; in a plan across several, each
 * kecamatan's villages followed by it (`Tolo, Gantarang (Kec. Kelara); Rumbia (Kec. Rumbia)`), as
 * village names repeat across kecamatan.
 */
function villagesOf(row: PlanRow, acrossKecamatan: boolean): string {
  if (!acrossKecamatan) return row.locations.map((village) => village.name).join(', ');
  const groups = new Map<string, { name: string; villages: string[] }>();
  for (const village of row.locations) {
    const group = groups.get(village.kecamatanCode) ?? { name: village.kecamatanName, villages: [] };
    group.villages.push(village.name);
    groups.set(village.kecamatanCode, group);
  }
  return [...groups.values()].map((group) => `${group.villages.join(', ')} (Kec. ${group.name})`).join('; ');
}

/** `Kecamatan Kelara`, `Kabupaten Jeneponto`, `Desa Tombolo`: the plan's area as a team is named. */
function teamOfArea(plan: ActionPlan): string {
  const title = areaTitle(plan).toLocaleLowerCase('id');
  return title.replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toLocaleUpperCase('id'));
}

/** Relative widths the columns share what their words leave over by (Kegiatan widest). */
function columnsOf(schedule: ActionPlanOptions['schedule']): TableColumn[] {
  const ticks = schedule === 'months' ? 12 : 4;
  return [
    { width: 4, align: 'center' },
    { width: 40 },
    { width: 25 },
    { width: 16 },
    { width: 29 },
    { width: 15 },
    { width: 25 },
    { width: 25 },
    ...Array.from({ length: ticks }, (): TableColumn => ({ width: 1, align: 'center' })),
    { width: 20 },
    { width: 16, align: 'right' },
  ];
}

function headerRows(schedule: ActionPlanOptions['schedule']): TableRow[] {
  const ticks = schedule === 'months' ? [...MONTH_LETTERS_ID] : [...QUARTER_LABELS_ID];
  const labels = [
    'No',
    'Kegiatan',
    'Intervensi',
    'Sasaran',
    'Indikator',
    'Target',
    'Lokasi (desa)',
    'Penanggung jawab',
  ];
  // Every heading but Jadwal stands over both rows: the second row holds the months or quarters.
  return [
    {
      cells: [
        ...labels.map((content): TableCell => ({ content, rowSpan: 2 })),
        { content: 'Jadwal', colSpan: ticks.length },
        { content: 'Sumber dana', rowSpan: 2 },
        { content: 'Anggaran (Rp)', rowSpan: 2 },
      ],
    },
    { cells: ticks.map((content): TableCell => ({ content })) },
  ];
}

function scheduleCells(row: PlanRow, schedule: ActionPlanOptions['schedule']): TableCell[] {
  if (schedule === 'quarters')
    return quartersOf(row.scheduleMonths).map((on) => ({ content: on ? SCHEDULE_TICK : '' }));
  return MONTH_LETTERS_ID.map((_, month) => ({ content: hasMonth(row.scheduleMonths, month) ? SCHEDULE_TICK : '' }));
}

export function actionPlanMatrix(
  plan: ActionPlan,
  rows: readonly PlanRow[],
  totals: PlanTotals,
  settings: DocumentSettings,
  options: ActionPlanOptions,
): DocumentModel {
  const columns = columnsOf(options.schedule);
  const ticks = options.schedule === 'months' ? 12 : 4;
  const tickColumns = Array.from({ length: ticks }, (_, i) => 8 + i);
  const span = columns.length - 1;
  const acrossKecamatan = kecamatanOf(rows).length > 1;
  const body: TableRow[] = [];
  const present = INTERVENTION_KINDS.filter((kind) => rows.some((row) => row.interventionKind === kind));
  const groups: InterventionKind[] = present.length ? present : ['spesifik'];
  groups.forEach((kind, index) => {
    const letter = GROUP_LETTERS[index] as string;
    body.push({
      kind: 'group',
      cells: [{ content: `${letter}. ${INTERVENTION_KIND_GROUPS_ID[kind]}`, colSpan: columns.length, align: 'left' }],
    });
    let subtotal = 0;
    let number = 0;
    for (const row of rows) {
      if (row.interventionKind !== kind) continue;
      number++;
      subtotal = addExact(subtotal, rowAmount(row));
      body.push({
        cells: [
          { content: String(number) },
          { content: row.activity },
          { content: row.interventionName ?? '-' },
          { content: row.targetGroup ?? '' },
          { content: row.indicator ?? '' },
          { content: formatTarget(row.targetVolume, row.targetUnit) },
          { content: villagesOf(row, acrossKecamatan) },
          { content: row.responsibleInstitutionName ?? '' },
          ...scheduleCells(row, options.schedule),
          { content: row.funding.map((line) => line.fundingSourceName).join('\n') },
          { content: row.funding.map((line) => formatRupiah(line.amount)).join('\n') },
        ],
      });
    }
    // The group's last activity stays with its subtotal; the last group's subtotal with the totals.
    const last = body[body.length - 1];
    if (last && last.kind !== 'group') body[body.length - 1] = { ...last, keepWithNext: true };
    body.push({
      kind: 'total',
      keepWithNext: index === groups.length - 1,
      cells: [
        { content: `Subtotal ${letter}`, colSpan: span, align: 'right' },
        { content: formatRupiah(subtotal), align: 'right' },
      ],
    });
  });

  const totalRows: TableRow[] = [
    ...totals.bySource.map((source): TableRow => ({
      kind: 'total',
      keepWithNext: true,
      cells: [
        { content: `JUMLAH ${source.name}`, colSpan: span, align: 'right' },
        { content: formatRupiah(source.amount), align: 'right' },
      ],
    })),
    {
      kind: 'total',
      cells: [
        { content: 'TOTAL', colSpan: span, align: 'right' },
        { content: formatRupiah(totals.overall), align: 'right' },
      ],
    },
  ];

  const page = pageSetupOf(settings, 'landscape');
  const matrix = fitted(
    { kind: 'table', size: TABLE_SIZE, columns, header: headerRows(options.schedule), rows: body, totals: totalRows },
    page,
    // A month or quarter label, and each funding source (level with its amount), on one line.
    { wholeLines: new Set([...tickColumns, 8 + ticks]), sameWidth: new Set(tickColumns) },
  );

  const recap: TableBlock = fitted(
    {
      kind: 'table',
      size: TABLE_SIZE,
      columns: [
        { width: 6, align: 'center' },
        { width: 60 },
        { width: 14, align: 'center' },
        { width: 20, align: 'right' },
      ],
      header: [
        {
          cells: [
            { content: 'No' },
            { content: 'Penanggung jawab' },
            { content: 'Jumlah kegiatan' },
            { content: 'Anggaran (Rp)' },
          ],
        },
      ],
      rows: totals.byInstitution.map((institution, index) => ({
        // A short recap is read as one piece: it moves to the next page whole.
        keepWithNext: totals.byInstitution.length <= RECAP_KEPT_WHOLE,
        cells: [
          { content: String(index + 1) },
          { content: institution.name ?? 'Belum ditentukan' },
          { content: String(institution.rows) },
          { content: formatRupiah(institution.amount) },
        ],
      })),
      totals: [
        {
          kind: 'total',
          cells: [
            { content: 'TOTAL', colSpan: 2, align: 'right' },
            { content: String(totals.rows) },
            { content: formatRupiah(totals.overall) },
          ],
        },
      ],
    },
    page,
  );

  const heading = options.signerHeading ?? [
    options.signer?.position ? `${options.signer.position},` : `Ketua TPPS ${options.team ?? teamOfArea(plan)},`,
  ];
  const signature = signatureOf(
    options.signer ?? { name: BLANK_NAME, position: null, rank: null, nip: null },
    heading,
    formatPlaceDateId(settings.placeName, options.date),
    settings.signerNameCase,
  );

  const blocks: Block[] = [
    { kind: 'heading', text: 'RENCANA AKSI TERPADU PERCEPATAN PENURUNAN STUNTING', size: 12 },
    { kind: 'heading', text: `${planAreaTitle(plan, rows)} TAHUN ${plan.year}`, size: 12, spaceBefore: 1 },
    ...(options.fromOffice
      ? [{ kind: 'paragraph', content: `Data dari ${options.fromOffice}`, align: 'center', size: 9 } as const]
      : []),
    matrix,
    { kind: 'heading', text: 'REKAPITULASI PER PENANGGUNG JAWAB', size: 10, spaceBefore: 4 },
    recap,
    { kind: 'signatures', signatures: [signature], spaceBefore: 4 },
  ];

  return {
    title: plan.title,
    page,
    fontSize: 10,
    letterhead: null,
    watermark: plan.status === 'adopted' ? null : 'DRAF',
    pageNumbers: true,
    body: blocks,
  };
}
