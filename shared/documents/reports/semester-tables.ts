import { COMMITMENT_STATUS_LABELS_ID } from '../../domain/commitments';
import { formatDateId } from '../../format/dates';
import { INTERVENTION_KINDS, type InterventionKind } from '../../domain/plans';
import { INTERVENTION_KIND_GROUPS_ID } from '../../plans/labels';
import { formatDecimalId, formatRupiah } from '../../plans/numbers';
import { sumExact } from '../../plans/totals';
import { CELL_PADDING } from '../layout';
import { textWidthMm } from '../metrics';
import type { Align, TableBlock, TableCell, TableColumn, TableRow, TextRun } from '../model';
import {
  clip,
  countCells,
  daysBetween,
  emptyCounts,
  formatPercentId,
  MAX_DESCRIPTION_CHARS,
  meetingLabel,
  OVERDUE_LABEL,
  progressCell,
  type CommitmentCounts,
} from './commitment-report';
import {
  addRealisation,
  emptyRealisation,
  realisationPerIntervention,
  type InterventionRealisation,
  type RateGroup,
  type RealisationRow,
  type SemesterCommitment,
  type SemesterMeeting,
} from './semester-data';

/** The tables of the laporan semester: portrait, 8 pt, numeric columns as wide as their header words. */

export const TABLE_SIZE = 8;

/** `Rakor TPPS`: the app's names of meeting kinds. */
const MEETING_KIND_LABELS_ID = {
  rakor_tpps: 'Rakor TPPS',
  rembuk_stunting: 'Rembuk Stunting',
  rapat_teknis: 'Rapat teknis',
  monev: 'Monitoring dan evaluasi',
  lainnya: 'Lainnya',
} as const;

/**
 * A column wide enough for the longest word of its header (bold) and of `samples` (the widest
 * values it will hold), so no word is broken inside a cell; in mm, which the table shares out
 * in proportion.
 */
function fitted(header: string, samples: readonly string[] = [], align: Align = 'center'): TableColumn {
  const words = [...header.split(/\s+/).map((word) => textWidthMm(word, TABLE_SIZE, true))];
  for (const sample of samples) words.push(textWidthMm(sample, TABLE_SIZE));
  return { width: Math.max(...words) + 2 * CELL_PADDING.horizontal + 0.8, align };
}

/** The remaining width of a `textWidth` mm table, for its one flexible column. */
function rest(columns: readonly TableColumn[], textWidth: number): TableColumn {
  return { width: Math.max(24, textWidth - columns.reduce((sum, c) => sum + c.width, 0)) };
}

function header(labels: readonly string[]): TableRow[] {
  return [{ cells: labels.map((content) => ({ content, align: 'center' as const })) }];
}

const RATE_HEADERS = [
  'Jumlah',
  COMMITMENT_STATUS_LABELS_ID.done,
  COMMITMENT_STATUS_LABELS_ID.in_progress,
  COMMITMENT_STATUS_LABELS_ID.not_started,
  COMMITMENT_STATUS_LABELS_ID.cancelled,
  OVERDUE_LABEL,
  '% Selesai',
] as const;

/**
 * Counts per group, as the commitment report's summary prints them, with a JUMLAH row unless a
 * commitment can count in several groups (kecamatan).
 */
export function rateTable(heading: string, groups: readonly RateGroup[], textWidth: number, sum = true): TableBlock {
  const totals = emptyCounts();
  for (const group of groups) {
    for (const key of Object.keys(totals) as (keyof CommitmentCounts)[]) totals[key] += group.counts[key];
  }
  const numbers = RATE_HEADERS.map((label) => fitted(label, ['99.999']));
  const no = fitted('No', ['999']);
  return {
    kind: 'table',
    size: TABLE_SIZE,
    verticalAlign: 'center',
    columns: [no, rest([no, ...numbers], textWidth), ...numbers],
    header: header(['No', heading, ...RATE_HEADERS]),
    rows: groups.map((group, index) => ({
      cells: [{ content: String(index + 1) }, { content: group.label }, ...countCells(group.counts)],
    })),
    ...(sum
      ? {
          totals: [
            { kind: 'total', cells: [{ content: 'JUMLAH', colSpan: 2, align: 'center' }, ...countCells(totals)] },
          ],
        }
      : {}),
    spaceAfter: 3,
  };
}

export function meetingsTable(meetings: readonly SemesterMeeting[], textWidth: number): TableBlock {
  const no = fitted('No', ['999']);
  const date = fitted('Tanggal', ['30 September 2025'], 'left');
  const areas = { width: 38 };
  const commitments = fitted('Komitmen', ['9.999']);
  return {
    kind: 'table',
    size: TABLE_SIZE,
    columns: [no, date, rest([no, date, areas, commitments], textWidth), areas, commitments],
    header: header(['No', 'Tanggal', 'Rapat', 'Wilayah', 'Komitmen']),
    rows: meetings.map((meeting, index) => ({
      cells: [
        { content: String(index + 1) },
        { content: formatDateId(meeting.date) },
        {
          content: [{ text: meeting.title }, { text: `\n${MEETING_KIND_LABELS_ID[meeting.kind]}`, italic: true }],
        },
        { content: meeting.areaNames.join(', ') || '-' },
        { content: formatDecimalId(meeting.commitments, 0) },
      ],
    })),
    spaceAfter: 3,
  };
}

/** `3 dari 5`, or `–` without linked commitments. */
function linkedCell(row: InterventionRealisation): string {
  return row.linked ? `${formatDecimalId(row.linkedDone, 0)} dari ${formatDecimalId(row.linked, 0)}` : '–';
}

