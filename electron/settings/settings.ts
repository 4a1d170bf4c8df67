import type { OfficeIdentity, Settings, Language } from '../../shared/domain/settings';
import { repositoriesOf, type Repositories } from '../db/repositories';
import type { HandlerContext } from '../api/context';
import { invalidField } from '../api/errors';

/** The office's settings: its identity (areas that nest) and the language. */

export function readSettings(ctx: HandlerContext): Settings {
  const { settings } = repositoriesOf(ctx);
  return {
    office: settings.get<OfficeIdentity>('office'),
    language: settings.get<Language>('language') ?? 'id',
  };
}

type OfficeInput = Omit<OfficeIdentity, 'provinceCode'>;

/** The chosen areas must exist and nest: the kecamatan lies in the kabupaten, the desa in the kecamatan. */
export function checkOfficeAreas(repos: Repositories, office: OfficeInput): OfficeIdentity {
  const kabupaten = repos.areas.get(office.kabupatenCode);
  if (!kabupaten || kabupaten.level !== 'kabupaten')
    throw invalidField('office.kabupatenCode', 'validation.areaUnknown');
  const kecamatanCode = office.level === 'kabupaten' ? null : office.kecamatanCode;
  if (kecamatanCode) {
    const kecamatan = repos.areas.get(kecamatanCode);
    if (!kecamatan || kecamatan.parentCode !== kabupaten.code) {
      throw invalidField('office.kecamatanCode', 'validation.areaNotInParent');
    }
  }
  const desaCode = office.level === 'desa' ? office.desaCode : null;
  if (desaCode) {
    const desa = repos.areas.get(desaCode);
    if (!desa || desa.parentCode !== kecamatanCode) throw invalidField('office.desaCode', 'validation.areaNotInParent');
  }
  return { ...office, kecamatanCode, desaCode, provinceCode: kabupaten.parentCode ?? kabupaten.code.slice(0, 2) };
}
