import type { DocumentSettings } from '../../domain/document-settings';
import {
  INTERVENTION_KINDS,
  type ActionPlan,
  type InterventionKind,
  type PlanRow,
  type PlanTotals,
} from '../../domain/plans';
import { formatPlaceDateId } from '../../format/dates';
import { formatTarget, villageLabeller } from '../../plans/format';
import { INTERVENTION_KIND_GROUPS_ID } from '../../plans/labels';
import { formatRupiah } from '../../plans/numbers';
import { rowAmount } from '../../plans/rows';
import { hasMonth, MONTH_LETTERS_ID, QUARTER_LABELS_ID, quartersOf } from '../../plans/schedule';
import { addExact } from '../../plans/totals';
import type { Block, DocumentModel, TableBlock, TableCell, TableColumn, TableRow } from '../model';
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

export interface ActionPlanOptions {
  schedule: 'months' | 'quarters';
  /** Date of the place-date line, `YYYY-MM-DD`. */
  date: string;
  /** Who signs; without one the block is left to fill in by hand. */
  signer: Signatory | null;
  /** Lines above the signature; by default the signer's position (`Camat Kelara,`). */
  signerHeading?: readonly string[];
}

/** Marks a ticked month or quarter in the matrix (✓ is not in Liberation Sans; √ is). */
export const SCHEDULE_TICK = '√';
/** What a signature block without a signer leaves to write in by hand. */
export const BLANK_NAME = '(.......................................)';

const GROUP_LETTERS = ['A', 'B', 'C'] as const;
const TABLE_SIZE = 7.5;

/** `KECAMATAN KELARA`, `KABUPATEN JENEPONTO`, `DESA TOMBOLO`: the area as the title names it. */
export function areaTitle(plan: Pick<ActionPlan, 'areaName' | 'areaLevel' | 'areaCode'>): string {
  const name = plan.areaName.toUpperCase();
  if (plan.areaLevel === 'kabupaten' || plan.areaLevel === 'provinsi') return name;
  if (plan.areaLevel === 'kecamatan') return `KECAMATAN ${name}`;
  const kind = plan.areaCode.split('.')[3]?.startsWith('1') ? 'KELURAHAN' : 'DESA';
  return `${kind} ${name}`;
}

function columnsOf(schedule: ActionPlanOptions['schedule']): TableColumn[] {
  const ticks = schedule === 'months' ? 12 : 4;
  const tickWidth = schedule === 'months' ? 4.2 : 9;
  // Sumber dana is wide enough for `DAK Nonfisik BOKB` on one line, so each source stands level
  // with its amount in the next column.
  return [
    { width: 7, align: 'center' },
    { width: 40 },
    { width: 25 },
    { width: 16 },
    { width: 29 },
    { width: 15 },
    { width: 25 },
    { width: 25 },
    ...Array.from({ length: ticks }, (): TableColumn => ({ width: tickWidth, align: 'center' })),
    { width: 28 },
    { width: 22, align: 'right' },
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
  return [
    {
      cells: [
        ...labels.map((content): TableCell => ({ content })),
        { content: 'Jadwal', colSpan: ticks.length },
        { content: 'Sumber dana' },
        { content: 'Anggaran (Rp)' },
      ],
    },
    {
      cells: [
        ...labels.map((): TableCell => ({ content: '' })),
        ...ticks.map((content): TableCell => ({ content })),
        { content: '' },
        { content: '' },
      ],
    },
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
  const span = columns.length - 1;
  const village = villageLabeller(rows);
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
          { content: row.locations.map(village).join(', ') },
          { content: row.responsibleInstitutionName ?? '' },
          ...scheduleCells(row, options.schedule),
          { content: row.funding.map((line) => line.fundingSourceName).join('\n') },
          { content: row.funding.map((line) => formatRupiah(line.amount)).join('\n') },
        ],
      });
    }
    body.push({
      kind: 'total',
      cells: [
        { content: `Subtotal ${letter}`, colSpan: span, align: 'right' },
        { content: formatRupiah(subtotal), align: 'right' },
      ],
    });
  });

  const totalRows: TableRow[] = [
    ...totals.bySource.map((source): TableRow => ({
      kind: 'total',
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

  const matrix: TableBlock = {
    kind: 'table',
    size: TABLE_SIZE,
    columns,
    header: headerRows(options.schedule),
    rows: body,
    totals: totalRows,
  };

  const recap: TableBlock = {
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
  };

  const heading = options.signerHeading ?? [
    options.signer?.position ? `${options.signer.position},` : 'Ketua Tim Percepatan Penurunan Stunting,',
  ];
  const signature = signatureOf(
    options.signer ?? { name: BLANK_NAME, position: null, rank: null, nip: null },
    heading,
    formatPlaceDateId(settings.placeName, options.date),
  );

  const blocks: Block[] = [
    { kind: 'heading', text: 'RENCANA AKSI TERPADU PERCEPATAN PENURUNAN STUNTING', size: 12 },
    { kind: 'heading', text: `${areaTitle(plan)} TAHUN ${plan.year}`, size: 12, spaceBefore: 1 },
    { kind: 'paragraph', content: plan.title, align: 'center', size: 9, spaceAfter: 3 },
    matrix,
    { kind: 'heading', text: 'REKAPITULASI PER PENANGGUNG JAWAB', size: 10, spaceBefore: 4 },
    recap,
    { kind: 'signatures', signatures: [signature], spaceBefore: 4 },
  ];

  return {
    title: plan.title,
    page: pageSetupOf(settings, 'landscape'),
    fontSize: 10,
    letterhead: null,
    watermark: plan.status === 'adopted' ? null : 'DRAF',
    pageNumbers: true,
    body: blocks,
  };
}
