/**
 * Characters XML 1.0 cannot hold: C0 controls other than tab, line feed and carriage return, and
 * the non-characters U+FFFE and U+FFFF. Word and Excel refuse a file that has one in its XML
 * (a user can paste them; another tool can store them), so text going into DOCX or XLSX drops
 * them. Lone surrogates need nothing here: UTF-8 encoding writes them as U+FFFD.
 */
// eslint-disable-next-line no-control-regex -- these control characters are what it finds
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function hasNonXmlChars(text: string): boolean {
  NOT_XML.lastIndex = 0;
  const found = NOT_XML.test(text);
  NOT_XML.lastIndex = 0;
  return found;
}

export function xmlSafeText(text: string): string {
  return hasNonXmlChars(text) ? text.replace(NOT_XML, '') : text;
}
