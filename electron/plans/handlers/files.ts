import { exportPlanXlsx, planDocument } from '../files';
import { importPlanXlsx } from '../import';
import type { HandlerGroup } from '../../api/handler-types';

/** Files of a plan: XLSX export and import, and the printed matrix (PDF/DOCX). */
export const planFilesHandlers: HandlerGroup<'plans.exportXlsx' | 'plans.importXlsx' | 'documents.plan'> = {
  'plans.exportXlsx': (input, ctx) => exportPlanXlsx(ctx.db, input.planId),
  'plans.importXlsx': (input, ctx) => importPlanXlsx(ctx.db, input),
  'documents.plan': (input, ctx) => planDocument(ctx.db, ctx.resourcesDir, input),
};
