import { COMMITMENT_STATUS_LABELS_ID } from '../../domain/commitments';
import type { DocumentSettings } from '../../domain/document-settings';
import type { LedgerItem } from '../../domain/follow-up';
import { formatDateId, formatPlaceDateId } from '../../format/dates';
import { formatDecimalId } from '../../plans/numbers';
import { letterheadOf } from '../letterhead';
import type { Block, FieldRow, DocumentModel, Inline, TableBlock, TableCell, TableRow, TextRun } from '../model';
import { signatureOf, type Signatory } from '../signature';
import { BLANK_NAME } from './action-plan';
import { pageSetupOf } from './common';

/**
 * Laporan tindak lanjut komitmen, for the TPPS chair: the kop surat, the title with the scope of
 * the report (the ledger's filters, "keadaan per" date), a summary table per institution or per
 * meeting (jumlah, selesai, berjalan, belum mulai, dibatalkan, terlambat, % selesai, with a total
 * row), then every commitment grouped the same way with its due date, status (overdue marked
 * `Terlambat` in bold, readable in black-and-white print) and its latest progress report; signed
 * by the office's signer. Landscape: six columns of running text need the width, and a row is
 * never split across pages.
 */

type CommitmentReportGrouping = 'institution' | 'meeting';

/** What a commitment of the report needs: a row of the ledger. */
export type CommitmentReportItem = Pick<
  LedgerItem,
  | 'institutionId'
  | 'institutionName'
  | 'description'
  | 'dueDate'
  | 'status'
  | 'overdue'
  | 'lastUpdateOn'
  | 'lastUpdateNote'
  | 'lastUpdatePercent'
  | 'meetingId'
  | 'meetingTitle'
  | 'meetingDate'
> & {
  /** Another office's commitment (issue 11); absent or null for the office's own. */
  origin?: LedgerItem['origin'];
};

interface CommitmentReportOptions {
  groupBy: CommitmentReportGrouping;
  /**
   * `full` lists every commitment; `summary`, for long periods (a kabupaten's year), keeps the
   * counts per group and status and lists only the open commitments (not started, in progress).
   */
  form?: 'full' | 'summary';
  /** "Keadaan per": the date the statuses are read, `YYYY-MM-DD`; also the place-date line. */
  asOf: string;
  /**
   * The filters applied, as the host names them (`Wilayah : Kecamatan Kelara`); none means the
   * report covers every commitment.
   */
  scope: readonly FieldRow[];
  /** Who signs; without one the block is left to fill in by hand. */
  signer: Signatory | null;
  /** Lines above the signature; by default the signer's position. */
  signerHeading?: readonly string[];
  logo: Uint8Array | null;
  /**
   * The office's own name: when the report holds other offices' commitments too (a kabupaten
   * holding its kecamatan's data), each commitment names the office it came from.
   */
  ownOffice?: string;
}

export const OVERDUE_LABEL = 'Terlambat';
const NO_MEETING_LABEL = 'Tanpa rapat asal';
const NO_UPDATE_LABEL = 'Belum ada laporan';

/**
 * Longest texts printed in a cell. A row is never split across pages, so a cell must stay well
 * under a page: a commitment of 10,000 characters would run off it. The full text is in the app.
 */
export const MAX_DESCRIPTION_CHARS = 1_200;
export const MAX_NOTE_CHARS = 700;

const TABLE_SIZE = 9;

export interface CommitmentCounts {
  total: number;
  done: number;
  inProgress: number;
  notStarted: number;
  cancelled: number;
  overdue: number;
}

interface CommitmentGroup<T extends CommitmentReportItem = CommitmentReportItem> {
  key: string;
  /** The institution's name, or the meeting's title and date. */
  label: string;
  items: T[];
  counts: CommitmentCounts;
}

export function emptyCounts(): CommitmentCounts {
  return { total: 0, done: 0, inProgress: 0, notStarted: 0, cancelled: 0, overdue: 0 };
}

