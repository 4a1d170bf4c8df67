import type { ParsedInputOf } from '../../shared/api/contract';
import { timeZoneOfCode } from '../../shared/domain/areas';
import type { FileDownload } from '../../shared/domain/follow-up';
import { localDateIn } from '../../shared/domain/overdue';
import { actionPlanMatrix } from '../../shared/documents/reports/action-plan';
import { planTotals } from '../../shared/plans/totals';
import type { Db } from '../db/connection';
import { repositoriesOf } from '../db/repositories';
import { planRepositoriesOf } from '../db/repositories/plans-repositories';
import { documentSettingsOf, letterDefaultsOf, officeTeamOf } from '../documents/setup-store';
import { renderInWorker } from './document-runner';
import { invalidField } from './errors';
import { livePlan } from './rows';
import { commitmentRefs } from './links';
import { planWorkbook, type PlanLinks } from './xlsx-export';
import { XLSX_MEDIA_TYPE } from '../spreadsheets/xlsx-text';

const MEDIA_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/** `Rencana Aksi - <title>.xlsx`, without characters Windows refuses in file names. */
export function planFileName(title: string, extension: string): string {
  const printable = [...title].filter((c) => c >= ' ').join('');
  const safe = printable
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `Rencana Aksi - ${safe}.${extension}`;
}

const teamOption = (team: string | null): { team?: string } => (team ? { team } : {});

/** The plan, its rows and totals read together (one transaction) for a file. */
function snapshot(db: Db, planId: string) {
  return db.transaction(() => {
    const repos = planRepositoriesOf(db);
    const plan = livePlan(repos, planId);
    const rows = repos.planRows.ofPlan(plan.id);
    return { plan, rows, totals: planTotals(rows, repos.catalogue.fundingSources.list()) };
  })();
}

export async function exportPlanXlsx(db: Db, planId: string): Promise<FileDownload> {
  const { plan, rows, totals, links } = db.transaction(() => {
    const read = snapshot(db, planId);
    const links: PlanLinks = {
      convergenceActions: planRepositoriesOf(db).catalogue.convergenceActions.list(),
      commitments: commitmentRefs(
        db,
        read.rows.flatMap((row) => row.commitmentIds),
      ),
    };
    return { ...read, links };
  })();
  const bytes = await planWorkbook(plan, rows, totals, links);
  return {
    fileName: planFileName(plan.title, 'xlsx'),
    mediaType: XLSX_MEDIA_TYPE,
    dataBase64: Buffer.from(bytes).toString('base64'),
  };
}

/**
 * The matrix as PDF or DOCX, drawn in a worker thread. Signed by the chosen person, else the
 * office's signer (Pengaturan → Dokumen); without either, the block is left to fill in by hand.
 */
export async function planDocument(
  db: Db,
  resourcesDir: string,
  input: ParsedInputOf<'documents.plan'>,
  now: Date = new Date(),
): Promise<FileDownload> {
  const { plan, rows, totals } = snapshot(db, input.planId);
  const repos = repositoriesOf(db);
  const saved = documentSettingsOf(repos);
  const settings = input.paper ? { ...saved, paper: input.paper } : saved;
  const letters = letterDefaultsOf(repos);
  const signerId = input.signerPersonId ?? letters.signerPersonId;
  const signer = signerId ? repos.people.get(signerId) : null;
  if (input.signerPersonId && !signer) throw invalidField('signerPersonId', 'validation.personUnknown');
  const model = actionPlanMatrix(plan, rows, totals, settings, {
    schedule: input.schedule,
    date: input.date ?? localDateIn(timeZoneOfCode(plan.areaCode), now),
    signer: signer ? { name: signer.name, position: signer.position, rank: signer.rank, nip: signer.nip } : null,
    ...(letters.signerHeading && !input.signerPersonId ? { signerHeading: [letters.signerHeading] } : {}),
    ...teamOption(officeTeamOf(repos)),
  });
  const bytes = await renderInWorker({ model, format: input.format, resourcesDir });
  return {
    fileName: planFileName(plan.title, input.format),
    mediaType: MEDIA_TYPES[input.format],
    dataBase64: Buffer.from(bytes).toString('base64'),
  };
}
