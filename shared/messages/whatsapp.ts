/**
 * WhatsApp's own formatting and its click-to-chat links. Sirakor sends nothing itself: the user
 * copies a text, or opens `https://wa.me/<number>?text=…`, which the desktop host opens in the
 * system browser only after asking (electron/host/external-links.ts).
 */

/** Longest link the desktop host opens (electron/host/external-links.ts); a longer text is copied instead. */
export const MAX_LINK_LENGTH = 2048;

/**
 * `*bold*` as WhatsApp shows it: the markers must touch the text and stay on one line, and a star
 * inside would end the bold early, so stars and line breaks are taken out of the text.
 */
export function bold(text: string): string {
  const inner = text.replace(/\*/g, '').replace(/\s+/g, ' ').trim();
  return inner ? `*${inner}*` : '';
}

/**
 * The number wa.me expects: country code and digits, no `+` (`6281234567890`). Indonesian numbers
 * are typed `0812…`, `+62 812…`, `62812…` or `812…`. Null when it cannot be a mobile number.
 */
export function whatsappNumber(phone: string | null): string | null {
  if (!phone) return null;
  let digits = phone.replace(/\D/g, '');
  if (digits.startsWith('0')) digits = `62${digits.slice(1)}`;
  else if (digits.startsWith('8')) digits = `62${digits}`;
  return /^\d{9,15}$/.test(digits) && !digits.startsWith('0') ? digits : null;
}

/** Half of a surrogate pair without its other half: no character, and URI encoding refuses it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The click-to-chat link; without a number WhatsApp asks whom to send it to. */
export function whatsappUrl(number: string | null, text: string): string {
  return `https://wa.me/${number ?? ''}?text=${encodeURIComponent(text.replace(LONE_SURROGATE, '\uFFFD'))}`;
}
