import { create } from 'zustand';
import type { AppInfo } from '../../shared/domain/app';
import type { Language, Settings } from '../../shared/domain/settings';
import type { Message } from '../../shared/api/result';
import { call, onChange } from '../api/client';
import { setLanguage } from '../i18n';

interface SettingsState {
  settings: Settings | null;
  info: AppInfo | null;
  error: Message | null;
  load(): Promise<void>;
  changeLanguage(language: Language): Promise<void>;
}

/** The office identity and UI language: loaded once at start, refreshed on change. */
export const useSettings = create<SettingsState>((set) => ({
  settings: null,
  info: null,
  error: null,
  async load() {
    const [settings, info] = await Promise.all([call('settings.get', {}), call('app.info', {})]);
    if (!settings.ok) {
      set({ error: settings.error.message });
      return;
    }
    set({ settings: settings.value, info: info.ok ? info.value : null, error: null });
    await setLanguage(settings.value.language);
  },
  async changeLanguage(language) {
    const result = await call('settings.update', { language });
    if (result.ok) {
      set({ settings: result.value });
      await setLanguage(language);
    }
  },
}));

onChange((event) => {
  if (event.entities.includes('settings')) void useSettings.getState().load();
});
