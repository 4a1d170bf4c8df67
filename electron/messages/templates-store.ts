import { AppError } from '../../shared/api/result';
import type { MessageTemplatesSetup } from '../../shared/domain/messages';
import {
  DEFAULT_MESSAGE_TEMPLATES,
  MESSAGE_KINDS,
  MESSAGE_PLACEHOLDERS,
  type MessageKind,
  type MessageTemplates,
} from '../../shared/messages/templates';
import { unknownPlaceholdersOf } from '../../shared/text/placeholders';
import type { Repositories } from '../db/repositories';

/** The office's own wording per kind, in the settings; kinds it has not changed follow Sirakor's. */
const SETTINGS_KEY = 'messageTemplates';

type Stored = Partial<MessageTemplates>;

export function templatesSetupOf(repos: Repositories): MessageTemplatesSetup {
  const stored = repos.settings.get<Stored>(SETTINGS_KEY) ?? {};
  const templates = { ...DEFAULT_MESSAGE_TEMPLATES };
  const custom = { invitation: false, summary: false, reminder: false };
  for (const kind of MESSAGE_KINDS) {
    const text = stored[kind];
    if (typeof text === 'string') {
      templates[kind] = text;
      custom[kind] = true;
    }
  }
  return { templates, custom };
}

/** Saves the office's wording (null: back to Sirakor's); a placeholder the kind does not know is refused on its field. */
export function saveTemplates(repos: Repositories, templates: Record<MessageKind, string | null>): void {
  for (const kind of MESSAGE_KINDS) {
    const text = templates[kind];
    const [unknown] = text === null ? [] : unknownPlaceholdersOf(text, MESSAGE_PLACEHOLDERS[kind]);
    if (unknown !== undefined) {
      throw new AppError('VALIDATION', 'error.validation', undefined, [
        {
          path: `templates.${kind}`,
          key: 'messages.unknownPlaceholder',
          params: {
            placeholder: `{${unknown}}`,
            known: MESSAGE_PLACEHOLDERS[kind].map((name) => `{${name}}`).join(', '),
          },
        },
      ]);
    }
  }
  const stored: Stored = {};
  for (const kind of MESSAGE_KINDS) {
    const text = templates[kind];
    if (text !== null && text !== DEFAULT_MESSAGE_TEMPLATES[kind]) stored[kind] = text;
  }
  repos.settings.set(SETTINGS_KEY, stored);
}
