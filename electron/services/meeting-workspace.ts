import { scheduleAgenda } from '../../shared/domain/agenda';
import type { MeetingWorkspace } from '../../shared/domain/meetings';
import { countAttendance } from '../../shared/domain/participants';
import type { Db } from '../db/connection';
import { repositoriesOf } from '../db/repositories';
import { notFound } from '../api/errors';

/**
 * Everything known about one meeting, read in one transaction so the parts agree with each
 * other: what the workspace shows and what its documents are made from.
 */
export function readWorkspace(db: Db, id: string): MeetingWorkspace {
  const repos = repositoriesOf(db);
  return db.transaction((): MeetingWorkspace => {
    const meeting = repos.meetings.get(id);
    if (!meeting) throw notFound('meeting');
    const agenda = repos.agenda.forMeeting(meeting.id);
    const participants = repos.participants.forMeeting(meeting.id);
    return {
      meeting,
      agenda,
      schedule: scheduleAgenda(meeting.startTime, meeting.endTime, agenda),
      participants,
      counts: countAttendance(participants),
      minutes: repos.minutes.forMeeting(meeting.id),
      decisions: repos.decisions.forMeeting(meeting.id),
      commitments: repos.commitments.forMeeting(meeting.id),
      history: repos.history.forMeeting(meeting.id),
    };
  })();
}
