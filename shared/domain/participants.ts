import type { AgendaKind } from './agenda';
import type { Sector } from './directory';

export const PARTICIPANT_ROLES = ['chair', 'presenter', 'participant', 'minute_taker', 'guest'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/** Agenda items whose speaker brings material or directions: a presenter (pemateri, narasumber). */
const PRESENTING_KINDS: readonly AgendaKind[] = ['presentation', 'directives'];

/**
 * The role a person is invited with unless someone chooses another: the meeting's chair, its
 * minute-taker, and whoever presents material or gives directions in an agenda item are invited
 * as such (who opens or closes the meeting is its host, not a presenter), everyone else as a
 * participant.
 */
export function roleInMeeting(
  personId: string | null,
  meeting: { chairPersonId: string | null; minuteTakerPersonId: string | null },
  agenda: readonly { presenterPersonId: string | null; kind: AgendaKind }[],
): ParticipantRole {
  if (!personId) return 'participant';
  if (personId === meeting.chairPersonId) return 'chair';
  if (agenda.some((item) => item.presenterPersonId === personId && PRESENTING_KINDS.includes(item.kind))) {
    return 'presenter';
  }
  if (personId === meeting.minuteTakerPersonId) return 'minute_taker';
  return 'participant';
}

export const ATTENDANCE = ['unknown', 'present', 'excused', 'absent', 'represented'] as const;
export type Attendance = (typeof ATTENDANCE)[number];

/**
 * An invitee or a walk-in. It names a person from the directory, an institution (invited as a
 * whole: "Kepala Puskesmas se-Kecamatan"), or, for a walk-in not in the directory, a free name.
 */
export interface Participant {
  id: string;
  meetingId: string;
  personId: string | null;
  personName: string | null;
  personPosition: string | null;
  institutionId: string | null;
  institutionName: string | null;
  /** The institution's short name in the directory (`DPPKB`), which positions often use. */
  institutionShortName?: string | null;
  institutionSector: Sector | null;
  freeName: string | null;
  freePosition: string | null;
  role: ParticipantRole;
  /** False for someone who came without an invitation (walk-in). */
  invited: boolean;
  attendance: Attendance;
  standInName: string | null;
  standInPosition: string | null;
  arrivalTime: string | null;
  position: number;
  updatedAt: string;
}

export interface AttendanceCounts {
  invitedPeople: number;
  invitedInstitutions: number;
  /** Everyone present, walk-ins included (the minutes' "peserta" line). */
  presentPeople: number;
  presentInstitutions: number;
  /** Invitees present: what "hadir X dari Y diundang" compares, so it never exceeds the invited. */
  presentInvitedPeople: number;
  presentInvitedInstitutions: number;
  walkIns: number;
  excused: number;
  absent: number;
  represented: number;
  unknown: number;
  /** Invitees per institution sector; participants without an institution count as `lainnya`. */
  invitedBySector: Partial<Record<Sector, number>>;
}

export function isPresent(attendance: Attendance): boolean {
  return attendance === 'present' || attendance === 'represented';
}

/** One line per participant: who they are, for lists and documents. */
export function participantName(p: Pick<Participant, 'personName' | 'freeName' | 'institutionName'>): string {
  return p.personName ?? p.freeName ?? p.institutionName ?? '';
}

/**
 * Live counts for the attendance screen and the minutes' "peserta" line. A participant invited
 * as an institution counts as one institution and, once present, as one person.
 */
export function countAttendance(participants: readonly Participant[]): AttendanceCounts {
  const invitedInstitutions = new Set<string>();
  const presentInstitutions = new Set<string>();
  const presentInvitedInstitutions = new Set<string>();
  const counts: AttendanceCounts = {
    invitedPeople: 0,
    invitedInstitutions: 0,
    presentPeople: 0,
    presentInstitutions: 0,
    presentInvitedPeople: 0,
    presentInvitedInstitutions: 0,
    walkIns: 0,
    excused: 0,
    absent: 0,
    represented: 0,
    unknown: 0,
    invitedBySector: {},
  };
  for (const p of participants) {
    if (p.invited) {
      counts.invitedPeople++;
      if (p.institutionId) invitedInstitutions.add(p.institutionId);
      const sector = p.institutionSector ?? 'lainnya';
      counts.invitedBySector[sector] = (counts.invitedBySector[sector] ?? 0) + 1;
    } else counts.walkIns++;
    if (isPresent(p.attendance)) {
      counts.presentPeople++;
      if (p.institutionId) presentInstitutions.add(p.institutionId);
      if (p.invited) {
        counts.presentInvitedPeople++;
        if (p.institutionId) presentInvitedInstitutions.add(p.institutionId);
      }
    }
    if (p.attendance === 'excused') counts.excused++;
    if (p.attendance === 'absent') counts.absent++;
    if (p.attendance === 'represented') counts.represented++;
    if (p.attendance === 'unknown') counts.unknown++;
  }
  counts.invitedInstitutions = invitedInstitutions.size;
  counts.presentInstitutions = presentInstitutions.size;
  counts.presentInvitedInstitutions = presentInvitedInstitutions.size;
  return counts;
}
