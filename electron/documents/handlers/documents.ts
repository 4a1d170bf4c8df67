import { localDateIn } from '../../../shared/domain/overdue';
import { repositoriesOf } from '../../db/repositories';

import { documentFileName, meetingDocumentModel, renderDocument } from '../meeting-document';
import {
  documentSettingsOf,
  letterDefaultsOf,
  readLogo,
  removeLogo,
  saveSetup,
  setupOf,
  storeLogo,
} from '../setup-store';
import { documentOrigin } from '../../exchange/office-letterhead';
import { readWorkspace } from '../../meetings/workspace';
import type { HandlerGroup } from '../../api/handler-types';
import { invalidField } from '../../api/errors';
import { annexOf } from '../../meeting-files/annex';

export const documentsHandlers: HandlerGroup<
  'documents.setup' | 'documents.updateSetup' | 'documents.setLogo' | 'documents.removeLogo' | 'documents.meeting'
> = {
  'documents.setup': (_input, ctx) => setupOf(repositoriesOf(ctx), ctx.dataDir),

  'documents.updateSetup': (input, ctx) => {
    const repos = repositoriesOf(ctx);
    if (input.letters.signerPersonId && !repos.people.exists(input.letters.signerPersonId)) {
      throw invalidField('letters.signerPersonId', 'validation.personUnknown');
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
    const repos = repositoriesOf(ctx);
    storeLogo(repos, ctx.dataDir, Buffer.from(input.dataBase64, 'base64'));
    return setupOf(repos, ctx.dataDir);
  },

  'documents.removeLogo': (_input, ctx) => {
    const repos = repositoriesOf(ctx);
    removeLogo(repos, ctx.dataDir);
    return setupOf(repos, ctx.dataDir);
  },

  /** A meeting document as PDF or DOCX; both formats are drawn from the same model. */
  'documents.meeting': async (input, ctx) => {
    const repos = repositoriesOf(ctx);
    const workspace = readWorkspace(ctx, input.meetingId);
    // Another office's meeting is printed under its kop surat and logo (issue 11), not this office's.
    const saved = documentSettingsOf(repos);
    const { settings, logo } = documentOrigin(
      repos,
      ctx.dataDir,
      { settings: saved, logo: readLogo(ctx.dataDir, saved) },
      workspace.origin,
    );
    const letters = letterDefaultsOf(repos);
    const annexPhotos = input.document === 'notulen' ? await annexOf(ctx, input.meetingId) : [];
    const model = await meetingDocumentModel(input, {
      repos,
      workspace,
      settings,
      logo,
      today: localDateIn(workspace.meeting.timeZone, ctx.now()),
      defaultSignerId: letters.signerPersonId,
      signerHeading: letters.signerHeading,
      copies: letters.copies,
      resourcesDir: ctx.resourcesDir,
      annexPhotos,
    });
    const fileName = documentFileName(input.document, workspace.meeting.title, workspace.meeting.date, input.format);
    return renderDocument(model, input.format, ctx.resourcesDir, fileName, ctx.now());
  },

  /**
   * Laporan tindak lanjut komitmen over the ledger's filters, per institution or per meeting.
   * Any number of commitments (the app runs it as the job `commitmentReport`); drawn in the document worker thread.
   */
};
