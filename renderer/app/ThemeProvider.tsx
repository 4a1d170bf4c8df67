import { createTheme, MantineProvider, mergeThemeOverrides } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { readableColors, theme } from './theme';

/**
 * The theme with labels for the icon-only buttons Mantine draws itself (the × of dialogs, drawers,
 * notifications and clearable fields), in the current language, so a screen reader names them.
 */
export function ThemeProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const localized = useMemo(() => {
    const close = { 'aria-label': t('common.close') };
    const clear = { 'aria-label': t('common.clear') };
    return mergeThemeOverrides(
      theme,
      createTheme({
        components: {
          Modal: { defaultProps: { closeButtonProps: close } },
          Drawer: { defaultProps: { closeButtonProps: close } },
          Notification: { defaultProps: { closeButtonProps: close } },
          Alert: { defaultProps: { closeButtonLabel: t('common.close') } },
          Select: { defaultProps: { clearButtonProps: clear } },
          MultiSelect: { defaultProps: { clearButtonProps: clear } },
          FileInput: { defaultProps: { clearButtonProps: clear } },
        },
      }),
    );
  }, [t]);
  return (
    <MantineProvider theme={localized} cssVariablesResolver={readableColors} defaultColorScheme="light">
      {children}
    </MantineProvider>
  );
}
