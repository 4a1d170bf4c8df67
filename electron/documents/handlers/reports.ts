import { repositoriesOf } from '../../db/repositories';
import { agreementWordingOf, beritaAcaraDocument, saveAgreementWording } from '../berita-acara';

import type { HandlerGroup } from '../../api/handler-types';

/** The berita acara kesepakatan of a meeting and the chair's laporan semester, drawn in the document worker. */
export const reportsHandlers: HandlerGroup<
  'documents.agreement' | 'documents.agreementWording' | 'documents.setAgreementWording'
> = {
  'documents.agreement': (input, ctx) => beritaAcaraDocument(ctx, input),

  'documents.agreementWording': (_input, ctx) => agreementWordingOf(repositoriesOf(ctx)),

  'documents.setAgreementWording': (input, ctx) => {
    const repos = repositoriesOf(ctx);
    return ctx.db.transaction(() => saveAgreementWording(repos, input.wording))();
  },
};
