import { foldForSearch } from '../../shared/text/fold';

/**
 * The columns a directory sheet may have, by what offices write in the header row (folded: case,
 * accents and punctuation aside). `instansi` names the institution on a sheet of institutions,
 * and a person's institution on a sheet of people.
 */
export type InstitutionColumn = 'name' | 'shortName' | 'sector' | 'level' | 'areaCode' | 'address' | 'phone' | 'email';
export type PersonColumn = 'name' | 'position' | 'institution' | 'nip' | 'rank' | 'phone' | 'email';

const SHARED: Record<string, 'phone' | 'email'> = {
  telepon: 'phone',
  telp: 'phone',
  'no telepon': 'phone',
  'nomor telepon': 'phone',
  hp: 'phone',
  'no hp': 'phone',
  'nomor hp': 'phone',
  'no wa': 'phone',
  whatsapp: 'phone',
  email: 'email',
  'e mail': 'email',
  'pos el': 'email',
  surel: 'email',
};

const INSTITUTION: Record<string, InstitutionColumn> = {
  nama: 'name',
  'nama instansi': 'name',
  instansi: 'name',
  'nama lembaga': 'name',
  singkatan: 'shortName',
  'nama singkat': 'shortName',
  akronim: 'shortName',
  sektor: 'sector',
  bidang: 'sector',
  tingkat: 'level',
  tingkatan: 'level',
  level: 'level',
  'kode wilayah': 'areaCode',
  'kode kemendagri': 'areaCode',
  alamat: 'address',
  ...SHARED,
};

const PERSON: Record<string, PersonColumn> = {
  nama: 'name',
  'nama lengkap': 'name',
  'nama dan gelar': 'name',
  jabatan: 'position',
  instansi: 'institution',
  'nama instansi': 'institution',
  'unit kerja': 'institution',
  nip: 'nip',
  pangkat: 'rank',
  golongan: 'rank',
  'pangkat golongan': 'rank',
  'pangkat gol': 'rank',
  ...SHARED,
};

export function headerKey(text: string): string {
  return foldForSearch(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function institutionColumn(header: string): InstitutionColumn | null {
  return INSTITUTION[headerKey(header)] ?? null;
}

export function personColumn(header: string): PersonColumn | null {
  return PERSON[headerKey(header)] ?? null;
}

/** Headers that only a sheet of people has, or only a sheet of institutions. */
export function sheetKindOf(headers: readonly string[], sheetName: string): 'institution' | 'person' | null {
  const keys = headers.map(headerKey);
  const name = headerKey(sheetName);
  if (keys.some((k) => ['jabatan', 'nip', 'pangkat', 'golongan', 'pangkat golongan', 'unit kerja'].includes(k)))
    return 'person';
  if (keys.some((k) => ['sektor', 'tingkat', 'tingkatan', 'singkatan', 'kode wilayah'].includes(k)))
    return 'institution';
  if (['orang', 'pegawai', 'personil', 'pejabat', 'kontak'].includes(name)) return 'person';
  if (['instansi', 'lembaga', 'opd'].includes(name)) return 'institution';
  return null;
}
