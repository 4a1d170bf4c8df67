import { createTheme, DEFAULT_THEME, type CSSVariablesResolver } from '@mantine/core';
import { AA, contrastRatio, readableOn } from './contrast';

/**
 * Calm, high-contrast defaults for long office sessions on modest screens: system fonts (no
 * download), a government-blue primary colour, compact but readable sizes.
 */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: 7,
  fontFamily: 'system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif',
  defaultRadius: 'sm',
  headings: { fontWeight: '600' },
});

const WHITE = '#ffffff';
const GRAY_0 = DEFAULT_THEME.colors.gray[0];

/**
 * Mantine's light palette fails WCAG AA in places (grey "dimmed" text, green or orange badges,
 * white on a filled yellow): every colour used as text gets the shade, or a darker tone, that
 * reads at 4.5:1 on the surfaces it is drawn on. Computed from the palette, so no colour is missed.
 */
export const readableColors: CSSVariablesResolver = () => {
  const light: Record<string, string> = {
    '--mantine-color-dimmed': readableOn(DEFAULT_THEME.colors.gray[6], [WHITE, GRAY_0, DEFAULT_THEME.colors.gray[1]]),
    '--mantine-color-placeholder': readableOn(DEFAULT_THEME.colors.gray[6], [WHITE, GRAY_0]),
  };
  for (const [name, shades] of Object.entries(DEFAULT_THEME.colors)) {
    // Filled: the first shade from the primary one on that carries white text, else a darker tone.
    const filled = shades.slice(7).find((shade) => contrastRatio(WHITE, shade) >= AA) ?? readableOn(shades[9], [WHITE]);
    light[`--mantine-color-${name}-filled`] = filled;
    light[`--mantine-color-${name}-filled-hover`] = readableOn(filled, [WHITE], AA + 1);
    light[`--mantine-color-${name}-outline`] = filled;
    // Light (badges, light buttons, alerts' titles) is drawn on shade 1, hovered on shade 2.
    light[`--mantine-color-${name}-light-color`] = readableOn(shades[9], [shades[1], shades[2], WHITE]);
    light[`--mantine-color-${name}-text`] = readableOn(filled, [WHITE, GRAY_0, shades[0]]);
  }
  // Field messages and the text of an invalid field.
  light['--mantine-color-error'] = readableOn(DEFAULT_THEME.colors.red[6], [WHITE, GRAY_0]);
  light['--mantine-color-anchor'] = light['--mantine-color-indigo-text'] ?? DEFAULT_THEME.colors.indigo[8];
  return { variables: {}, light, dark: {} };
};
