import { repositoriesOf } from '../../db/repositories';
import { agreementWordingOf, beritaAcaraDocument, saveAgreementWording } from '../berita-acara';
import { semesterReportDocument } from '../semester-report';
import type { HandlerGroup } from '../../api/handler-types';
import { clockOf } from '../../commitments/follow-up';

/** The berita acara kesepakatan of a meeting and the chair's laporan semester, drawn in the document worker. */
export const reportsHandlers: HandlerGroup<
  'documents.agreement' | 'documents.agreementWording' | 'documents.setAgreementWording' | 'documents.semester'
> = {
  'documents.agreement': (input, ctx) => beritaAcaraDocument(ctx.db, ctx.dataDir, ctx.resourcesDir, input),

  'documents.agreementWording': (_input, ctx) => agreementWordingOf(repositoriesOf(ctx.db)),

  'documents.setAgreementWording': (input, ctx) => {
    const repos = repositoriesOf(ctx.db);
    return ctx.db.transaction(() => saveAgreementWording(repos, input.wording))();
  },

  'documents.semester': (input, ctx) => {
    const clock = clockOf(ctx, repositoriesOf(ctx.db));
    return semesterReportDocument(ctx.db, ctx.dataDir, ctx.resourcesDir, input, clock);
  },
};
