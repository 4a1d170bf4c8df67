import { AppError } from '../../../shared/api/result';
import type { OfficeIdentity } from '../../../shared/domain/settings';
import { MAX_LINK_LENGTH, whatsappUrl } from '../../../shared/messages/whatsapp';
import { repositoriesOf } from '../../db/repositories';
import { meetingMessage, reminderMessages } from '../../messages/compose';
import { numberOf } from '../../messages/recipients';
import { saveTemplates, templatesSetupOf } from '../../messages/templates-store';
import { readWorkspace } from '../../services/meeting-workspace';
import { nowOf } from '../context';
import { notFound } from '../errors';
import type { HandlerGroup } from '../handler-types';
import { officeZoneOf } from './follow-up-support';

/**
 * WhatsApp-ready texts (issue 12): the invitation and, after approval, the summary of a meeting;
 * per institution, a reminder of its open commitments. Sirakor sends nothing: the user copies a
 * text or opens its wa.me link, which the desktop host opens only after asking.
 */
export const messagesHandlers: HandlerGroup<
  'messages.templates' | 'messages.setTemplates' | 'messages.meeting' | 'messages.reminders' | 'messages.whatsappLink'
> = {
  'messages.templates': (_input, ctx) => templatesSetupOf(repositoriesOf(ctx.db)),

  'messages.setTemplates': (input, ctx) => {
    const repos = repositoriesOf(ctx.db);
    ctx.db.transaction(() => saveTemplates(repos, input.templates))();
    return templatesSetupOf(repos);
  },

  'messages.meeting': (input, ctx) => {
    const repos = repositoriesOf(ctx.db);
    return ctx.db.transaction(() => {
      const workspace = readWorkspace(ctx.db, input.meetingId);
      const office = repos.settings.get<OfficeIdentity>('office')?.officeName ?? '';
      return meetingMessage(repos, workspace, input.kind, templatesSetupOf(repos).templates, office);
    })();
  },

  'messages.reminders': (input, ctx) => {
    const repos = repositoriesOf(ctx.db);
    if (input.institutionId && !repos.institutions.get(input.institutionId)) throw notFound('institution');
    return ctx.db.transaction(() =>
      reminderMessages(
        ctx.db,
        repos,
        {
          templates: templatesSetupOf(repos).templates,
          office: repos.settings.get<OfficeIdentity>('office')?.officeName ?? '',
          officeZone: officeZoneOf(repos),
          now: nowOf(ctx),
        },
        input.institutionId,
      ),
    )();
  },

  /** The click-to-chat link with the recipient's full number, which never travels otherwise. */
  'messages.whatsappLink': (input, ctx) => {
    const repos = repositoriesOf(ctx.db);
    if (input.personId && !repos.people.get(input.personId)) throw notFound('person');
    if (input.institutionId && !repos.institutions.get(input.institutionId)) throw notFound('institution');
    const url = whatsappUrl(numberOf(repos, input), input.text);
    if (url.length > MAX_LINK_LENGTH)
      throw new AppError('VALIDATION', 'error.validation', undefined, [
        { path: 'text', key: 'messages.tooLongForLink', params: { max: MAX_LINK_LENGTH } },
      ]);
    return { url };
  },
};
