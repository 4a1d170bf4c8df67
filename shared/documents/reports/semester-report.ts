import { COMMITMENT_STATUS_LABELS_ID } from '../../domain/commitments';
import type { DocumentSettings } from '../../domain/document-settings';
import { periodDates, periodPhrase, periodTitle } from '../../domain/report-period';
import { formatDateId, formatPlaceDateId } from '../../format/dates';
import { PLAN_STATUS_LABELS_ID } from '../../plans/labels';
import { formatDecimalId } from '../../plans/numbers';
import { chartLabelWidth, percentLabel, rateChart, type RateBar } from '../charts';
import { textWidthMm } from '../geometry';
import { letterheadOf } from '../letterhead';
import type { Block, DocumentModel, FieldRow } from '../model';
import { signatureOf, type Signatory } from '../signature';
import { BLANK_NAME } from './action-plan';
import { pageSetupOf } from './common';
import { completionRate, groupCommitments, OVERDUE_LABEL, type CommitmentCounts } from './commitment-report';
import {
  mostBehind,
  perArea,
  perInstitution,
  perSector,
  totalCounts,
  type RateGroup,
  type SemesterReportData,
} from './semester-data';
import { meetingsTable, overdueTable, percentOf, rateTable, realisationTable } from './semester-tables';

/**
 * Laporan semester of the TPPS chair to the Bupati (Perpres 72/2021, Pasal 25): kop; title with
 * the period; A. the period in figures; B. the meetings held; C. completion of their commitments
 * per sector, kecamatan and institution, each a bar chart as on the dashboard and a table;
 * D. the realisation of the action plans of the period's years per intervention; E. closing and
 * the chair's signature; then, on a page of its own, the overdue commitments. Portrait.
 */

interface SemesterReportOptions {
  /** Who signs; without one the block is left to fill in by hand. */
  signer: Signatory | null;
  /** Lines above the signature; by default the signer's position. */
  signerHeading?: readonly string[];
  logo: Uint8Array | null;
}

/** Institutions in the chart: the dashboard's ten most behind. */
const CHART_INSTITUTIONS = 10;

const SECTION_SIZE = 11;

/** A section title, kept with what follows it (a closing line and the signature, a chart, a table's start). */
function section(text: string): Block {
  return {
    kind: 'paragraph',
    content: { text, bold: true },
    size: SECTION_SIZE,
    spaceBefore: 4,
    spaceAfter: 1,
    keepWithNext: true,
  };
}

/** A sub-heading kept with what follows it (a chart is never left without its title). */
function caption(text: string): Block {
  return { kind: 'paragraph', content: { text, bold: true }, spaceBefore: 2, spaceAfter: 1, keepWithNext: true };
}

function bars(groups: readonly RateGroup[]): RateBar[] {
  return groups.map((group) => ({
    label: group.label,
    rate: completionRate(group.counts),
    caption: `(${formatDecimalId(group.counts.done, 0)}/${formatDecimalId(group.counts.total - group.counts.cancelled, 0)})`,
  }));
}

interface RateSection {
  title: string;
  heading: string;
  chart: readonly RateGroup[];
  table: readonly RateGroup[];
  /** Under the chart: what it leaves out, how groups overlap. */
  note?: string;
  /** A JUMLAH row (not where a commitment counts in several groups). */
  sum?: boolean;
}

/** A chart and its table, or a line saying there is nothing to chart. */
function rateSection(section: RateSection, width: number, labelWidth: number): Block[] {
  if (!section.table.length) return [caption(section.title), { kind: 'paragraph', content: 'Tidak ada komitmen.' }];
  const chart = rateChart(
    bars(section.chart),
    width,
    `${section.title}: ${section.chart.map((g) => `${g.label} ${percentLabel(completionRate(g.counts))}`).join(', ')}`,
    labelWidth,
  );
  return [
    caption(section.title),
    { ...chart, keepWithNext: true },
    ...(section.note
      ? [{ kind: 'paragraph', content: { text: section.note, italic: true }, size: 8, keepWithNext: true } as const]
      : []),
    rateTable(section.heading, section.table, width, section.sum ?? true),
  ];
}

