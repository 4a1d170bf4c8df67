import type { HostLevel } from './meetings';

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Who this installation belongs to: the office whose letters and meetings Sirakor produces. */
export interface OfficeIdentity {
  level: HostLevel;
  provinceCode: string;
  kabupatenCode: string;
  /** Null for an office at kabupaten level. */
  kecamatanCode: string | null;
  /** The desa/kelurahan, for an office at desa level. */
  desaCode: string | null;
  officeName: string;
  address: string | null;
}

export interface Settings {
  office: OfficeIdentity | null;
  language: Language;
}
