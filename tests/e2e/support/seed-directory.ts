import { api } from './api';
import type { RunningPreview } from './preview-host';

/**
 * The directory behind the seed Rakor (../shared/seeds): the people named in the article, and
 * the camat, PKK chairs and Puskesmas heads it mentions without names (sample names, marked so).
 */
export async function seedRakorDirectory(preview: RunningPreview): Promise<void> {
  const institution = (name: string, shortName: string | null, sector: string, level: string, areaCode: string) =>
    api(preview, 'institutions.create', { name, shortName, sector, level, areaCode } as never);
  const pemkab = await institution(
    'Pemerintah Kabupaten Jeneponto',
    'Pemkab Jeneponto',
    'pemerintahan',
    'kabupaten',
    '73.04',
  );
  const dppkb = await institution(
    'Dinas Pengendalian Penduduk dan Keluarga Berencana',
    'DPPKB',
    'keluarga_berencana',
    'kabupaten',
    '73.04',
  );
  const bappeda = await institution(
    'Badan Perencanaan Pembangunan Daerah',
    'Bappeda',
    'perencanaan',
    'kabupaten',
    '73.04',
  );
  const kelara = await institution('Kantor Camat Kelara', null, 'pemerintahan', 'kecamatan', '73.04.05');
  const rumbia = await institution('Kantor Camat Rumbia', null, 'pemerintahan', 'kecamatan', '73.04.10');
  const pkkTolo = await institution('TP PKK Kelurahan Tolo', null, 'pkk', 'desa', '73.04.05');
  const pkkRumbia = await institution('TP PKK Desa Rumbia', null, 'pkk', 'desa', '73.04.10');
  const pkmKelara = await institution('Puskesmas Tolo', null, 'kesehatan', 'kecamatan', '73.04.05');
  const pkmRumbia = await institution('Puskesmas Rumbia', null, 'kesehatan', 'kecamatan', '73.04.10');

  const person = (name: string, position: string, institutionId: string, extra: Record<string, string> = {}) =>
    api(preview, 'people.create', { name, position, institutionId, ...extra });
  await person('H. Islam Iskandar, S.Sos.', 'Wakil Bupati Jeneponto', pemkab.id);
  await person('St. Meriam', 'Kepala DPPKB', dppkb.id, { nip: '197003152000032004', rank: 'Pembina Utama Muda, IV/c' });
  await person('Alfian Afandy Syam', 'Kepala Bappeda', bappeda.id);
  await person('Contoh Camat Kelara, S.STP.', 'Camat Kelara', kelara.id);
  await person('Contoh Camat Rumbia, S.Sos.', 'Camat Rumbia', rumbia.id);
  await person('Contoh Ketua PKK Tolo', 'Ketua TP PKK Kelurahan Tolo', pkkTolo.id);
  await person('Contoh Ketua PKK Rumbia', 'Ketua TP PKK Desa Rumbia', pkkRumbia.id);
  await person('dr. Contoh Kepala Puskesmas Tolo', 'Kepala Puskesmas Tolo', pkmKelara.id);
  await person('Contoh Kepala Puskesmas Rumbia, S.KM.', 'Kepala Puskesmas Rumbia', pkmRumbia.id);
  await person('Contoh Notulis, A.Md.', 'Pengadministrasi Umum Kecamatan Kelara', kelara.id, {
    nip: '198706122010012017',
  });
}
