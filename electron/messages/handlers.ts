import type { OfficeIdentity } from '../../shared/domain/settings';
import { MAX_LINK_LENGTH, whatsappUrl } from '../../shared/messages/whatsapp';
import { repositoriesOf } from '../db/repositories';
import { meetingMessage, reminderMessages } from './compose';
import { numberOf } from './recipients';
import { saveTemplates, templatesSetupOf } from './templates-store';
import { readWorkspace } from '../meetings/workspace';
import { invalidField, notFound } from '../api/errors';
import type { HandlerGroup } from '../api/handler-types';
import { officeZoneOf } from '../commitments/follow-up';

/**
 * WhatsApp-ready texts (issue 12): the invitation and, after approval, the summary of a meeting;
 * per institution, a reminder of its open commitments. Sirakor sends nothing: the user copies a
 * text or opens its wa.me link, which the desktop host opens only after asking.
 */
export const messagesHandlers: HandlerGroup<
  'messages.templates' | 'messages.setTemplates' | 'messages.meeting' | 'messages.reminders' | 'messages.whatsappLink'
> = {
  'messages.templates': (_input, ctx) => templatesSetupOf(repositoriesOf(ctx)),

  'messages.setTemplates': (input, ctx) => {
    const repos = repositoriesOf(ctx);
    ctx.db.transaction(() => saveTemplates(repos, input.templates))();
    return templatesSetupOf(repos);
  },

  'messages.meeting': (input, ctx) => {
    const repos = repositoriesOf(ctx);
    return ctx.db.transaction(() => {
      const workspace = readWorkspace(ctx, input.meetingId);
      const office = repos.settings.get<OfficeIdentity>('office')?.officeName ?? '';
      return meetingMessage(repos, workspace, input.kind, templatesSetupOf(repos).templates, office);
    })();
  },

  'messages.reminders': (input, ctx) => {
    const repos = repositoriesOf(ctx);
    if (input.institutionId && !repos.institutions.get(input.institutionId)) throw notFound('institution');
    return ctx.db.transaction(() =>
      reminderMessages(
        repos,
        {
          templates: templatesSetupOf(repos).templates,
          office: repos.settings.get<OfficeIdentity>('office')?.officeName ?? '',
          officeZone: officeZoneOf(repos),
          now: ctx.now(),
        },
        input.institutionId,
      ),
    )();
  },

  /** The click-to-chat link with the recipient's full number, which never travels otherwise. */
  'messages.whatsappLink': (input, ctx) => {
    const repos = repositoriesOf(ctx);
    if (input.personId && !repos.people.get(input.personId)) throw notFound('person');
    if (input.institutionId && !repos.institutions.get(input.institutionId)) throw notFound('institution');
    const url = whatsappUrl(numberOf(repos, input), input.text);
    if (url.length > MAX_LINK_LENGTH) throw invalidField('text', 'messages.tooLongForLink', { max: MAX_LINK_LENGTH });
    return { url };
  },
};
