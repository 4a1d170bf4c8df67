import type { ParsedJobInputOf } from '../../shared/api/schemas/jobs';

import { villageKindOfCode } from '../../shared/domain/areas';

import { isOverdue, localDateIn } from '../../shared/domain/overdue';
import { periodDates, periodYears, type ReportPeriod } from '../../shared/domain/report-period';
import type { OfficeIdentity } from '../../shared/domain/settings';
import type { DocumentModel } from '../../shared/documents/model';
import type { SemesterPlan, SemesterReportData } from '../../shared/documents/reports/semester-data';
import { semesterReport } from '../../shared/documents/reports/semester-report';
import { hasMonth } from '../../shared/plans/schedule';

import { type Repositories } from '../db/repositories';
import type { LedgerClock } from '../commitments/repositories/ledger';
import { SECTOR_LABELS_ID } from '../../shared/domain/directory';
import type { ReportPeriodRepository } from './repositories/report-period';
import { reportSignerOf } from './report-signer';
import { documentSettingsOf, readLogo } from './setup-store';

import { invalidField, refused } from '../api/errors';

type Request = ParsedJobInputOf<'semesterReport'>;

/** `TIM PERCEPATAN PENURUNAN STUNTING KECAMATAN KELARA` and `Bupati Jeneponto`, from the office's areas. */
function teamAndAddressee(repos: Repositories): { team: string; addressee: string } {
  const office = repos.settings.get<OfficeIdentity>('office');
  if (!office) throw refused('officeMissing');
  const name = (code: string | null) => (code ? (repos.areas.get(code)?.name ?? '') : '');
  const kabupaten = name(office.kabupatenCode);
  let area = kabupaten;
  if (office.level === 'kecamatan') area = `Kecamatan ${name(office.kecamatanCode)}`;
  if (office.level === 'desa' && office.desaCode) {
    area = `${villageKindOfCode(office.desaCode) === 'kelurahan' ? 'Kelurahan' : 'Desa'} ${name(office.desaCode)}`;
  }
  const head = /^kota\s/i.test(kabupaten) ? 'Wali Kota' : 'Bupati';
  return {
    team: `TIM PERCEPATAN PENURUNAN STUNTING ${area.toUpperCase()}`,
    addressee: `${head} ${kabupaten.replace(/^(kabupaten|kota)\s+/i, '')}`,
  };
}

/** Months (0–11) of `year` inside the period. */
function monthsIn(period: ReportPeriod, year: number): number[] {
  const { from, to } = periodDates(period);
  const months: number[] = [];
  for (let month = 0; month < 12; month++) {
    const first = `${year}-${String(month + 1).padStart(2, '0')}-01`;
    const last = `${year}-${String(month + 1).padStart(2, '0')}-31`;
    if (last >= from && first <= to) months.push(month);
  }
  return months;
}

function plansOf(period: ReportPeriod, reads: ReportPeriodRepository): SemesterPlan[] {
  return reads.plans(periodYears(period)).map((plan) => {
    const months = monthsIn(period, plan.year);
    return {
      title: plan.title,
      year: plan.year,
      status: plan.status,
      rows: reads.planRows(plan.id).map((row) => ({
        kind: row.kind,
        interventionId: row.interventionId,
        interventionCode: row.interventionCode,
        interventionName: row.interventionName,
        amount: row.amount,
        realisation: row.realisation,
        status: row.status,
        scheduled: months.some((month) => hasMonth(row.scheduleMonths, month)),
        linked: row.linked,
        linkedDone: row.linkedDone,
      })),
    };
  });
}

/** The most commitments a semester report prints (its annex lists every one). */
const MAX_REPORT_COMMITMENTS = 5_000;

/** Everything the report prints, read in the caller's transaction; refused past 5,000 commitments. */
export function semesterData(repos: Repositories, period: ReportPeriod, clock: LedgerClock): SemesterReportData {
  const reads = repos.reportPeriod;
  const { from, to } = periodDates(period);
  const total = reads.commitmentCount(from, to);
  if (total > MAX_REPORT_COMMITMENTS) {
    throw invalidField('period', 'validation.periodTooManyCommitments', { count: total, max: MAX_REPORT_COMMITMENTS });
  }
  const meetings = reads.meetings(from, to);
  const kecamatan = reads.kecamatanByMeeting(meetings.map((meeting) => meeting.id));
  const commitments = reads.commitments(from, to, clock.officeZone).map((row) => ({
    institutionId: row.institutionId,
    institutionName: row.institutionName,
    sectorName: SECTOR_LABELS_ID[row.sector] ?? row.sector,
    description: row.description,
    dueDate: row.dueDate,
    status: row.status,
    overdue: isOverdue(row, row.zone, clock.now),
    lastUpdateOn: row.lastUpdateOn,
    lastUpdateNote: row.lastUpdateNote,
    lastUpdatePercent: row.lastUpdatePercent,
    meetingId: row.meetingId,
    meetingTitle: row.meetingTitle,
    meetingDate: row.meetingDate,
    areas: kecamatan.get(row.meetingId) ?? [],
  }));
  return {
    period,
    asOf: localDateIn(clock.officeZone, clock.now),
    ...teamAndAddressee(repos),
    meetings,
    commitments,
    plans: plansOf(period, reads),
  };
}

/** The report's model, from the period's data and the office's document settings and signer. */
export function semesterReportModel(
  repos: Repositories,
  dataDir: string,
  input: Request,
  clock: LedgerClock,
): DocumentModel {
  const saved = documentSettingsOf(repos);
  const settings = input.paper ? { ...saved, paper: input.paper } : saved;
  return semesterReport(semesterData(repos, input.period, clock), settings, {
    ...reportSignerOf(repos, input.signerPersonId),
    logo: readLogo(dataDir, settings),
  });
}

/** `Laporan Semester I 2025.pdf`, `Laporan Periode 2025-01-01 sd 2025-03-31.docx`. */
export function semesterFileName(period: ReportPeriod, format: Request['format']): string {
  if (period.kind === 'semester') {
    return `Laporan Semester ${period.semester === 1 ? 'I' : 'II'} ${period.year}.${format}`;
  }
  return `Laporan Periode ${period.from} sd ${period.to}.${format}`;
}
