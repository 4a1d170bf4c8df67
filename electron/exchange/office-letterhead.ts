import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultDocumentSettings, type DocumentSettings } from '../../shared/domain/document-settings';
import type { RecordOrigin } from '../../shared/domain/origin';
import type { Repositories } from '../db/repositories';
import { OFFICE_LOGOS_DIR } from './records/files';

/** The logo another office sent with its package (`office-logos/<office id>.png|jpg`), or null. */
export function receivedLogo(dataDir: string, officeId: string): Uint8Array | null {
  for (const extension of ['png', 'jpg']) {
    try {
      return readFileSync(join(dataDir, OFFICE_LOGOS_DIR, `${officeId}.${extension}`));
    } catch {
      // Not in this format, or never sent.
    }
  }
  return null;
}

/**
 * The settings and logo a document of another office's record is printed with (issue 11): its
 * kop surat, not this office's. Only its logo travels in packages, so the kop's lines are made
 * from its level and area as every office's first kop is (`PEMERINTAH KABUPATEN JENEPONTO` /
 * `KECAMATAN KELARA`), without this office's address and contacts; paper, margins and place stay
 * this office's, where it is printed. For the office's own records, its own settings and logo.
 */
export function documentOrigin(
  repos: Repositories,
  dataDir: string,
  own: { settings: DocumentSettings; logo: Uint8Array | null },
  origin: RecordOrigin | null,
): { settings: DocumentSettings; logo: Uint8Array | null } {
  if (!origin) return own;
  const office = repos.offices.card(origin.officeId);
  const area = office?.area_code ?? null;
  const kabupatenCode = area?.slice(0, 5) ?? null;
  const name = (code: string | null) => (code ? (repos.areas.get(code)?.name ?? null) : null);
  const logo = receivedLogo(dataDir, origin.officeId);
  if (!office?.level || !kabupatenCode || !name(kabupatenCode)) {
    // An office known by name only: its name alone heads the page.
    const lines = [{ text: origin.officeName.toUpperCase(), size: 16, bold: true }];
    return { settings: withLetterhead(own.settings, lines), logo };
  }
  const theirs = defaultDocumentSettings(
    {
      level: office.level,
      provinceCode: kabupatenCode.slice(0, 2),
      kabupatenCode,
      kecamatanCode: area && area.length >= 8 ? area.slice(0, 8) : null,
      desaCode: office.level === 'desa' ? area : null,
      officeName: office.name || origin.officeName,
      address: null,
    },
    {
      kabupaten: name(kabupatenCode) ?? '',
      kecamatan: area && area.length >= 8 ? name(area.slice(0, 8)) : null,
      desa: office.level === 'desa' ? name(area) : null,
    },
  );
  return { settings: withLetterhead(own.settings, theirs.letterhead.lines), logo };
}

function withLetterhead(settings: DocumentSettings, lines: DocumentSettings['letterhead']['lines']): DocumentSettings {
  return {
    ...settings,
    letterhead: { lines, address: null, phone: null, email: null, website: null, logoFile: null },
  };
}
