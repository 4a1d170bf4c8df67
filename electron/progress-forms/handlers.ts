import { repositoriesOf } from '../db/repositories';
import { generateForms, importForm } from './service';
import type { HandlerGroup } from '../api/handler-types';

/** Progress forms (formulir laporan progres): made per institution, filled by it, imported back. */
export const progressFormsHandlers: HandlerGroup<
  'progressForms.institutions' | 'progressForms.generate' | 'progressForms.import'
> = {
  'progressForms.institutions': (_input, ctx) => repositoriesOf(ctx).openCommitments.institutions(),
  'progressForms.generate': (input, ctx) => generateForms(ctx, input),
  'progressForms.import': (input, ctx) => importForm(ctx, input),
};
