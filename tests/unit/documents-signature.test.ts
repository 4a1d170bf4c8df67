import { describe, expect, it } from 'vitest';
import { signatureOf, signsWithoutNip } from '../../shared/documents/signature';

describe('signsWithoutNip', () => {
  it.each([
    'Bupati Jeneponto',
    'Wakil Bupati Jeneponto selaku Ketua TPPS Kabupaten',
    'WAKIL BUPATI JENEPONTO',
    'Sekretaris Daerah Kabupaten Jeneponto',
    'Sekda Jeneponto',
    'Wali Kota Makassar',
    'Wakil Walikota Parepare',
  ])('%s signs without pangkat and NIP', (position) => {
    expect(signsWithoutNip(position)).toBe(true);
  });

  it.each([
    'Camat Kelara',
    'Staf Ahli Bupati Bidang Pemerintahan',
    'Kepala Bagian Umum Sekretariat Daerah',
    'Asisten Sekda',
  ])('%s prints pangkat and NIP', (position) => {
    expect(signsWithoutNip(position)).toBe(false);
  });

  it('a signatory without a position is treated as an official', () => {
    expect(signsWithoutNip(null)).toBe(false);
  });
});

describe('signatureOf', () => {
  it('groups the NIP and keeps the name as written', () => {
    const signature = signatureOf(
      { name: 'Drs. Muh. Arfah, M.Si.', position: 'Camat Kelara', rank: 'Pembina, IV/a', nip: '196512311998031066' },
      ['CAMAT KELARA,'],
      'Kelara, 17 Oktober 2025',
    );
    expect(signature).toEqual({
      placeDate: 'Kelara, 17 Oktober 2025',
      heading: ['CAMAT KELARA,'],
      name: 'Drs. Muh. Arfah, M.Si.',
      rank: 'Pembina, IV/a',
      nip: '19651231 199803 1 066',
    });
  });

  it('drops pangkat and NIP for the Wakil Bupati even when the directory has them', () => {
    const signature = signatureOf(
      {
        name: 'H. Islam Iskandar, S.Sos.',
        position: 'Wakil Bupati Jeneponto selaku Ketua TPPS Kabupaten',
        rank: 'Pembina, IV/a',
        nip: '196512311998031066',
      },
      ['Pimpinan Rapat,'],
    );
    expect(signature.rank).toBeNull();
    expect(signature.nip).toBeNull();
    expect(signature.name).toBe('H. Islam Iskandar, S.Sos.');
  });
});
