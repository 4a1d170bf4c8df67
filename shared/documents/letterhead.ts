import type { DocumentSettings } from '../domain/document-settings';
import { textWidthMm as pageTextWidthMm } from './geometry';
import { LETTERHEAD_CONTACT_SIZE, LETTERHEAD_LOGO_COLUMN_MM } from './layout';
import { textWidthMm } from './metrics';
import type { Letterhead, Orientation } from './model';

const SEPARATOR = ' · ';

/**
 * Contacts joined by ` · `, as many on a line as fit: a line breaks between two contacts, never
 * inside the separator, so that no line ends (or starts) with a dangling `·`.
 */
function contactLinesOf(contacts: readonly string[], widthMm: number): string[] {
  const lines: string[] = [];
  for (const contact of contacts) {
    const last = lines[lines.length - 1];
    const joined = last === undefined ? null : `${last}${SEPARATOR}${contact}`;
    if (joined !== null && textWidthMm(joined, LETTERHEAD_CONTACT_SIZE) <= widthMm) lines[lines.length - 1] = joined;
    else lines.push(contact);
  }
  return lines;
}

/**
 * The kop surat from the office's settings: the name lines as configured, then the address and
 * the contacts (`Telepon … · Pos-el … · Laman …`), as offices print them. Blank values are left
 * out; the contacts are broken into lines for the kop's width on the page of `orientation`.
 */
export function letterheadOf(
  settings: DocumentSettings,
  logo: Uint8Array | null,
  orientation: Orientation = 'portrait',
): Letterhead {
  const { address, phone, email, website } = settings.letterhead;
  const present = (value: string | null): value is string => value !== null && value.trim() !== '';
  const contacts = [
    present(phone) ? `Telepon ${phone.trim()}` : null,
    present(email) ? `Pos-el ${email.trim()}` : null,
    present(website) ? `Laman ${website.trim()}` : null,
  ].filter(present);
  const page = { paper: settings.paper, orientation, margins: settings.margins };
  const width = pageTextWidthMm(page) - (logo ? 2 * LETTERHEAD_LOGO_COLUMN_MM : 0);
  const contactLines = [...(present(address) ? [address.trim()] : []), ...contactLinesOf(contacts, width)];
  return { lines: settings.letterhead.lines, contactLines, logo };
}
