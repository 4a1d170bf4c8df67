import type { CommitmentStatus } from '../../../shared/domain/commitments';
import type { ContentCounts } from '../allocate';
import { apportion } from '../apportion';
import { villageLabel } from '../areas';
import { DATASET_TODAY, addDays, dateOf, dayOf, instantMs, isoOf, workingDayFrom } from '../calendar';
import type { GenContext } from '../context';
import { INTERVENTIONS, type InterventionSpec } from '../pools/catalogue';
import { PROGRESS_NOTES, PROMISE_TAILS, SECTOR_PROMISES } from '../pools/follow-up-texts';
import type { Prng } from '../prng';
import type { Directory, GenInstitution } from './directory';
import type { Attendee, MeetingContent } from './meeting-content';
import type { GenMeeting, Meetings } from './meetings';
import type { Plans } from './plans';
import { sceneOf } from './scene-of';

const DUE_AFTER_DAYS = [14, 30, 30, 60, 90, 90, 120, 180];
/** Share of progress reports given during a later meeting of the same area (carry-over review). */
const REPORTED_IN_MEETING = 0.35;

/** Catalogue activities an institution of a kind can promise, by kind key. */
function activitiesByKind(): Map<string, InterventionSpec[]> {
  const map = new Map<string, InterventionSpec[]>();
  for (const spec of INTERVENTIONS) {
    for (const key of spec.responsible) map.set(key, [...(map.get(key) ?? []), spec]);
  }
  return map;
}

/** The final status of a commitment: mostly done once due, a share overdue, few cancelled. */
function outcomeOf(rng: Prng, due: string): CommitmentStatus {
  if (due < DATASET_TODAY) {
    return rng.weighted([
      ['done', 64],
      ['cancelled', 5],
      ['in_progress', 17],
      ['not_started', 14],
    ] as const);
  }
  return rng.weighted([
    ['done', 12],
    ['in_progress', 48],
    ['not_started', 40],
  ] as const);
}

/** The first held meeting of `list` (sorted by date) on or after `date`. */
function meetingOnOrAfter(list: readonly GenMeeting[], date: string): GenMeeting | null {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((list[mid] as GenMeeting).date < date) low = mid + 1;
    else high = mid;
  }
  return list[low] ?? null;
}

/**
 * Writes the commitments made in a meeting, their dated progress updates and their history: a
 * `create` entry as commitments.create records, and one `status` entry per change of status. The
 * stored status is the status the last update left, so ledger, detail and history always agree.
 */
