import { createTheme } from '@mantine/core';

/**
 * Calm, high-contrast defaults for long office sessions on modest screens: system fonts (no
 * download), a government-blue primary colour, compact but readable sizes.
 */
export const theme = createTheme({
  primaryColor: 'indigo',
  fontFamily: 'system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif',
  defaultRadius: 'sm',
  headings: { fontWeight: '600' },
});
