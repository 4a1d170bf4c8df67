import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Message } from '../../shared/api/result';
import type { Language } from '../../shared/domain/settings';
import { en } from './locales/en';
import { id } from './locales/id';

export const resources = { id: { translation: id }, en: { translation: en } } as const;

/** Indonesian first; English is chosen in Pengaturan and stored in the database. */
export async function initI18n(language: Language = 'id'): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'id',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

export function setLanguage(language: Language): Promise<unknown> {
  document.documentElement.lang = language;
  return i18next.changeLanguage(language);
}

/**
 * Translates a message coming from the host (an i18n key with parameters). A key the locale
 * does not know (a newer host) still yields a human sentence rather than the raw key.
 */
export function translateMessage(message: Message): string {
  const key = i18next.exists(message.key)
    ? message.key
    : message.key.startsWith('validation.')
      ? 'validation.invalid'
      : 'error.internal';
  // A parameter may itself be a key (`meetingStatus.held`): it is shown translated.
  const params = Object.fromEntries(
    Object.entries(message.params ?? {}).map(([name, value]) => [
      name,
      typeof value === 'string' && value.includes('.') && i18next.exists(value)
        ? i18next.t(value as 'error.internal')
        : value,
    ]),
  );
  return i18next.t(key as 'error.internal', params);
}

export { i18next };
