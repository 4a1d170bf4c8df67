import type { ParsedInputOf } from '../../shared/api/contract';
import type { ConvergenceAction, FundingSource, Intervention } from '../../shared/domain/plans';
import { conflictIn, invalidField, notFound, refused } from '../api/errors';
import type { Repositories } from '../db/repositories';

/**
 * The intervention catalogue, convergence actions and funding sources. Seeded entries are edited
 * like any other (they stay marked `isSeeded`); codes and numbers are unique; an entry a live row
 * uses cannot be deleted. Call these inside a transaction.
 */

type Catalogue = Repositories['catalogue'];

function codeFree(owner: string | null, code: string, self: string | null): void {
  if (owner && owner !== self) throw conflictIn('code', 'validation.codeTaken', { code });
}

function unused(used: number): void {
  if (used > 0) throw refused('catalogueInUse', { count: used });
}

export function createIntervention(catalogue: Catalogue, input: ParsedInputOf<'interventions.create'>): Intervention {
  if (input.code) codeFree(catalogue.interventions.codeOwner(input.code), input.code, null);
  return catalogue.interventions.create(input);
}

/** A change of kind carries over to the rows that name the intervention. */
export function updateIntervention(catalogue: Catalogue, input: ParsedInputOf<'interventions.update'>): Intervention {
  const { id, ...fields } = input;
  if (!catalogue.interventions.get(id)) throw notFound('catalogueEntry');
  if (fields.code) codeFree(catalogue.interventions.codeOwner(fields.code), fields.code, id);
  return catalogue.interventions.update(id, fields) as Intervention;
}

export function deleteIntervention(catalogue: Catalogue, id: string): void {
  if (!catalogue.interventions.get(id)) throw notFound('catalogueEntry');
  unused(catalogue.interventions.usage(id));
  catalogue.interventions.remove(id);
}

function numberFree(catalogue: Catalogue, scheme: ConvergenceAction['scheme'], number: number, self: string | null) {
  const owner = catalogue.convergenceActions.numberOwner(scheme, number);
  if (owner && owner !== self) throw conflictIn('number', 'validation.numberTaken', { number });
}

export function createConvergenceAction(
  catalogue: Catalogue,
  input: ParsedInputOf<'convergenceActions.create'>,
): ConvergenceAction {
  numberFree(catalogue, input.scheme, input.number, null);
  return catalogue.convergenceActions.create(input);
}

export function updateConvergenceAction(
  catalogue: Catalogue,
  input: ParsedInputOf<'convergenceActions.update'>,
): ConvergenceAction {
  const { id, ...fields } = input;
  if (!catalogue.convergenceActions.get(id)) throw notFound('catalogueEntry');
  numberFree(catalogue, fields.scheme, fields.number, id);
  return catalogue.convergenceActions.update(id, fields) as ConvergenceAction;
}

export function deleteConvergenceAction(catalogue: Catalogue, id: string): void {
  if (!catalogue.convergenceActions.get(id)) throw notFound('catalogueEntry');
  unused(catalogue.convergenceActions.usage(id));
  catalogue.convergenceActions.remove(id);
}

/** Sources nest one level (DAK Nonfisik → BOK): a parent is a top-level source other than itself. */
function checkParent(catalogue: Catalogue, parentId: string | null, self: string | null): void {
  if (!parentId) return;
  const parent = catalogue.fundingSources.get(parentId);
  const nests = self !== null && (parent?.id === self || catalogue.fundingSources.children(self) > 0);
  if (!parent || parent.parentId || nests) throw invalidField('parentId', 'validation.fundingParent');
}

export function createFundingSource(
  catalogue: Catalogue,
  input: ParsedInputOf<'fundingSources.create'>,
): FundingSource {
  codeFree(catalogue.fundingSources.codeOwner(input.code), input.code, null);
  checkParent(catalogue, input.parentId, null);
  return catalogue.fundingSources.create(input);
}

export function updateFundingSource(
  catalogue: Catalogue,
  input: ParsedInputOf<'fundingSources.update'>,
): FundingSource {
  const { id, ...fields } = input;
  if (!catalogue.fundingSources.get(id)) throw notFound('catalogueEntry');
  codeFree(catalogue.fundingSources.codeOwner(fields.code), fields.code, id);
  checkParent(catalogue, fields.parentId, id);
  return catalogue.fundingSources.update(id, fields) as FundingSource;
}

export function deleteFundingSource(catalogue: Catalogue, id: string): void {
  if (!catalogue.fundingSources.get(id)) throw notFound('catalogueEntry');
  unused(catalogue.fundingSources.usage(id));
  const children = catalogue.fundingSources.children(id);
  if (children > 0) throw refused('catalogueHasChildren', { count: children });
  catalogue.fundingSources.remove(id);
}
