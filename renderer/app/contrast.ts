/** WCAG contrast arithmetic for the theme: the palette is made readable once, at start-up. */

function channels(hex: string): [number, number, number] {
  const value = hex.replace('#', '');
  return [0, 2, 4].map((at) => parseInt(value.slice(at, at + 2), 16)) as [number, number, number];
}

function toHex(rgb: readonly number[]): string {
  return `#${rgb
    .map((c) =>
      Math.round(Math.min(255, Math.max(0, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** WCAG AA for normal text; badges and small labels are normal text. */
export const AA = 4.5;

/** `color`, darkened in small steps until it reads on every background given (AA). */
export function readableOn(color: string, backgrounds: readonly string[], ratio = AA): string {
  let rgb = channels(color);
  let hex = color;
  while (backgrounds.some((bg) => contrastRatio(hex, bg) < ratio) && rgb.some((c) => c > 0)) {
    rgb = rgb.map((c) => c * 0.92) as [number, number, number];
    hex = toHex(rgb);
  }
  return hex;
}
