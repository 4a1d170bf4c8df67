import type { DocumentSettings } from '../../domain/document-settings';
import type { MeetingWorkspace } from '../../domain/meetings';
import { isPresent, participantName, type Participant } from '../../domain/participants';
import { formatDayDateId, formatTimeRangeId } from '../../format/dates';
import type { DocumentModel, TableCell, TableColumn, TableRow } from '../model';
import { addresseeOf, byPosition, pageSetupOf, positionAndInstitution } from './common';

interface DaftarHadirOptions {
  /** True: the sheet as recorded (who came, stand-ins named); false: invitees, to sign on the day. */
  filled: boolean;
  /**
   * Numbered empty rows after the names, for walk-ins. The host asks for more, so that they fill
   * the last page (electron/documents/measured.ts).
   */
  blankRows: number;
  /** Adds the No. HP column. Numbers are personal data: printed only with this option. */
  showPhone: boolean;
  /** Phone numbers by person id (from the directory), printed when `showPhone` is set. */
  phones?: Readonly<Record<string, string>>;
}

/** Rows are tall enough to sign (DOCUMENTS.md: about 1 cm). */
export const DAFTAR_HADIR_ROW_MM = 10;

interface Line {
  name: string;
  role: string;
  phone: string;
}

function lineOf(p: Participant, options: DaftarHadirOptions): Line {
  const phone = (options.showPhone && p.personId && options.phones?.[p.personId]) || '';
  if (options.filled && p.attendance === 'represented') {
    // The stand-in signs, on behalf of the invitee.
    const standIn = [p.standInPosition, `mewakili ${addresseeOf(p)}`].filter(Boolean).join(', ');
    return { name: p.standInName ?? '', role: standIn, phone: '' };
  }
  return { name: p.personName ?? p.freeName ?? '', role: positionAndInstitution(p), phone };
}

function linesOf(workspace: MeetingWorkspace, options: DaftarHadirOptions): Line[] {
  const participants = byPosition(workspace.participants);
  const chosen = options.filled
    ? participants.filter((p) => isPresent(p.attendance))
    : participants.filter((p) => p.invited && participantName(p) !== '');
  return chosen.map((p) => lineOf(p, options));
}

/** Odd rows sign on the left half of the cell, even rows on the right (DOMAIN.md "Daftar hadir"). */
function signatureCell(number: number): TableCell {
  return { content: '', signature: { number, side: number % 2 === 1 ? 'left' : 'right' } };
}

/** Daftar hadir of a meeting: pre-filled with the invitees, or filled from recorded attendance. */
export function daftarHadir(
  workspace: MeetingWorkspace,
  settings: DocumentSettings,
  options: DaftarHadirOptions,
): DocumentModel {
  const { meeting } = workspace;
  const lines = [...linesOf(workspace, options)];
  for (let i = 0; i < options.blankRows; i++) lines.push({ name: '', role: '', phone: '' });

  const columns: TableColumn[] = [
    { width: 6, align: 'center' },
    { width: 28 },
    { width: 30 },
    ...(options.showPhone ? [{ width: 15 }] : []),
    { width: 24 },
  ];
  const headerCells: TableCell[] = [
    { content: 'No', align: 'center' },
    { content: 'Nama', align: 'center' },
    { content: 'Jabatan/Instansi', align: 'center' },
    ...(options.showPhone ? [{ content: 'No. HP', align: 'center' } as const] : []),
    { content: 'Tanda Tangan', align: 'center' },
  ];
  const rows: TableRow[] = lines.map((line, index) => ({
    cells: [
      { content: String(index + 1) },
      { content: line.name },
      { content: line.role },
      ...(options.showPhone ? [{ content: line.phone }] : []),
      signatureCell(index + 1),
    ],
  }));

  return {
    title: `Daftar Hadir ${meeting.title}`,
    page: pageSetupOf(settings),
    fontSize: 11,
    letterhead: null,
    watermark: null,
    pageNumbers: true,
    body: [
      { kind: 'heading', text: 'DAFTAR HADIR', size: 14 },
      { kind: 'heading', text: meeting.title.toUpperCase(), size: 12, spaceBefore: 1 },
      {
        kind: 'fields',
        rows: [
          { label: 'Hari/Tanggal', value: formatDayDateId(meeting.date) },
          { label: 'Waktu', value: formatTimeRangeId(meeting.startTime, meeting.endTime, meeting.timeZone) },
          { label: 'Tempat', value: meeting.venue ?? '-' },
        ],
        spaceAfter: 3,
      },
      {
        kind: 'table',
        columns,
        header: [{ cells: headerCells }],
        rows,
        size: 10,
        minRowHeight: DAFTAR_HADIR_ROW_MM,
        verticalAlign: 'center',
      },
    ],
  };
}
