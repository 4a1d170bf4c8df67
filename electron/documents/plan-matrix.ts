import type { ParsedJobInputOf } from '../../shared/api/schemas/jobs';
import { timeZoneOfCode } from '../../shared/domain/areas';

import { localDateIn } from '../../shared/domain/overdue';
import { actionPlanMatrix } from '../../shared/documents/reports/action-plan';

import type { DataContext } from '../db/clock';
import type { DocumentModel } from '../../shared/documents/model';
import { repositoriesOf } from '../db/repositories';
import { planFileName } from '../plans/export';
import { planWithRows } from '../plans/plans';
import { documentSettingsOf, letterDefaultsOf, officeTeamOf } from './setup-store';

import { invalidField } from '../api/errors';
import { originPlaceName } from '../exchange/office-letterhead';

const teamOption = (team: string | null): { team?: string } => (team ? { team } : {});

/**
 * The action-plan matrix's document model and file name. Signed by the chosen person,
 * else the office's signer (Pengaturan → Dokumen); without either, the block is left to fill in by
 * hand. Dated the given day, else today in the plan's area.
 */
export function planMatrixModel(
  ctx: DataContext,
  input: ParsedJobInputOf<'planDocument'>,
): { model: DocumentModel; fileName: string } {
  const repos = repositoriesOf(ctx);
  const { plan, rows, totals } = ctx.db.transaction(() => planWithRows(repos, input.planId))();
  const saved = documentSettingsOf(repos);
  // Another office's plan (issue 11) is named as theirs and is not signed for them by this
  // office's signer or team: its own TPPS chair signs (by hand, unless a signer is chosen), dated
  // at its own place.
  const fromOffice = plan.origin?.officeName;
  const placeName = plan.origin ? originPlaceName(repos, plan.origin, saved.placeName) : saved.placeName;
  const settings = { ...saved, placeName, ...(input.paper ? { paper: input.paper } : {}) };
  const letters = letterDefaultsOf(repos);
  const signerId = input.signerPersonId ?? (fromOffice ? null : letters.signerPersonId);
  const signer = signerId ? repos.people.get(signerId) : null;
  if (input.signerPersonId && !signer) throw invalidField('signerPersonId', 'validation.personUnknown');
  const model = actionPlanMatrix(plan, rows, totals, settings, {
    schedule: input.schedule,
    date: input.date ?? localDateIn(timeZoneOfCode(plan.areaCode), ctx.now()),
    signer: signer ? { name: signer.name, position: signer.position, rank: signer.rank, nip: signer.nip } : null,
    ...(letters.signerHeading && !input.signerPersonId && !fromOffice
      ? { signerHeading: [letters.signerHeading] }
      : {}),
    ...(fromOffice ? { fromOffice } : teamOption(officeTeamOf(repos))),
  });
  return { model, fileName: planFileName(plan.title, input.format) };
}