export function count(counts: CommitmentCounts, item: Pick<CommitmentReportItem, 'status' | 'overdue'>): void {
  counts.total++;
  if (item.status === 'done') counts.done++;
  else if (item.status === 'in_progress') counts.inProgress++;
  else if (item.status === 'not_started') counts.notStarted++;
  else counts.cancelled++;
  if (item.overdue) counts.overdue++;
}

/** Done out of those that count (cancelled ones do not), as the dashboard computes it; null when none count. */
export function completionRate(counts: CommitmentCounts): number | null {
  const counted = counts.total - counts.cancelled;
  return counted > 0 ? counts.done / counted : null;
}

/** `66,7` (Indonesian decimal comma), `100`, or `–` when nothing counts. */
export function formatPercentId(rate: number | null): string {
  return rate === null ? '–' : formatDecimalId(rate * 100, 1);
}

/** `Rapat Koordinasi TPPS … (17 Oktober 2025)`. */
export function meetingLabel(item: Pick<CommitmentReportItem, 'meetingTitle' | 'meetingDate'>): string {
  if (!item.meetingTitle) return NO_MEETING_LABEL;
  return item.meetingDate ? `${item.meetingTitle} (${formatDateId(item.meetingDate)})` : item.meetingTitle;
}

const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });

/** Due date ascending, undated last; the input order breaks ties. */
function byDue(a: CommitmentReportItem, b: CommitmentReportItem): number {
  if (a.dueDate === b.dueDate) return 0;
  if (a.dueDate === null) return 1;
  if (b.dueDate === null) return -1;
  return a.dueDate < b.dueDate ? -1 : 1;
}

/**
 * The commitments in groups: institutions by name; meetings oldest first (commitments without a
 * meeting last); within a group by due date.
 */
export function groupCommitments<T extends CommitmentReportItem>(
  items: readonly T[],
  groupBy: CommitmentReportGrouping,
): CommitmentGroup<T>[] {
  const groups = new Map<string, CommitmentGroup<T> & { date: string | null }>();
  for (const item of items) {
    const key = groupBy === 'institution' ? item.institutionId : (item.meetingId ?? '');
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        label: groupBy === 'institution' ? item.institutionName : meetingLabel(item),
        date: groupBy === 'meeting' ? (item.meetingDate ?? null) : null,
        items: [],
        counts: emptyCounts(),
      };
      groups.set(key, group);
    }
    group.items.push(item);
    count(group.counts, item);
  }
  const sorted = [...groups.values()].sort((a, b) => {
    if (groupBy === 'meeting') {
      if (a.key === '' || b.key === '') return a.key === '' ? (b.key === '' ? 0 : 1) : -1;
      if (a.date !== b.date) return (a.date ?? '') < (b.date ?? '') ? -1 : 1;
    }
    return collator.compare(a.label, b.label) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  });
  return sorted.map(({ date: _date, ...group }) => ({ ...group, items: [...group.items].sort(byDue) }));
}

export function clip(text: string, max: number): string {
  const clean = text.trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}

/** Whole days from `from` to `to` (`YYYY-MM-DD`). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** `Berjalan` and, when overdue, `Terlambat` in bold with the days past the due date. */
function statusCell(item: CommitmentReportItem, asOf: string): Inline {
  const label = COMMITMENT_STATUS_LABELS_ID[item.status];
  if (!item.overdue) return label;
  const days = item.dueDate ? Math.max(1, daysBetween(item.dueDate, asOf)) : null;
  const runs: TextRun[] = [{ text: `${label}\n` }, { text: OVERDUE_LABEL, bold: true }];
  if (days !== null) runs.push({ text: `\n(${days} hari)` });
  return runs;
}

/** The latest progress report: its date and percentage in bold, then the note. */
export function progressCell(item: CommitmentReportItem): Inline {
  if (!item.lastUpdateOn) return NO_UPDATE_LABEL;
  const head = [formatDateId(item.lastUpdateOn), item.lastUpdatePercent !== null ? `${item.lastUpdatePercent}%` : null]
    .filter((part): part is string => part !== null)
    .join(' · ');
  const runs: TextRun[] = [{ text: head, bold: true }];
  if (item.lastUpdateNote) runs.push({ text: `\n${clip(item.lastUpdateNote, MAX_NOTE_CHARS)}` });
  return runs;
}

