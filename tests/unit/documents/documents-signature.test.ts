import { describe, expect, it } from 'vitest';
import { signatureName, signatureOf, signerGaps, signsWithoutNip } from '../../../shared/documents/signature';

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

describe('signatureName', () => {
  it('prints the name as written by default', () => {
    expect(signatureName('H. Islam Iskandar, S.Sos.')).toBe('H. Islam Iskandar, S.Sos.');
  });

  it.each([
    ['H. Islam Iskandar, S.Sos.', 'H. ISLAM ISKANDAR, S.Sos.'],
    ['dr. Andi Nurhaedah, M.Kes.', 'dr. ANDI NURHAEDAH, M.Kes.'],
    ['Drs. Muh. Arfah, M.Si.', 'Drs. MUH. ARFAH, M.Si.'],
    ['Prof. Dr. Ir. H. Andi Muhammad, M.Sc.', 'Prof. Dr. Ir. H. ANDI MUHAMMAD, M.Sc.'],
    ['St. Meriam', 'ST. MERIAM'],
    ['Nurul Hikmah', 'NURUL HIKMAH'],
  ])('in capitals: %s → %s (titles before and degrees after stay as written)', (name, printed) => {
    expect(signatureName(name, 'capitals')).toBe(printed);
  });

  it('is the setting the reports sign with', () => {
    const signature = signatureOf(
      { name: 'Nurul Hikmah, A.Md.', position: 'Pengadministrasi Umum', rank: null, nip: null },
      ['Notulis,'],
      null,
      'capitals',
    );
    expect(signature.name).toBe('NURUL HIKMAH, A.Md.');
  });
});

describe('signerGaps', () => {
  it('names what a signature would lack', () => {
    expect(signerGaps('Wakil Bupati Jeneponto selaku Ketua TPPS Kabupaten', null)).toEqual([]);
    expect(signerGaps('Camat Kelara', { rank: 'Pembina, IV/a', nip: '197003151995031004' })).toEqual([]);
    expect(signerGaps('Camat Kelara', { rank: null, nip: '197003151995031004' })).toEqual(['rank']);
    expect(signerGaps('Notulis', { rank: ' ', nip: null })).toEqual(['rank', 'nip']);
    expect(signerGaps('Sekretaris Camat', null)).toEqual(['directory']);
  });
});
