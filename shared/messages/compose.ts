import type { TimeZone } from '../domain/areas';
import type { CommitmentStatus } from '../domain/commitments';
import { STATUS_LABELS_ID } from '../domain/indonesian-labels';
import { formatClockId, formatDateId, formatDayDateId, formatTimeRangeId } from '../format/dates';
import { fillPlaceholders } from '../text/placeholders';
import type { MessageTemplates } from './templates';
import { bold } from './whatsapp';

/**
 * The WhatsApp texts of issue 12, composed from plain facts the host reads: the invitation of a
 * meeting, its summary once the minutes are approved, and per institution a reminder of its open
 * commitments. Dates are written the Indonesian way (`Jumat, 17 Oktober 2025`), times with the
 * meeting's zone (`09.00 – 12.00 WITA`). Pure: the same facts and template give the same text.
 */

/** What both meeting messages say of the meeting. */
export interface MeetingFacts {
  title: string;
  date: string;
  startTime: string;
  /** The invitation: the planned end; the summary: the closing time when recorded, else the planned end. */
  endTime: string | null;
  zone: TimeZone;
  venue: string | null;
  /** Name with role: `H. Islam Iskandar, S.Sos. (Wakil Bupati Jeneponto selaku Ketua TPPS Kabupaten)`. */
  chair: string | null;
  office: string;
}

export interface InvitationFacts extends MeetingFacts {
  agenda: readonly { title: string; startTime: string | null; presenter: string | null }[];
  /** Who signs the letter: `Camat Kelara, Muh. Ridwan Daeng Tompo, S.STP., M.Si.`. */
  signer: string | null;
  number: string | null;
}

export interface SummaryFacts extends MeetingFacts {
  decisions: readonly string[];
  commitments: readonly { institution: string; description: string; dueDate: string | null }[];
  /** The local date of approval. */
  approvedOn: string | null;
}

export interface ReminderItem {
  description: string;
  meetingTitle: string | null;
  meetingDate: string | null;
  dueDate: string | null;
  /** Days past the due date, for an overdue commitment. */
  overdueDays: number | null;
  status: CommitmentStatus;
  last: { on: string; percent: number | null; note: string | null } | null;
}

export interface ReminderFacts {
  institution: string;
  /** The office's today, `YYYY-MM-DD`. */
  today: string;
  items: readonly ReminderItem[];
  office: string;
}

/** Longest progress note quoted in a reminder; the rest is in the app. */
const NOTE_LENGTH = 160;

/** Fills a template; a line whose placeholders all came out empty is left out. */
function fill(template: string, values: Record<string, string>): string {
  const lines = template.replace(/\r\n?/g, '\n').split('\n');
  const kept = lines.filter((line) => {
    const names = [...line.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1] as string);
    const known = names.filter((name) => Object.prototype.hasOwnProperty.call(values, name));
    return known.length === 0 || known.some((name) => values[name] !== '');
  });
  return fillPlaceholders(kept.join('\n'), values)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function numbered(lines: readonly string[]): string {
  return lines.map((line, i) => `${i + 1}. ${line}`).join('\n');
}

function clip(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1).trimEnd()}…` : flat;
}

export function invitationText(facts: InvitationFacts, templates: MessageTemplates): string {
  const agenda = facts.agenda.map((item) => {
    const time = item.startTime ? `${formatClockId(item.startTime)} ` : '';
    return `${time}${item.title}${item.presenter ? ` (${item.presenter})` : ''}`;
  });
  return fill(templates.invitation, {
    rapat: facts.title,
    hari_tanggal: formatDayDateId(facts.date),
    waktu: formatTimeRangeId(facts.startTime, facts.endTime, facts.zone),
    tempat: facts.venue ?? '',
    agenda: numbered(agenda),
    pimpinan: facts.chair ?? '',
    penandatangan: facts.signer ?? '',
    nomor: facts.number ?? '',
    kantor: facts.office,
  });
}

export function summaryText(facts: SummaryFacts, templates: MessageTemplates): string {
  const commitments = facts.commitments.map(
    (c) => `${bold(c.institution)}: ${c.description}${c.dueDate ? ` (target waktu ${formatDateId(c.dueDate)})` : ''}`,
  );
  return fill(templates.summary, {
    rapat: facts.title,
    hari_tanggal: formatDayDateId(facts.date),
    waktu: formatTimeRangeId(facts.startTime, facts.endTime, facts.zone),
    tempat: facts.venue ?? '',
    pimpinan: facts.chair ?? '',
    keputusan: numbered(facts.decisions),
    komitmen: numbered(commitments),
    disahkan: facts.approvedOn ? formatDayDateId(facts.approvedOn) : '',
    kantor: facts.office,
  });
}

function reminderItem(item: ReminderItem, index: number): string {
  const lines = [`${index + 1}. ${bold(item.description)}`];
  if (item.meetingTitle)
    lines.push(`   Rapat: ${item.meetingTitle}${item.meetingDate ? ` (${formatDayDateId(item.meetingDate)})` : ''}`);
  if (item.dueDate) {
    const late = item.overdueDays !== null ? ` — ${bold(`TERLAMBAT ${item.overdueDays} hari`)}` : '';
    lines.push(`   Target waktu: ${formatDateId(item.dueDate)}${late}`);
  }
  const status = STATUS_LABELS_ID[item.status];
  if (item.last) {
    const percent = item.last.percent !== null ? ` ${item.last.percent}%` : '';
    const note = item.last.note ? `: ${clip(item.last.note, NOTE_LENGTH)}` : '';
    lines.push(`   Laporan terakhir: ${formatDateId(item.last.on)}, ${status}${percent}${note}`);
  } else lines.push(`   Status: ${status}, belum ada laporan`);
  return lines.join('\n');
}

export function reminderText(facts: ReminderFacts, templates: MessageTemplates): string {
  const overdue = facts.items.filter((item) => item.overdueDays !== null).length;
  return fill(templates.reminder, {
    instansi: facts.institution,
    jumlah: String(facts.items.length),
    terlambat: overdue === 0 ? 'belum ada yang terlambat' : `${overdue} di antaranya terlambat`,
    daftar: facts.items.map(reminderItem).join('\n\n'),
    tanggal: formatDayDateId(facts.today),
    kantor: facts.office,
  });
}
