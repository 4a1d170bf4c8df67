import type { MeetingWorkspace } from './meetings';

/**
 * Names as they stood when the chair approved the minutes. Approved minutes are a record: a
 * person's later promotion, a corrected title or a renamed institution must not rewrite what was
 * signed, so the workspace and its documents read these instead of the directory's current
 * values. Unlocking the meeting drops them; the next approval records them again.
 */
export interface RecordedPerson {
  name: string;
  position: string | null;
  rank: string | null;
  nip: string | null;
}

export interface RecordedNames {
  people: Record<string, RecordedPerson>;
  /** Institution id → name. */
  institutions: Record<string, string>;
}

/** Every directory person the meeting's records point at. */
export function personIdsOf(workspace: MeetingWorkspace): string[] {
  const { meeting } = workspace;
  const ids = [
    meeting.chairPersonId,
    meeting.minuteTakerPersonId,
    ...workspace.agenda.map((item) => item.presenterPersonId),
    ...workspace.participants.map((p) => p.personId),
    ...workspace.minutes.map((entry) => entry.speakerPersonId),
    ...workspace.commitments.map((c) => c.contactPersonId),
  ];
  return [...new Set(ids.filter((id): id is string => id !== null))];
}

/** Every institution the meeting's records point at. */
export function institutionIdsOf(workspace: MeetingWorkspace): string[] {
  const ids = [
    ...workspace.agenda.map((item) => item.presenterInstitutionId),
    ...workspace.participants.map((p) => p.institutionId),
    ...workspace.commitments.map((c) => c.institutionId),
  ];
  return [...new Set(ids.filter((id): id is string => id !== null))];
}

/** The workspace with the recorded names in place of the directory's current ones, where recorded. */
export function withRecordedNames(workspace: MeetingWorkspace, names: RecordedNames): MeetingWorkspace {
  const person = (id: string | null): RecordedPerson | undefined => (id === null ? undefined : names.people[id]);
  const institution = (id: string | null): string | undefined => (id === null ? undefined : names.institutions[id]);
  const { meeting } = workspace;
  return {
    ...workspace,
    meeting: {
      ...meeting,
      chairName: person(meeting.chairPersonId)?.name ?? meeting.chairName,
      minuteTakerName: person(meeting.minuteTakerPersonId)?.name ?? meeting.minuteTakerName,
    },
    agenda: workspace.agenda.map((item) => {
      const presenter = person(item.presenterPersonId);
      return {
        ...item,
        presenterName: presenter?.name ?? item.presenterName,
        presenterPosition: presenter ? presenter.position : item.presenterPosition,
        presenterInstitutionName: institution(item.presenterInstitutionId) ?? item.presenterInstitutionName,
      };
    }),
    participants: workspace.participants.map((p) => {
      const recorded = person(p.personId);
      return {
        ...p,
        personName: recorded?.name ?? p.personName,
        personPosition: recorded ? recorded.position : p.personPosition,
        institutionName: institution(p.institutionId) ?? p.institutionName,
      };
    }),
    minutes: workspace.minutes.map((entry) => ({
      ...entry,
      speakerName: person(entry.speakerPersonId)?.name ?? entry.speakerName,
    })),
    commitments: workspace.commitments.map((c) => ({
      ...c,
      contactPersonName: person(c.contactPersonId)?.name ?? c.contactPersonName,
      institutionName: institution(c.institutionId) ?? c.institutionName,
    })),
  };
}