function summaryFields(data: SemesterReportData, counts: CommitmentCounts): FieldRow[] {
  const n = (value: number) => formatDecimalId(value, 0);
  return [
    { label: 'Rapat terlaksana', value: `${n(data.meetings.length)} rapat` },
    { label: 'Komitmen disepakati', value: `${n(counts.total)} komitmen` },
    {
      label: COMMITMENT_STATUS_LABELS_ID.done,
      value:
        counts.total > counts.cancelled
          ? `${n(counts.done)} (${percentOf(counts)} dari komitmen yang tidak dibatalkan)`
          : n(counts.done),
    },
    { label: COMMITMENT_STATUS_LABELS_ID.in_progress, value: n(counts.inProgress) },
    { label: COMMITMENT_STATUS_LABELS_ID.not_started, value: n(counts.notStarted) },
    { label: COMMITMENT_STATUS_LABELS_ID.cancelled, value: n(counts.cancelled) },
    { label: OVERDUE_LABEL, value: { text: n(counts.overdue), bold: counts.overdue > 0 } },
  ];
}

function realisationSection(data: SemesterReportData, width: number): Block[] {
  const years = [...new Set(data.plans.map((plan) => plan.year))];
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      content:
        'Realisasi menurut catatan pelaksanaan setiap kegiatan pada rencana aksi (status kegiatan dan nilai ' +
        `realisasi anggaran yang dicatat) keadaan per ${formatDateId(data.asOf)}. Kegiatan yang dibatalkan tidak ` +
        'dihitung. Terjadwal dalam periode: kegiatan yang jadwalnya memuat bulan dalam periode laporan. Komitmen ' +
        'terkait: komitmen rapat yang dihubungkan dengan kegiatan rencana aksi.',
      align: 'justify',
      size: 9,
      spaceAfter: 2,
    },
  ];
  if (!data.plans.length) {
    blocks.push({ kind: 'paragraph', content: 'Belum ada rencana aksi untuk tahun periode laporan ini.' });
    return blocks;
  }
  for (const plan of data.plans) {
    const status = PLAN_STATUS_LABELS_ID[plan.status].toLowerCase();
    blocks.push(caption(`${years.length > 1 ? `Tahun ${plan.year}: ` : ''}${plan.title} (${status})`));
    blocks.push(
      plan.rows.some((row) => row.status !== 'cancelled')
        ? realisationTable(plan.rows, width)
        : { kind: 'paragraph', content: 'Rencana aksi ini belum memuat kegiatan.' },
    );
  }
  return blocks;
}

