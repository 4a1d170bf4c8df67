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
 * The first document settings of another office (issue 11), as its own installation made them from
 * its level and area (`PEMERINTAH KABUPATEN JENEPONTO` / `KECAMATAN KELARA`, place `Kelara`); only
 * its logo travels in packages. Null for an office known by name only.
 */
function officeSettingsOf(repos: Repositories, origin: RecordOrigin): DocumentSettings | null {
  const office = repos.offices.card(origin.officeId);
  const area = office?.area_code ?? null;
  const kabupatenCode = area?.slice(0, 5) ?? null;
  const name = (code: string | null) => (code ? (repos.areas.get(code)?.name ?? null) : null);
  const kabupaten = name(kabupatenCode);
  if (!office?.level || !kabupatenCode || !kabupaten) return null;
  return defaultDocumentSettings(
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
      kabupaten,
      kecamatan: area && area.length >= 8 ? name(area.slice(0, 8)) : null,
      desa: office.level === 'desa' ? name(area) : null,
    },
  );
}

/**
 * Where another office's document is dated: its own place (`Rumbia, 5 Februari 2026`), since its
 * own officials sign it; this office's place for an office known by name only.
 */
export function originPlaceName(repos: Repositories, origin: RecordOrigin, own: string): string {
  return officeSettingsOf(repos, origin)?.placeName ?? own;
}

/**
 * The settings and logo a document of another office's record is printed with (issue 11): its
 * kop surat and its place, not this office's, without this office's address and contacts; paper
 * and margins stay this office's, where it is printed. An office known by name only: its name
 * alone heads the page. For the office's own records, its own settings and logo.
 */
export function documentOrigin(
  repos: Repositories,
  dataDir: string,
  own: { settings: DocumentSettings; logo: Uint8Array | null },
  origin: RecordOrigin | null,
): { settings: DocumentSettings; logo: Uint8Array | null } {
  if (!origin) return own;
  const logo = receivedLogo(dataDir, origin.officeId);
  const theirs = officeSettingsOf(repos, origin);
  if (!theirs) {
    const lines = [{ text: origin.officeName.toUpperCase(), size: 16, bold: true }];
    return { settings: withLetterhead(own.settings, lines), logo };
  }
  return { settings: { ...withLetterhead(own.settings, theirs.letterhead.lines), placeName: theirs.placeName }, logo };
}

function withLetterhead(settings: DocumentSettings, lines: DocumentSettings['letterhead']['lines']): DocumentSettings {
  return {
    ...settings,
    letterhead: { lines, address: null, phone: null, email: null, website: null, logoFile: null },
  };
}
