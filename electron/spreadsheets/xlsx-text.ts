// fflate's browser build: its Node build declares a top-level `require` that clashes with the
// CommonJS shim electron-vite adds to worker chunks ("Identifier 'require' has already been
// declared"); the synchronous zip functions are the same in both.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate/browser';
import { hasNonXmlChars, xmlSafeText } from '../../shared/text/xml-chars';

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
  dropNonXmlChars(files);
  return zipSync(files, { level: 6 });
}

/**
 * exceljs drops C0 controls from text but writes U+FFFE and U+FFFF, which Excel (and exceljs
 * itself, reading the file back) refuses: they are removed from the workbook's XML parts.
 */
export function dropNonXmlChars(files: Record<string, Uint8Array>): void {
  for (const [name, content] of Object.entries(files)) {
    if (!name.endsWith('.xml')) continue;
    const text = strFromU8(content);
    if (hasNonXmlChars(text)) files[name] = strToU8(xmlSafeText(text));
  }
}
