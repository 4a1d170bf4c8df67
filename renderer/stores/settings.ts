import { useQuery } from '@tanstack/react-query';
import type { AppInfo } from '../../shared/domain/app';
import type { Language, Settings } from '../../shared/domain/settings';
import { call, callOrThrow } from '../api/client';
import { composedQuery, queryClient, useApiQuery } from '../api/queries';
import { setLanguage } from '../i18n';

/**
 * The office identity and UI language, read through the query layer. The language is switched
 * before the answer reaches the screens, so they never draw in the previous one.
 */
export const settingsQuery = composedQuery(['settings'], ['settings.get'], async () => {
  const settings = await callOrThrow('settings.get', {});
  await setLanguage(settings.language);
  return settings;
});

export function useSettingsQuery() {
  return useQuery(settingsQuery);
}

export function useSettings(): Settings | undefined {
  return useSettingsQuery().data;
}

/** The settings as last read, for code outside components (the area pickers' own kabupaten). */
export function currentSettings(): Settings | undefined {
  return queryClient.getQueryData(settingsQuery.queryKey);
}

/** Version, data folder and host: they do not change while the app runs. */
export function useAppInfo(): AppInfo | undefined {
  return useApiQuery('app.info', {}).data;
}

export async function changeLanguage(language: Language): Promise<void> {
  const result = await call('settings.update', { language });
  if (!result.ok) return;
  await setLanguage(language);
  queryClient.setQueryData(settingsQuery.queryKey, result.value);
}
