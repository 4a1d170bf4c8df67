import { localDateIn } from '../../../shared/domain/overdue';
import { repositoriesOf } from '../../db/repositories';
import { commitmentReportDocument } from '../../documents/commitment-report';
import { documentFileName, meetingDocumentModel, renderDocument } from '../../documents/meeting-document';
import {
  documentSettingsOf,
  letterDefaultsOf,
  readLogo,
  removeLogo,
  saveSetup,
  setupOf,
  storeLogo,
} from '../../documents/setup-store';
import { readWorkspace } from '../../services/meeting-workspace';
import type { HandlerGroup } from '../handler-types';
import { unknownReference } from '../errors';
import { clockOf } from './follow-up-support';
import { annexOf } from '../../meeting-files/annex';

export const documentsHandlers: HandlerGroup<
  | 'documents.setup'
  | 'documents.updateSetup'
  | 'documents.setLogo'
  | 'documents.removeLogo'
  | 'documents.meeting'
  | 'documents.commitments'
> = {
  'documents.setup': (_input, ctx) => setupOf(repositoriesOf(ctx.db), ctx.dataDir),

  'documents.updateSetup': (input, ctx) => {
    const repos = repositoriesOf(ctx.db);
    if (input.letters.signerPersonId && !repos.people.exists(input.letters.signerPersonId)) {
      throw unknownReference('letters.signerPersonId', 'validation.personUnknown');
    }
    const current = documentSettingsOf(repos);
    ctx.db.transaction(() => {
      saveSetup(
        repos,
        { ...input.settings, letterhead: { ...input.settings.letterhead, logoFile: current.letterhead.logoFile } },
        input.letters,
      );
    })();
    return setupOf(repos, ctx.dataDir);
  },

  'documents.setLogo': (input, ctx) => {
    const repos = repositoriesOf(ctx.db);
    storeLogo(repos, ctx.dataDir, Buffer.from(input.dataBase64, 'base64'));
    return setupOf(repos, ctx.dataDir);
  },

  'documents.removeLogo': (_input, ctx) => {
    const repos = repositoriesOf(ctx.db);
    removeLogo(repos, ctx.dataDir);
    return setupOf(repos, ctx.dataDir);
  },

  /** A meeting document as PDF or DOCX; both formats are drawn from the same model. */
  'documents.meeting': async (input, ctx) => {
    const repos = repositoriesOf(ctx.db);
    const workspace = readWorkspace(ctx.db, input.meetingId);
    const settings = documentSettingsOf(repos);
    const letters = letterDefaultsOf(repos);
    const annexPhotos = input.document === 'notulen' ? await annexOf(ctx, input.meetingId) : [];
    const model = await meetingDocumentModel(input, {
      repos,
      workspace,
      settings,
      logo: readLogo(ctx.dataDir, settings),
      today: localDateIn(workspace.meeting.timeZone, new Date()),
      defaultSignerId: letters.signerPersonId,
      signerHeading: letters.signerHeading,
      copies: letters.copies,
      resourcesDir: ctx.resourcesDir,
      annexPhotos,
    });
    const fileName = documentFileName(input.document, workspace.meeting.title, workspace.meeting.date, input.format);
    return renderDocument(model, input.format, ctx.resourcesDir, fileName);
  },

  /**
   * Laporan tindak lanjut komitmen over the ledger's filters, per institution or per meeting.
   * Refused past 5,000 commitments (narrow the filter); drawn in the document worker thread.
   */
  'documents.commitments': (input, ctx) => {
    const clock = clockOf(ctx, repositoriesOf(ctx.db));
    return commitmentReportDocument(ctx.db, ctx.dataDir, ctx.resourcesDir, input, clock);
  },
};