function realisationCells(row: InterventionRealisation): TableCell[] {
  const percent = row.amount > 0 ? formatDecimalId((row.realisation / row.amount) * 100, 1) : '–';
  return [
    { content: formatDecimalId(row.activities, 0) },
    { content: formatDecimalId(row.scheduled, 0) },
    { content: formatDecimalId(row.done, 0) },
    { content: formatRupiah(row.amount) },
    { content: formatRupiah(row.realisation) },
    { content: percent },
    { content: linkedCell(row) },
  ];
}

const GROUP_LETTERS = ['A', 'B', 'C'] as const;
const REALISATION_HEADERS = [
  'Kegiatan',
  'Terjadwal dalam periode',
  'Selesai',
  'Anggaran (Rp)',
  'Realisasi (Rp)',
  '% Realisasi',
  'Komitmen terkait selesai',
] as const;

/** Per intervention, grouped spesifik / sensitif / lainnya with a subtotal each, then the plan's total. */
export function realisationTable(rows: readonly RealisationRow[], textWidth: number): TableBlock {
  const groups = realisationPerIntervention(rows);
  // The plan's total is the widest amount any cell of the money columns holds.
  const widest = formatRupiah(Math.max(999_999_999, sumExact(rows.map((row) => row.amount))));
  const no = fitted('No', ['99']);
  const numbers = [
    fitted(REALISATION_HEADERS[0], ['9.999']),
    fitted(REALISATION_HEADERS[1], ['9.999']),
    fitted(REALISATION_HEADERS[2], ['9.999']),
    fitted(REALISATION_HEADERS[3], [widest], 'right'),
    fitted(REALISATION_HEADERS[4], [widest], 'right'),
    fitted(REALISATION_HEADERS[5], ['100,0']),
    fitted(REALISATION_HEADERS[6], ['999 dari 999']),
  ];
  const body: TableRow[] = [];
  const total = emptyRealisation('lainnya', null, null);
  const kinds: InterventionKind[] = INTERVENTION_KINDS.filter((kind) => groups.some((g) => g.kind === kind));
  kinds.forEach((kind, index) => {
    const letter = GROUP_LETTERS[index] as string;
    const subtotal = emptyRealisation(kind, null, null);
    body.push({
      kind: 'group',
      cells: [{ content: `${letter}. ${INTERVENTION_KIND_GROUPS_ID[kind]}`, colSpan: 9, align: 'left' }],
    });
    groups
      .filter((group) => group.kind === kind)
      .forEach((group, number) => {
        addRealisation(subtotal, group);
        const name = group.name
          ? [{ text: group.code ? `${group.code} ` : '', bold: true }, { text: group.name }]
          : [{ text: 'Kegiatan tanpa intervensi katalog', italic: true }];
        body.push({
          cells: [{ content: String(number + 1) }, { content: name as TextRun[] }, ...realisationCells(group)],
        });
      });
    addRealisation(total, subtotal);
    body.push({
      kind: 'total',
      cells: [{ content: `Jumlah ${letter}`, colSpan: 2, align: 'right' }, ...realisationCells(subtotal)],
    });
  });
  return {
    kind: 'table',
    size: TABLE_SIZE,
    verticalAlign: 'center',
    columns: [no, rest([no, ...numbers], textWidth), ...numbers],
    header: header(['No', 'Intervensi', ...REALISATION_HEADERS]),
    rows: body,
    totals: [{ kind: 'total', cells: [{ content: 'JUMLAH', colSpan: 2, align: 'right' }, ...realisationCells(total)] }],
    spaceAfter: 3,
  };
}

/** `31 Desember 2025` in bold and `(15 hari)`: how far past its due date a commitment is. */
function dueCell(item: SemesterCommitment, asOf: string): TextRun[] {
  if (!item.dueDate) return [{ text: '–' }];
  const days = Math.max(1, daysBetween(item.dueDate, asOf));
  return [{ text: formatDateId(item.dueDate), bold: true }, { text: `\n(${formatDecimalId(days, 0)} hari)` }];
}

/** The overdue commitments per institution (by name), each with its meeting, due date and latest progress. */
export function overdueTable(
  groups: readonly { label: string; items: readonly SemesterCommitment[] }[],
  asOf: string,
  textWidth: number,
): TableBlock {
  const no = fitted('No', ['999']);
  const due = fitted('Target waktu', ['30 September', '(999 hari)'], 'left');
  const meeting = { width: 32 };
  const progress = { width: 44 };
  const rows: TableRow[] = [];
  let number = 0;
  for (const group of groups) {
    rows.push({
      kind: 'group',
      cells: [
        { content: `${group.label} (${formatDecimalId(group.items.length, 0)} terlambat)`, colSpan: 5, align: 'left' },
      ],
    });
    for (const item of group.items) {
      number++;
      rows.push({
        cells: [
          { content: String(number) },
          { content: clip(item.description, MAX_DESCRIPTION_CHARS) },
          { content: meetingLabel(item) },
          { content: dueCell(item, asOf) },
          { content: progressCell(item) },
        ],
      });
    }
  }
  return {
    kind: 'table',
    size: TABLE_SIZE,
    columns: [no, rest([no, meeting, due, progress], textWidth), meeting, due, progress],
    header: header(['No', 'Komitmen', 'Rapat asal', 'Target waktu', 'Perkembangan terakhir']),
    rows,
    spaceAfter: 3,
  };
}

/** `62,5%` of the summary, or `–`. */
export function percentOf(counts: CommitmentCounts): string {
  const counted = counts.total - counts.cancelled;
  return counted > 0 ? `${formatPercentId(counts.done / counted)}%` : '–';
}
