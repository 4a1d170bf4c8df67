import type { TimeZone } from '../../../shared/domain/areas';
import type { CommitmentStatus } from '../../../shared/domain/commitments';
import type { Sector } from '../../../shared/domain/directory';
import type { MeetingKind } from '../../../shared/domain/meetings';
import type { InterventionKind, PlanRowStatus, PlanStatus } from '../../../shared/domain/plans';
import type { Db } from '../../db/connection';

/**
 * What a report over a period of dates reads (the laporan semester): the meetings held in it,
 * the commitments agreed in them, and the rows of the action plans of its years. Meetings count
 * when held (`held` or `approved`); a commitment belongs to the period of its meeting's date.
 */

interface PeriodMeetingRow {
  id: string;
  date: string;
  title: string;
  kind: MeetingKind;
  areaNames: string[];
  commitments: number;
}

interface PeriodCommitmentRow {
  id: string;
  institutionId: string;
  institutionName: string;
  sector: Sector;
  description: string;
  dueDate: string | null;
  status: CommitmentStatus;
  zone: TimeZone;
  meetingId: string;
  meetingTitle: string;
  meetingDate: string;
  lastUpdateOn: string | null;
  lastUpdateNote: string | null;
  lastUpdatePercent: number | null;
}

interface PeriodPlanRow {
  planId: string;
  kind: InterventionKind;
  interventionId: string | null;
  interventionCode: string | null;
  interventionName: string | null;
  scheduleMonths: number;
  status: PlanRowStatus;
  amount: number;
  realisation: number;
  linked: number;
  linkedDone: number;
}

interface PeriodPlan {
  id: string;
  title: string;
  year: number;
  status: PlanStatus;
}

const HELD = "('held', 'approved')";

export function reportPeriodRepository(db: Db) {
  // `meeting_at` is `YYYY-MM-DD HH:MM`: from the first day's start to before the day after the last
  // (`~` sorts after the space and the digits), on the ledger's meeting_at index.
  const commitmentsIn = db.prepare<{ from: string; toEnd: string; officeZone: TimeZone }, PeriodCommitmentRow>(
    `SELECT c.id, c.institution_id AS institutionId, i.name AS institutionName, i.sector, c.description,
       c.due_date AS dueDate, c.status, coalesce(c.meeting_zone, @officeZone) AS zone, c.meeting_id AS meetingId,
       m.title AS meetingTitle, m.date AS meetingDate, u.reported_on AS lastUpdateOn, u.note AS lastUpdateNote,
       u.percent AS lastUpdatePercent
     FROM commitments c
     JOIN meetings m ON m.id = c.meeting_id
     JOIN institutions i ON i.id = c.institution_id
     LEFT JOIN commitment_updates u ON u.id = c.last_update_id
     WHERE c.listed = 1 AND c.meeting_at >= @from AND c.meeting_at < @toEnd AND m.status IN ${HELD}
     ORDER BY c.meeting_at, c.meeting_id, c.position, c.rowid`,
  );
  const countIn = db
    .prepare<{ from: string; toEnd: string }, number>(
      `SELECT count(*) FROM commitments c JOIN meetings m ON m.id = c.meeting_id
       WHERE c.listed = 1 AND c.meeting_at >= @from AND c.meeting_at < @toEnd AND m.status IN ${HELD}`,
    )
    .pluck();
  const meetingsIn = db.prepare<
    { from: string; to: string },
    Omit<PeriodMeetingRow, 'areaNames'> & { areaNames: string }
  >(
    `SELECT m.id, m.date, m.title, m.kind,
       (SELECT json_group_array(name) FROM (SELECT a.name FROM meeting_areas ma JOIN areas a ON a.code = ma.area_code
          WHERE ma.meeting_id = m.id ORDER BY ma.position)) AS areaNames,
       (SELECT count(*) FROM commitments c WHERE c.meeting_id = m.id AND c.listed = 1) AS commitments
     FROM meetings m
     WHERE m.deleted_at IS NULL AND m.is_template = 0 AND m.status IN ${HELD} AND m.date >= @from AND m.date <= @to
     ORDER BY m.date, m.start_time, m.id`,
  );
  const kecamatanOf = db.prepare<{ ids: string }, { meetingId: string; code: string; name: string }>(
    `SELECT DISTINCT ma.meeting_id AS meetingId, a.code, a.name
     FROM meeting_areas ma JOIN areas a ON a.code = substr(ma.area_code, 1, 8)
     WHERE ma.meeting_id IN (SELECT value FROM json_each(@ids))`,
  );
  const plansOf = db.prepare<{ years: string }, PeriodPlan>(
    `SELECT id, title, year, status FROM action_plans
     WHERE deleted_at IS NULL AND year IN (SELECT value FROM json_each(@years))
     ORDER BY year, area_code`,
  );
  const planRows = db.prepare<{ planId: string }, PeriodPlanRow>(
    `SELECT pr.plan_id AS planId, pr.intervention_kind AS kind, pr.intervention_id AS interventionId,
       iv.code AS interventionCode, iv.name AS interventionName, pr.schedule_months AS scheduleMonths, pr.status,
       coalesce(pr.realisation_amount, 0) AS realisation,
       (SELECT coalesce(sum(f.amount), 0) FROM plan_row_funding f WHERE f.row_id = pr.id) AS amount,
       (SELECT count(*) FROM commitments c WHERE c.plan_row_id = pr.id AND c.listed = 1) AS linked,
       (SELECT count(*) FROM commitments c WHERE c.plan_row_id = pr.id AND c.listed = 1 AND c.status = 'done')
         AS linkedDone
     FROM plan_rows pr LEFT JOIN interventions iv ON iv.id = pr.intervention_id
     WHERE pr.plan_id = @planId AND pr.deleted_at IS NULL
     ORDER BY pr.position`,
  );

  /** The day after `date` as the exclusive upper bound of `meeting_at`. */
  const toEnd = (to: string) => `${to}~`;

  return {
    commitmentCount(from: string, to: string): number {
      return countIn.get({ from, toEnd: toEnd(to) }) ?? 0;
    },

    commitments(from: string, to: string, officeZone: TimeZone): PeriodCommitmentRow[] {
      return commitmentsIn.all({ from, toEnd: toEnd(to), officeZone });
    },

    meetings(from: string, to: string): PeriodMeetingRow[] {
      return meetingsIn.all({ from, to }).map((row) => ({ ...row, areaNames: JSON.parse(row.areaNames) as string[] }));
    },

    /**
     * The kecamatan of each meeting: its area codes cut to the kecamatan (`73.04.05`); an area
     * above that level stands for itself (a kabupaten-wide meeting counts for the kabupaten).
     */
    kecamatanByMeeting(meetingIds: readonly string[]): Map<string, { code: string; name: string }[]> {
      const byMeeting = new Map<string, { code: string; name: string }[]>();
      for (const row of kecamatanOf.all({ ids: JSON.stringify(meetingIds) })) {
        const list = byMeeting.get(row.meetingId) ?? [];
        list.push({ code: row.code, name: row.name });
        byMeeting.set(row.meetingId, list);
      }
      return byMeeting;
    },

    plans(years: readonly number[]): PeriodPlan[] {
      return plansOf.all({ years: JSON.stringify(years) });
    },

    planRows(planId: string): PeriodPlanRow[] {
      return planRows.all({ planId });
    },
  };
}

export type ReportPeriodRepository = ReturnType<typeof reportPeriodRepository>;
