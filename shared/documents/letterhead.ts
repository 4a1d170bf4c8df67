import type { DocumentSettings } from '../domain/document-settings';
import type { Letterhead } from './model';

/**
 * The kop surat from the office's settings: the name lines as configured, then the address and
 * one line of contacts (`Telepon … · Pos-el … · Laman …`), as offices print them.
 */
export function letterheadOf(settings: DocumentSettings, logo: Uint8Array | null): Letterhead {
  const { address, phone, email, website } = settings.letterhead;
  const contacts = [
    phone ? `Telepon ${phone}` : null,
    email ? `Pos-el ${email}` : null,
    website ? `Laman ${website}` : null,
  ].filter((part): part is string => part !== null);
  const contactLines = [address, contacts.length ? contacts.join(' · ') : null].filter(
    (line): line is string => line !== null && line !== '',
  );
  return { lines: settings.letterhead.lines, contactLines, logo };
}
