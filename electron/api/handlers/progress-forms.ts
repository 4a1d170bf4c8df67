import { institutionsWithOpenCommitments } from '../../progress-forms/form-data';
import { generateForms, importForm } from '../../progress-forms/service';
import type { HandlerGroup } from '../handler-types';

/** Progress forms (formulir laporan progres): made per institution, filled by it, imported back. */
export const progressFormsHandlers: HandlerGroup<
  'progressForms.institutions' | 'progressForms.generate' | 'progressForms.import'
> = {
  'progressForms.institutions': (_input, ctx) => institutionsWithOpenCommitments(ctx.db),
  'progressForms.generate': (input, ctx) => generateForms(ctx, input),
  'progressForms.import': (input, ctx) => importForm(ctx, input),
};