export function semesterReport(
  data: SemesterReportData,
  settings: DocumentSettings,
  options: SemesterReportOptions,
): DocumentModel {
  const page = pageSetupOf(settings);
  const width = textWidthMm(page);
  const { from, to } = periodDates(data.period);
  const counts = totalCounts(data.commitments);
  const institutions = perInstitution(data.commitments);
  const overdue = groupCommitments(
    data.commitments.filter((c) => c.overdue),
    'institution',
  );
  const heading = options.signerHeading ?? [
    options.signer?.position ? `${options.signer.position},` : 'Ketua Tim Percepatan Penurunan Stunting,',
  ];
  const signature = signatureOf(
    options.signer ?? { name: BLANK_NAME, position: null, rank: null, nip: null },
    heading,
    formatPlaceDateId(settings.placeName, data.asOf),
    settings.signerNameCase,
  );
  const sectors = perSector(data.commitments);
  const areas = perArea(data.commitments);
  const rateSections: RateSection[] = [
    { title: '1. Per sektor', heading: 'Sektor', chart: sectors, table: sectors },
    {
      title: '2. Per kecamatan',
      heading: 'Kecamatan',
      chart: areas,
      table: areas,
      sum: false,
      note: 'Komitmen rapat yang meliputi beberapa kecamatan dihitung pada setiap kecamatan tersebut.',
    },
    {
      title: '3. Per instansi',
      heading: 'Instansi',
      chart: mostBehind(institutions, CHART_INSTITUTIONS),
      table: institutions,
      ...(institutions.length > CHART_INSTITUTIONS
        ? {
            note:
              `Grafik: ${CHART_INSTITUTIONS} instansi dengan komitmen terlambat terbanyak; tabel: seluruh ` +
              `${formatDecimalId(institutions.length, 0)} instansi.`,
          }
        : {}),
    },
  ];
  // The three charts share one label column, so their bars start at the same place.
  const labelWidth = chartLabelWidth(
    rateSections.flatMap((rates) => bars(rates.chart)),
    width,
  );

  const body: Block[] = [
    { kind: 'heading', text: 'LAPORAN PELAKSANAAN PERCEPATAN PENURUNAN STUNTING', size: 13 },
    { kind: 'heading', text: data.team, size: 11, spaceBefore: 1 },
    { kind: 'heading', text: periodTitle(data.period), size: 11, spaceBefore: 1 },
    {
      kind: 'fields',
      size: 10,
      spaceAfter: 2,
      rows: [
        { label: 'Periode', value: `${formatDateId(from)} s.d. ${formatDateId(to)}` },
        { label: 'Keadaan per', value: formatDateId(data.asOf) },
        {
          label: 'Dasar',
          value: 'Peraturan Presiden Nomor 72 Tahun 2021 tentang Percepatan Penurunan Stunting, Pasal 25',
        },
      ],
    },
    section('A. RINGKASAN'),
    { kind: 'fields', rows: summaryFields(data, counts), size: 10, spaceAfter: 2 },
    {
      kind: 'paragraph',
      content: {
        text:
          `${OVERDUE_LABEL}: melewati target waktu dan belum selesai. Persentase selesai = selesai ÷ (jumlah − ` +
          'dibatalkan), seperti pada dasbor Sirakor. Komitmen dihitung menurut tanggal rapat tempat komitmen disepakati.',
        italic: true,
      },
      size: 8,
    },
    section('B. RAPAT KOORDINASI'),
    data.meetings.length
      ? meetingsTable(data.meetings, width)
      : { kind: 'paragraph', content: 'Tidak ada rapat yang terlaksana dalam periode ini.' },
    section('C. CAPAIAN KOMITMEN'),
    ...rateSections.flatMap((rates) => rateSection(rates, width, labelWidth)),
    section('D. REALISASI RENCANA AKSI'),
    ...realisationSection(data, width),
    section('E. PENUTUP'),
    {
      kind: 'paragraph',
      content:
        `Demikian laporan ini disampaikan kepada ${data.addressee} sebagai laporan pelaksanaan percepatan ` +
        `penurunan stunting ${periodPhrase(data.period)}.`,
      align: 'justify',
      keepWithNext: true,
    },
    { kind: 'signatures', signatures: [signature], spaceBefore: 4 },
    { kind: 'pageBreak' },
    { kind: 'heading', text: 'LAMPIRAN: DAFTAR KOMITMEN TERLAMBAT', size: 12 },
    { kind: 'heading', text: `KEADAAN PER ${formatDateId(data.asOf).toUpperCase()}`, size: 10, spaceBefore: 1 },
    overdue.length
      ? overdueTable(overdue, data.asOf, width)
      : { kind: 'paragraph', content: 'Tidak ada komitmen yang terlambat.', align: 'center', spaceBefore: 4 },
  ];

  return {
    title: `Laporan Semester ${periodTitle(data.period)}`,
    page,
    fontSize: 11,
    letterhead: letterheadOf(settings, options.logo),
    watermark: null,
    pageNumbers: true,
    body,
  };
}
