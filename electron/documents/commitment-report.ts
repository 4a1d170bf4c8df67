import type { ParsedInputOf } from '../../shared/api/contract';
import type { AppError } from '../../shared/api/result';
import type { AreaWithPath } from '../../shared/domain/areas';
import type { FileDownload } from '../../shared/domain/files';
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
import { drawnInWorker } from './worker-download';
import { invalidField } from '../api/errors';

type Request = ParsedInputOf<'documents.commitments'>;

/**
 * The most commitments one report prints. 5,000 rows are about 250 landscape pages and a few
 * seconds of drawing (in the document worker, so the host keeps answering); past that the report
 * is no longer something a chair reads or an office files, so the user is asked to narrow the
 * filter (the XLSX export takes any number).
 */
export const MAX_REPORT_COMMITMENTS = 5_000;

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

function tooMany(count: number): AppError {
  return invalidField('filters', 'validation.reportTooLarge', { count, max: MAX_REPORT_COMMITMENTS });
}

/** The rows of the report, counted first so a set too large is refused before it is read. */
function reportRows(repos: Repositories, input: Request, clock: LedgerClock): LedgerRow[] {
  const filter = ledgerFilterOf(input);
  const { total } = repos.ledger.page(filter, { sort: 'due_asc', limit: 1, offset: 0 }, clock);
  if (total > MAX_REPORT_COMMITMENTS) throw tooMany(total);
  return repos.ledger.all(filter, 'due_asc', clock);
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
    asOf: localDateIn(clock.officeZone, clock.now),
    scope: scopeOf(repos, input),
    ...signing,
    logo: readLogo(dataDir, settings),
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

/** The report as PDF or DOCX, drawn in the document worker thread (the job `commitmentReport` in one of its own). */
export async function commitmentReportDocument(ctx: HandlerContext, input: Request): Promise<FileDownload> {
  const { model, fileName } = commitmentReportOf(ctx, input);
  return drawnInWorker(ctx, model, input.format, fileName);
}
