import { scheduleAgenda } from '../../shared/domain/agenda';
import type { MeetingWorkspace } from '../../shared/domain/meetings';
import { institutionIdsOf, personIdsOf, withRecordedNames } from '../../shared/domain/recorded-names';
import { countAttendance } from '../../shared/domain/participants';
import type { DataContext } from '../db/clock';
import { repositoriesOf } from '../db/repositories';
import { notFound } from '../api/errors';
import { originOf } from '../db/ownership';

/**
 * Everything known about one meeting, read in one transaction so the parts agree with each
 * other: what the workspace shows and what its documents are made from. An approved meeting
 * shows the names recorded at its approval.
 */
export function readWorkspace(ctx: DataContext, id: string): MeetingWorkspace {
  const repos = repositoriesOf(ctx);
  return ctx.db.transaction((): MeetingWorkspace => {
    const meeting = repos.meetings.get(id);
    if (!meeting) throw notFound('meeting');
    const agenda = repos.agenda.forMeeting(meeting.id);
    const participants = repos.participants.forMeeting(meeting.id);
    const workspace: MeetingWorkspace = {
      meeting,
      agenda,
      schedule: scheduleAgenda(meeting.startTime, meeting.endTime, agenda),
      participants,
      counts: countAttendance(participants),
      minutes: repos.minutes.forMeeting(meeting.id),
      decisions: repos.decisions.forMeeting(meeting.id),
      commitments: repos.commitments.forMeeting(meeting.id),
      history: repos.history.forMeeting(meeting.id),
      origin: originOf(ctx.db, 'meetings', meeting.id),
    };
    const recorded = meeting.status === 'approved' ? repos.recordedNames.get(meeting.id) : null;
    return recorded ? withRecordedNames(workspace, recorded) : workspace;
  })();
}

/**
 * Keeps the names the meeting's records point at as they are now: called in the approval's
 * transaction, so the minutes read later are the minutes as approved.
 */
export function recordApprovedNames(ctx: DataContext, id: string): void {
  const repos = repositoriesOf(ctx);
  const live = readWorkspace(ctx, id);
  repos.recordedNames.record(id, personIdsOf(live), institutionIdsOf(live));
}
