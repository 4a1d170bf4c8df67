import type { OfficeIdentity } from '../../shared/domain/settings';

/** The office's own area: the desa of a desa office, the kecamatan of a kecamatan, else the kabupaten. */
export function areaCodeOf(office: OfficeIdentity): string {
  if (office.level === 'desa' && office.desaCode) return office.desaCode;
  if (office.level !== 'kabupaten' && office.kecamatanCode) return office.kecamatanCode;
  return office.kabupatenCode;
}
