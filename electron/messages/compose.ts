import { AppError } from '../../shared/api/result';
import type { TimeZone } from '../../shared/domain/areas';
import type { ComposedMessage } from '../../shared/domain/messages';
import type { MeetingWorkspace } from '../../shared/domain/meetings';
import { isOverdue, localDateIn } from '../../shared/domain/overdue';
import { invitationText, reminderText, summaryText, type ReminderItem } from '../../shared/messages/compose';
import type { MessageTemplates } from '../../shared/messages/templates';
import type { Db } from '../db/connection';
import type { Repositories } from '../db/repositories';
import { letterDefaultsOf } from '../documents/setup-store';
import { openCommitmentRows, type OpenCommitmentRow } from '../progress-forms/form-data';
import { recipientsOf } from './recipients';

/**
 * The facts of each WhatsApp text, read from the meeting workspace (names as recorded at
 * approval for approved minutes) or from the open commitments, and composed by shared/messages.
 */

function chairOf(workspace: MeetingWorkspace): string | null {
  const { chairName, chairRole } = workspace.meeting;
  return chairName ? `${chairName}${chairRole ? ` (${chairRole})` : ''}` : null;
}

/** `Camat Kelara, <name>`: the letter signer's heading (or position) and name. */
function signerOf(repos: Repositories): string | null {
  const letters = letterDefaultsOf(repos);
  const person = letters.signerPersonId ? repos.people.get(letters.signerPersonId) : null;
  if (!person) return null;
  const heading = letters.signerHeading?.replace(/,\s*$/, '') ?? person.position;
  return heading ? `${heading}, ${person.name}` : person.name;
}

function participantRecipients(repos: Repositories, workspace: MeetingWorkspace) {
  const refs: { kind: 'person' | 'institution'; id: string }[] = [];
  for (const p of workspace.participants) {
    if (p.personId) refs.push({ kind: 'person', id: p.personId });
    else if (p.institutionId) refs.push({ kind: 'institution', id: p.institutionId });
  }
  return recipientsOf(repos, refs);
}

export function meetingMessage(
  repos: Repositories,
  workspace: MeetingWorkspace,
  kind: 'invitation' | 'summary',
  templates: MessageTemplates,
  office: string,
): ComposedMessage {
  const { meeting } = workspace;
  const base = { kind, subject: meeting.title, institutionId: null, open: 0, overdue: 0 };
  if (kind === 'invitation') {
    const text = invitationText(
      {
        title: meeting.title,
        date: meeting.date,
        startTime: meeting.startTime,
        endTime: meeting.endTime,
        zone: meeting.timeZone,
        venue: meeting.venue,
        agenda: workspace.agenda.map((item, i) => ({
          title: item.title,
          startTime: workspace.schedule.items[i]?.start ?? item.startTime,
          presenter: item.presenterName ?? item.presenterInstitutionName,
        })),
        chair: chairOf(workspace),
        signer: signerOf(repos),
        number: meeting.invitationNumber,
        office,
      },
      templates,
    );
    return { ...base, text, recipients: participantRecipients(repos, workspace) };
  }
  if (meeting.status !== 'approved' || !meeting.approvedAt)
    throw new AppError('CONFLICT', 'messages.summaryNeedsApproval');
  const text = summaryText(
    {
      title: meeting.title,
      date: meeting.date,
      startTime: meeting.startTime,
      endTime: meeting.closingTime ?? meeting.endTime,
      zone: meeting.timeZone,
      venue: meeting.venue,
      chair: chairOf(workspace),
      decisions: workspace.decisions.map((d) => d.body),
      commitments: workspace.commitments.map((c) => ({
        institution: c.institutionName,
        description: c.description,
        dueDate: c.dueDate,
      })),
      approvedOn: localDateIn(meeting.timeZone, new Date(meeting.approvedAt)),
      office,
    },
    templates,
  );
  return { ...base, text, recipients: participantRecipients(repos, workspace) };
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function reminderItem(row: OpenCommitmentRow, zone: TimeZone, now: Date): ReminderItem {
  const overdue = isOverdue({ status: row.status, dueDate: row.due_date }, zone, now);
  return {
    description: row.description,
    meetingTitle: row.meeting_title,
    meetingDate: row.meeting_date,
    dueDate: row.due_date,
    overdueDays: overdue && row.due_date ? daysBetween(row.due_date, localDateIn(zone, now)) : null,
    status: row.status,
    last: row.last_on ? { on: row.last_on, percent: row.last_percent, note: row.last_note } : null,
  };
}

/** One reminder per institution with open commitments (or of the one asked), by institution name. */
export function reminderMessages(
  db: Db,
  repos: Repositories,
  context: { templates: MessageTemplates; office: string; officeZone: TimeZone; now: Date },
  institutionId?: string,
): ComposedMessage[] {
  const groups = new Map<string, OpenCommitmentRow[]>();
  for (const row of openCommitmentRows(db, institutionId)) {
    const list = groups.get(row.institution_id) ?? [];
    list.push(row);
    groups.set(row.institution_id, list);
  }
  const today = localDateIn(context.officeZone, context.now);
  return [...groups.entries()].map(([id, rows]) => {
    const items = rows.map((row) => reminderItem(row, row.zone ?? context.officeZone, context.now));
    const name = (rows[0] as OpenCommitmentRow).institution_name;
    const contacts = rows.flatMap((row) => (row.contact_person_id ? [row.contact_person_id] : []));
    return {
      kind: 'reminder',
      subject: name,
      text: reminderText({ institution: name, today, items, office: context.office }, context.templates),
      recipients: recipientsOf(repos, [
        ...contacts.map((contact) => ({ kind: 'person' as const, id: contact })),
        { kind: 'institution' as const, id },
      ]),
      institutionId: id,
      open: items.length,
      overdue: items.filter((item) => item.overdueDays !== null).length,
    };
  });
}
