import { randomUUID } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEFAULT_LETTER_DEFAULTS,
  defaultDocumentSettings,
  type DocumentSettings,
  type DocumentSetup,
  type LetterDefaults,
} from '../../shared/domain/document-settings';
import { villageKindOfCode } from '../../shared/domain/areas';
import type { OfficeIdentity } from '../../shared/domain/settings';
import type { Repositories } from '../db/repositories';
import { imageInfo } from './image-size';
import { invalidField, refused } from '../api/errors';

const SETTINGS_KEY = 'documents';
const LETTERS_KEY = 'letters';
const LOGO_DIR = 'letterhead';

/** The settings a document is made with: what the office saved, or defaults from its identity. */
export function documentSettingsOf(repos: Repositories): DocumentSettings {
  const saved = repos.settings.get<DocumentSettings>(SETTINGS_KEY);
  if (saved) return saved;
  const office = repos.settings.get<OfficeIdentity>('office');
  if (!office) throw refused('officeMissing');
  const name = (code: string | null) => (code ? (repos.areas.get(code)?.name ?? null) : null);
  return defaultDocumentSettings(office, {
    kabupaten: name(office.kabupatenCode) ?? '',
    kecamatan: name(office.kecamatanCode),
    desa: name(office.desaCode),
  });
}

/**
 * The TPPS of the office, as its chair signs (`Kecamatan Kelara`, `Kabupaten Jeneponto`,
 * `Desa Tombolo`); null before the office is set.
 */
export function officeTeamOf(repos: Repositories): string | null {
  const office = repos.settings.get<OfficeIdentity>('office');
  if (!office) return null;
  const name = (code: string | null): string | null => (code ? (repos.areas.get(code)?.name ?? null) : null);
  if (office.level === 'kecamatan') return withKind('Kecamatan', name(office.kecamatanCode));
  if (office.level === 'desa' && office.desaCode) {
    const kind = villageKindOfCode(office.desaCode) === 'kelurahan' ? 'Kelurahan' : 'Desa';
    return withKind(kind, name(office.desaCode));
  }
  return name(office.kabupatenCode);
}

function withKind(kind: string, name: string | null): string | null {
  return name ? `${kind} ${name}` : null;
}

export function letterDefaultsOf(repos: Repositories): LetterDefaults {
  return repos.settings.get<LetterDefaults>(LETTERS_KEY) ?? DEFAULT_LETTER_DEFAULTS;
}

function logoPath(dataDir: string, fileName: string): string {
  return join(dataDir, LOGO_DIR, fileName);
}

/** The logo's bytes, or null when none is set or the file went missing (documents print without it). */
export function readLogo(dataDir: string, settings: DocumentSettings): Uint8Array | null {
  if (!settings.letterhead.logoFile) return null;
  try {
    return readFileSync(logoPath(dataDir, settings.letterhead.logoFile));
  } catch {
    return null;
  }
}

export function setupOf(repos: Repositories, dataDir: string): DocumentSetup {
  const settings = documentSettingsOf(repos);
  const logo = readLogo(dataDir, settings);
  const info = logo ? imageInfo(logo) : null;
  return {
    settings,
    letters: letterDefaultsOf(repos),
    logo:
      logo && info && settings.letterhead.logoFile
        ? {
            fileName: settings.letterhead.logoFile,
            mediaType: info.type === 'png' ? 'image/png' : 'image/jpeg',
            dataBase64: Buffer.from(logo).toString('base64'),
          }
        : null,
  };
}

export function saveSetup(repos: Repositories, settings: DocumentSettings, letters: LetterDefaults): void {
  repos.settings.set(SETTINGS_KEY, settings);
  repos.settings.set(LETTERS_KEY, letters);
}

/** Writes a file completely before it gets its final name, so a crash never leaves half a logo. */
function writeAtomically(file: string, bytes: Uint8Array): void {
  const temp = `${file}.${randomUUID()}.tmp`;
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
}

/**
 * Stores a PNG or JPEG emblem in the data folder under a new name, then points the settings at
 * it; the previous file is removed only after the settings are saved.
 */
export function storeLogo(repos: Repositories, dataDir: string, bytes: Uint8Array): void {
  const info = imageInfo(bytes);
  if (!info) throw invalidField('dataBase64', 'validation.logoFormat');
  const settings = documentSettingsOf(repos);
  const previous = settings.letterhead.logoFile;
  const fileName = `logo-${randomUUID()}.${info.type === 'png' ? 'png' : 'jpg'}`;
  mkdirSync(join(dataDir, LOGO_DIR), { recursive: true });
  writeAtomically(logoPath(dataDir, fileName), bytes);
  repos.settings.set(SETTINGS_KEY, { ...settings, letterhead: { ...settings.letterhead, logoFile: fileName } });
  if (previous) rmSync(logoPath(dataDir, previous), { force: true });
}

export function removeLogo(repos: Repositories, dataDir: string): void {
  const settings = documentSettingsOf(repos);
  const previous = settings.letterhead.logoFile;
  repos.settings.set(SETTINGS_KEY, { ...settings, letterhead: { ...settings.letterhead, logoFile: null } });
  if (previous) rmSync(logoPath(dataDir, previous), { force: true });
}
