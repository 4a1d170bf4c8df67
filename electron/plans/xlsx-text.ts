import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Text a spreadsheet would take for a formula (or a DDE call) once the cell is edited or saved as CSV. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

/** The style marker exceljs can write (hidden protection means nothing on an unprotected sheet). */
export const QUOTE_PREFIX_MARKER = { locked: true, hidden: true } as const;

/**
 * Excel's `quotePrefix` keeps a cell text even when it is edited, without showing an apostrophe;
 * exceljs cannot write it, so cells that need it carry the marker style, swapped for it here.
 */
export function applyQuotePrefix(xlsx: Uint8Array): Uint8Array {
  const files = unzipSync(xlsx);
  const styles = files['xl/styles.xml'];
  if (!styles) throw new Error('xlsx without styles');
  const marker = '<protection hidden="1"/>';
  const patched = strFromU8(styles).replace(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g, (xf) =>
    xf.includes(marker)
      ? xf
          .replace(marker, '')
          .replace(/\s*applyProtection="1"/, '')
          .replace(/^<xf\b/, '<xf quotePrefix="1"')
      : xf,
  );
  files['xl/styles.xml'] = strToU8(patched);
  return zipSync(files, { level: 6 });
}