/** `5.000`: counts grouped with dots. */
const formatCount = (n: number): string => formatDecimalId(n, 0);

export function countCells(counts: CommitmentCounts): TableCell[] {
  return [
    { content: formatCount(counts.total) },
    { content: formatCount(counts.done) },
    { content: formatCount(counts.inProgress) },
    { content: formatCount(counts.notStarted) },
    { content: formatCount(counts.cancelled) },
    { content: counts.overdue > 0 ? { text: formatCount(counts.overdue), bold: true } : '0' },
    { content: formatPercentId(completionRate(counts)) },
  ];
}

function summaryTable(groups: readonly CommitmentGroup[], groupBy: CommitmentReportGrouping): TableBlock {
  const totals = emptyCounts();
  for (const group of groups) {
    for (const key of Object.keys(totals) as (keyof CommitmentCounts)[]) totals[key] += group.counts[key];
  }
  return {
    kind: 'table',
    size: TABLE_SIZE,
    verticalAlign: 'center',
    columns: [
      { width: 5, align: 'center' },
      { width: 58 },
      ...Array.from({ length: 7 }, () => ({ width: 10, align: 'center' as const })),
    ],
    header: [
      {
        cells: [
          { content: 'No' },
          { content: groupBy === 'institution' ? 'Instansi' : 'Rapat' },
          { content: 'Jumlah' },
          { content: COMMITMENT_STATUS_LABELS_ID.done },
          { content: COMMITMENT_STATUS_LABELS_ID.in_progress },
          { content: COMMITMENT_STATUS_LABELS_ID.not_started },
          { content: COMMITMENT_STATUS_LABELS_ID.cancelled },
          { content: OVERDUE_LABEL },
          { content: '% Selesai' },
        ],
      },
    ],
    rows: groups.map((group, index) => ({
      cells: [{ content: String(index + 1) }, { content: group.label }, ...countCells(group.counts)],
    })),
    totals: [
      {
        kind: 'total',
        cells: [{ content: 'JUMLAH', colSpan: 2, align: 'center' }, ...countCells(totals)],
      },
    ],
  };
}

/** "Kantor Camat Rumbia" under a commitment's meeting or institution, when offices are mixed; null otherwise. */
type OriginOf = (item: CommitmentReportItem) => string | null;

function originsOf(items: readonly CommitmentReportItem[], ownOffice: string | undefined): OriginOf {
  if (!items.some((item) => item.origin)) return () => null;
  return (item) => item.origin?.officeName ?? ownOffice ?? null;
}

function detailTable(
  groups: readonly CommitmentGroup[],
  groupBy: CommitmentReportGrouping,
  asOf: string,
  originOf: OriginOf,
): TableBlock {
  const columns = [
    { width: 4.5, align: 'center' as const },
    { width: 34.5 },
    { width: 22 },
    { width: 14 },
    { width: 11 },
    { width: 34 },
  ];
  const rows: TableRow[] = [];
  let number = 0;
  for (const group of groups) {
    const { total, overdue } = group.counts;
    const tally = `${formatCount(total)} komitmen${overdue > 0 ? `, ${formatCount(overdue)} terlambat` : ''}`;
    rows.push({ kind: 'group', cells: [{ content: `${group.label} (${tally})`, colSpan: columns.length }] });
    for (const item of group.items) {
      number++;
      const due = item.dueDate ? formatDateId(item.dueDate) : '–';
      rows.push({
        cells: [
          { content: String(number) },
          { content: clip(item.description, MAX_DESCRIPTION_CHARS) },
          {
            content: [groupBy === 'institution' ? meetingLabel(item) : item.institutionName, originOf(item)]
              .filter(Boolean)
              .join(' — dari '),
          },
          { content: item.overdue ? { text: due, bold: true } : due },
          { content: statusCell(item, asOf) },
          { content: progressCell(item) },
        ],
      });
    }
  }
  return {
    kind: 'table',
    size: TABLE_SIZE,
    columns,
    header: [
      {
        cells: [
          { content: 'No' },
          { content: 'Komitmen' },
          { content: groupBy === 'institution' ? 'Rapat asal' : 'Instansi' },
          { content: 'Target waktu' },
          { content: 'Status' },
          { content: 'Perkembangan terakhir' },
        ],
      },
    ],
    rows,
  };
}