export function commitmentWriter(ctx: GenContext, directory: Directory, meetings: Meetings, plans: Plans) {
  const rng = ctx.rng.fork('commitments');
  const db = ctx.db;
  const byKind = activitiesByKind();
  const insertCommitment = db.prepare(
    `INSERT INTO commitments (id, meeting_id, agenda_item_id, institution_id, contact_person_id, description, due_date,
       indicator, target, status, plan_row_id, position, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertUpdate = db.prepare(
    `INSERT INTO commitment_updates (id, commitment_id, meeting_id, reported_on, note, percent, status_after,
       reported_by_person_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const history = db.prepare(
    `INSERT INTO history (at, entity, entity_id, action, changes, reason, meeting_id)
     VALUES (?, 'commitment', ?, ?, ?, NULL, ?)`,
  );

  function promiseOf(m: GenMeeting, institution: GenInstitution) {
    const scene = sceneOf(rng, m);
    const specs = byKind.get(institution.kind.key);
    const spec = specs && rng.chance(0.75) ? rng.pick(specs) : null;
    const what = spec ? rng.pick(spec.activities) : rng.pick(SECTOR_PROMISES[institution.sector]);
    const lower = what.charAt(0).toLowerCase() + what.slice(1);
    const verb = spec ? `Melaksanakan ${lower}` : what;
    const target = spec
      ? (spec.nationalTarget ?? `${rng.int(spec.volume[0], spec.volume[1])} ${spec.volumeUnit}`)
      : rng.chance(0.5)
        ? `${rng.int(2, 12)} desa`
        : null;
    const where = institution.village ? villageLabel(institution.village) : scene.village;
    return {
      description: `${verb} di ${where}${rng.pick(PROMISE_TAILS)}`,
      indicator: spec?.indicator ?? null,
      target,
    };
  }

  /**
   * When reports were given: between a week after the meeting and shortly after the due date
   * (never after today); some during a later held meeting of the same area, on its date.
   */
  function reportDates(m: GenMeeting, due: string, count: number): { date: string; meetingId: string | null }[] {
    const first = dayOf(addDays(m.date, 7));
    const last = Math.max(first, Math.min(dayOf(DATASET_TODAY), dayOf(addDays(due, 45))));
    const areaMeetings = meetings.heldByArea.get(m.areaCodes[0] as string) ?? [];
    return Array.from({ length: count }, () => {
      const date = dateOf(rng.int(first, last));
      const later = rng.chance(REPORTED_IN_MEETING) ? meetingOnOrAfter(areaMeetings, date) : null;
      return later && later.id !== m.id && dayOf(later.date) <= last
        ? { date: later.date, meetingId: later.id }
        : { date, meetingId: null };
    }).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }

  interface PlannedUpdate {
    at: number;
    reportedOn: string;
    meetingId: string | null;
    note: string;
    percent: number | null;
    /** The status this report changed, if it changed one. */
    change: { from: CommitmentStatus; to: CommitmentStatus } | null;
  }

  /** The reports on one commitment, in date order, walking its status from not started to its outcome. */
  function planUpdates(m: GenMeeting, due: string, outcome: CommitmentStatus, count: number): PlannedUpdate[] {
    let status: CommitmentStatus = 'not_started';
    let percent = 0;
    let lastMs = 0;
    return reportDates(m, due, count).map(({ date, meetingId }, index) => {
      let after: CommitmentStatus | null = null;
      if (outcome !== 'not_started') {
        if (index === count - 1) after = outcome;
        else if (status === 'not_started') after = 'in_progress';
      }
      if (after === 'done') percent = 100;
      else if (outcome === 'in_progress' || outcome === 'done') percent = Math.min(95, percent + rng.int(10, 40));
      const noteKind = after ?? (status === 'not_started' ? 'not_started' : 'in_progress');
      const at = Math.max(instantMs(date, rng.int(9 * 60, 16 * 60)), lastMs + 1000);
      lastMs = at;
      const change = after !== null && after !== status ? { from: status, to: after } : null;
      if (change) status = change.to;
      return {
        at,
        reportedOn: date,
        meetingId,
        note: rng.pick(PROGRESS_NOTES[noteKind])(sceneOf(rng, m)),
        percent: outcome === 'in_progress' || outcome === 'done' ? percent : null,
        change,
      };
    });
  }

  return (m: GenMeeting, content: MeetingContent, counts: ContentCounts): void => {
    if (counts.commitments === 0) return;
    const withInstitution = content.attendees.filter(
      (a): a is Attendee & { institution: GenInstitution } => a.institution !== null,
    );
    const promisers = rng.shuffle(
      withInstitution.length
        ? withInstitution
        : [{ person: null, institution: rng.pick(directory.institutions), freeName: null }],
    );
    const items = content.agenda.filter(
      (a) => a.kind === 'presentation' || a.kind === 'discussion' || a.kind === 'follow_up',
    );
    const rows = plans.rowsByYear.get(m.year) ?? [];
    const updateCounts = apportion(
      counts.updates,
      Array.from({ length: counts.commitments }, () => 0.5 + rng.float()),
    );
    const createdMs = instantMs(m.date, m.endMinute - 5);
    for (let position = 0; position < counts.commitments; position++) {
      const who = promisers[position % promisers.length] as Attendee & { institution: GenInstitution };
      const institution = who.institution;
      const contact = who.person ?? institution.people[0] ?? null;
      const promise = promiseOf(m, institution);
      const due = workingDayFrom(addDays(m.date, rng.pick(DUE_AFTER_DAYS)));
      const outcome = outcomeOf(rng, due);
      // A commitment that moved has at least one report behind its status.
      const updates = Math.max(updateCounts[position] as number, outcome === 'not_started' ? 0 : 1);
      const at = createdMs + position * 20_000;
      const id = ctx.newId(at);
      const fields = {
        agendaItemId: items.length && rng.chance(0.85) ? rng.pick(items).id : null,
        institutionId: institution.id,
        contactPersonId: contact?.id ?? null,
        description: promise.description,
        dueDate: due,
        indicator: promise.indicator,
        target: promise.target,
      };
      const reports = planUpdates(m, due, outcome, updates);
      const updatedAt = isoOf(reports[reports.length - 1]?.at ?? at);
      insertCommitment.run(
        id,
        m.id,
        fields.agendaItemId,
        fields.institutionId,
        fields.contactPersonId,
        fields.description,
        fields.dueDate,
        fields.indicator,
        fields.target,
        outcome,
        rows.length && rng.chance(0.06) ? rng.pick(rows) : null,
        position,
        isoOf(at),
        updatedAt,
      );
      history.run(isoOf(at), id, 'create', JSON.stringify(fields), m.id);
      for (const report of reports) {
        const reportedAt = isoOf(report.at);
        insertUpdate.run(
          ctx.newId(report.at),
          id,
          report.meetingId,
          report.reportedOn,
          report.note,
          report.percent,
          report.change?.to ?? null,
          contact?.id ?? null,
          reportedAt,
          reportedAt,
        );
        // Against the meeting it was reported in, else the commitment's own, as the handlers do.
        if (report.change) {
          history.run(reportedAt, id, 'status', JSON.stringify(report.change), report.meetingId ?? m.id);
        }
      }
    }
  };
}
