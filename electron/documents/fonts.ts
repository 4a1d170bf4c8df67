import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Liberation Sans: metric-compatible with Arial (what offices expect), and its 2.x release covers
 * Latin Extended (Ł), Vietnamese (ẵ), curly quotes and dashes. Shipped in resources/fonts with
 * its licence (SIL OFL 1.1), embedded in every PDF and named by every DOCX.
 */
export const DOCUMENT_FONT_FAMILY = 'Liberation Sans';

export interface FontFamily {
  regular: Buffer;
  bold: Buffer;
  italic: Buffer;
  boldItalic: Buffer;
}

const FILES: Record<keyof FontFamily, string> = {
  regular: 'LiberationSans-Regular.ttf',
  bold: 'LiberationSans-Bold.ttf',
  italic: 'LiberationSans-Italic.ttf',
  boldItalic: 'LiberationSans-BoldItalic.ttf',
};

const loaded = new Map<string, FontFamily>();

/**
 * Reads the family from `<resourcesDir>/fonts` once per folder: resources/ in development,
 * process.resourcesPath in the packaged app (electron-builder's extraResources).
 */
export function loadFontFamily(resourcesDir: string): FontFamily {
  const cached = loaded.get(resourcesDir);
  if (cached) return cached;
  const dir = join(resourcesDir, 'fonts');
  const family: FontFamily = {
    regular: readFileSync(join(dir, FILES.regular)),
    bold: readFileSync(join(dir, FILES.bold)),
    italic: readFileSync(join(dir, FILES.italic)),
    boldItalic: readFileSync(join(dir, FILES.boldItalic)),
  };
  loaded.set(resourcesDir, family);
  return family;
}
