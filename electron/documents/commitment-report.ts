import type { ParsedJobInputOf } from '../../shared/api/schemas/jobs';

import type { AreaWithPath } from '../../shared/domain/areas';

import { localDateIn } from '../../shared/domain/overdue';
import { formatDateId } from '../../shared/format/dates';
import type { DocumentModel, FieldRow } from '../../shared/documents/model';
import { commitmentReport } from '../../shared/documents/reports/commitment-report';
import { COMMITMENT_STATUS_LABELS_ID } from '../../shared/domain/commitments';
import type { HandlerContext } from '../api/context';
import type { DataContext } from '../db/clock';
import { clockOf, ledgerFilterOf } from '../commitments/follow-up';
import { repositoriesOf, type Repositories } from '../db/repositories';
import type { LedgerClock, LedgerRow } from '../commitments/repositories/ledger';
import { SECTOR_LABELS_ID } from '../../shared/domain/directory';
import { reportSignerOf } from './report-signer';
import { documentSettingsOf, readLogo } from './setup-store';

type Request = ParsedJobInputOf<'commitmentReport'>;

/** `Kecamatan Kelara, Kabupaten Jeneponto`, `Desa Tolo, Kecamatan Kelara`: an area as a report names it. */
function areaLabel(area: AreaWithPath): string {
  // The path runs from the province down to the area's parent.
  const parent = area.path[area.path.length - 1];
  switch (area.level) {
    case 'provinsi':
      return `Provinsi ${area.name}`;
    case 'kabupaten':
      return area.name;
    case 'kecamatan':
      return parent ? `Kecamatan ${area.name}, ${parent.name}` : `Kecamatan ${area.name}`;
    case 'desa': {
      const kind = area.kind === 'kelurahan' ? 'Kelurahan' : 'Desa';
      return parent ? `${kind} ${area.name}, Kecamatan ${parent.name}` : `${kind} ${area.name}`;
    }
  }
}

function range(from: string | undefined, to: string | undefined): string | null {
  if (from && to) return `${formatDateId(from)} s.d. ${formatDateId(to)}`;
  if (from) return `sejak ${formatDateId(from)}`;
  if (to) return `sampai ${formatDateId(to)}`;
  return null;
}

/** The filters of the request as the report's scope lines, in the order a reader looks for them. */
function scopeOf(repos: Repositories, input: Request): FieldRow[] {
  const rows: FieldRow[] = [];
  if (input.areaCode) {
    const area = repos.areas.get(input.areaCode);
    rows.push({ label: 'Wilayah', value: area ? areaLabel(area) : input.areaCode });
  }
  if (input.meetingId) {
    const meeting = repos.meetings.get(input.meetingId);
    if (meeting) rows.push({ label: 'Rapat', value: `${meeting.title} (${formatDateId(meeting.date)})` });
  }
  if (input.institutionId) {
    const institution = repos.institutions.get(input.institutionId);
    if (institution) rows.push({ label: 'Instansi', value: institution.name });
  }
  if (input.sector) rows.push({ label: 'Sektor', value: SECTOR_LABELS_ID[input.sector] });
  const due = range(input.dueFrom, input.dueTo);
  if (due) rows.push({ label: 'Target waktu', value: due });
  const completed = range(input.completedFrom, input.completedTo);
  if (completed) rows.push({ label: 'Diselesaikan', value: completed });
  const statuses = (input.statuses ?? []).map((status) => COMMITMENT_STATUS_LABELS_ID[status]);
  if (statuses.length || input.overdueOnly) {
    const parts = [...statuses, ...(input.overdueOnly ? ['hanya yang terlambat'] : [])];
    rows.push({ label: 'Status', value: parts.join(', ') });
  }
  if (input.query?.trim()) rows.push({ label: 'Kata kunci', value: `“${input.query.trim()}”` });
  return rows;
}

/**
 * The rows of the report, however many: a whole year of a kabupaten (8,000 commitments, about 400
 * landscape pages) is drawn as a job in a worker thread of its own, with progress and Batal.
 */
function reportRows(repos: Repositories, input: Request, clock: LedgerClock): LedgerRow[] {
  return repos.ledger.all(ledgerFilterOf(input), 'due_asc', clock);
}

/** The report's model, from the ledger and the office's document settings. */
function commitmentReportModel(
  repos: Repositories,
  dataDir: string,
  input: Request,
  clock: LedgerClock,
): DocumentModel {
  const saved = documentSettingsOf(repos);
  const settings = input.paper ? { ...saved, paper: input.paper } : saved;
  const signing = reportSignerOf(repos, input.signerPersonId);
  const rows = reportRows(repos, input, clock);
  return commitmentReport(rows, settings, {
    groupBy: input.groupBy,
    form: input.form,
    asOf: localDateIn(clock.officeZone, clock.now),
    scope: scopeOf(repos, input),
    ...signing,
    logo: readLogo(dataDir, settings),
    ownOffice: repos.offices.ownName(),
  });
}

/** `Laporan Tindak Lanjut Komitmen per Instansi - 2025-11-20.pdf`. */
function commitmentReportFileName(input: Pick<Request, 'groupBy' | 'format'>, asOf: string): string {
  const per = input.groupBy === 'institution' ? 'Instansi' : 'Rapat';
  return `Laporan Tindak Lanjut Komitmen per ${per} - ${asOf}.${input.format}`;
}

/** The report's model and file name, the data read in one transaction (the count, the rows and the names of the scope agree). */
export function commitmentReportOf(
  ctx: DataContext & Pick<HandlerContext, 'dataDir'>,
  input: Request,
): { model: DocumentModel; fileName: string } {
  const repos = repositoriesOf(ctx);
  const clock = clockOf(ctx, repos);
  const model = ctx.db.transaction(() => commitmentReportModel(repos, ctx.dataDir, input, clock))();
  return { model, fileName: commitmentReportFileName(input, localDateIn(clock.officeZone, clock.now)) };
}
