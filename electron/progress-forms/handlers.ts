import { repositoriesOf } from '../db/repositories';
import { importForm } from './service';
import type { HandlerGroup } from '../api/handler-types';

/** Progress forms (formulir laporan progres): made per institution, filled by it, imported back. */
export const progressFormsHandlers: HandlerGroup<'progressForms.institutions' | 'progressForms.import'> = {
  'progressForms.institutions': (_input, ctx) => repositoriesOf(ctx).openCommitments.institutions(),
  'progressForms.import': (input, ctx) => importForm(ctx, input),
};