const OPEN_STATUSES: readonly string[] = ['not_started', 'in_progress'];

/** The groups with their open commitments only (the summary form's list), counted again. */
function openGroups(groups: readonly CommitmentGroup[]): CommitmentGroup[] {
  return groups.flatMap((group) => {
    const items = group.items.filter((item) => OPEN_STATUSES.includes(item.status));
    if (!items.length) return [];
    const counts = emptyCounts();
    for (const item of items) count(counts, item);
    return [{ ...group, items, counts }];
  });
}

export function commitmentReport(
  items: readonly CommitmentReportItem[],
  settings: DocumentSettings,
  options: CommitmentReportOptions,
): DocumentModel {
  const { groupBy, asOf } = options;
  const groups = groupCommitments(items, groupBy);
  const per = groupBy === 'institution' ? 'INSTANSI' : 'RAPAT';
  const scope: FieldRow[] = options.scope.length
    ? [...options.scope]
    : [{ label: 'Cakupan', value: 'Seluruh komitmen' }];

  const heading = options.signerHeading ?? [
    options.signer?.position ? `${options.signer.position},` : 'Ketua Tim Percepatan Penurunan Stunting,',
  ];
  const signature = signatureOf(
    options.signer ?? { name: BLANK_NAME, position: null, rank: null, nip: null },
    heading,
    formatPlaceDateId(settings.placeName, asOf),
    settings.signerNameCase,
  );

  const body: Block[] = [
    { kind: 'heading', text: 'LAPORAN TINDAK LANJUT KOMITMEN', size: 13 },
    { kind: 'heading', text: `KEADAAN PER ${formatDateId(asOf).toUpperCase()}`, size: 11, spaceBefore: 1 },
    { kind: 'fields', rows: scope, size: 10, spaceAfter: 3 },
    { kind: 'heading', text: `A. RINGKASAN PER ${per}`, size: 10, align: 'left', spaceBefore: 1 },
  ];
  if (groups.length) {
    body.push(summaryTable(groups, groupBy));
    const summary = options.form === 'summary';
    const listed = summary ? openGroups(groups) : groups;
    const detailHeading = summary ? `B. KOMITMEN BELUM SELESAI PER ${per}` : `B. RINCIAN PER ${per}`;
    body.push({ kind: 'heading', text: detailHeading, size: 10, align: 'left', spaceBefore: 2 });
    if (listed.length) body.push(detailTable(listed, groupBy, asOf, originsOf(items, options.ownOffice)));
    else
      body.push({
        kind: 'paragraph',
        content: 'Semua komitmen dalam cakupan laporan ini sudah selesai atau dibatalkan.',
      });
    // The legend goes with the signature, so a signature carried to a new page never stands alone.
    body.push({
      kind: 'paragraph',
      content: {
        text:
          `Keterangan: ${OVERDUE_LABEL} = melewati target waktu dan belum selesai (belum mulai atau berjalan); ` +
          '% Selesai = selesai ÷ (jumlah − dibatalkan).',
        italic: true,
      },
      size: 8,
      keepWithNext: true,
    });
  } else {
    body.push({ kind: 'paragraph', content: 'Tidak ada komitmen dalam cakupan laporan ini.', keepWithNext: true });
  }
  body.push({ kind: 'signatures', signatures: [signature], spaceBefore: 4 });

  return {
    title: `Laporan Tindak Lanjut Komitmen ${formatDateId(asOf)}`,
    page: pageSetupOf(settings, 'landscape'),
    fontSize: 10,
    letterhead: letterheadOf(settings, options.logo, 'landscape'),
    watermark: null,
    pageNumbers: true,
    body,
  };
}
