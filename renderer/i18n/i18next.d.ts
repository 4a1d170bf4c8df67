import 'i18next';
import type { id } from './locales/id';

/** Makes `t('unknown.key')` a compile error: every key must exist in the Indonesian locale. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof id };
  }
}
