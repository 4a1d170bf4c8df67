import { v5 as uuidv5 } from 'uuid';
import { describe, expect, it } from 'vitest';
import {
  SEED_CONVERGENCE_ACTIONS,
  SEED_FUNDING_SOURCES,
  SEED_INTERVENTIONS,
} from '../../../electron/db/migrations/004-action-plans';

const NAMESPACE = uuidv5('https://sirakor.id/catalogue', uuidv5.URL);

describe('the seeded catalogue (migration 004)', () => {
  it('uses the namespace the migration documents', () => {
    expect(NAMESPACE).toBe('3fe56acb-1450-5fce-bcf0-8e17d196694e');
  });

  it('has fixed ids: UUIDv5 of kind and code, so every office agrees on them', () => {
    for (const i of SEED_INTERVENTIONS) expect(i.id, i.code).toBe(uuidv5(`intervention:${i.code}`, NAMESPACE));
    for (const a of SEED_CONVERGENCE_ACTIONS)
      expect(a.id, a.name).toBe(uuidv5(`convergence:${a.scheme}:${a.number}`, NAMESPACE));
    for (const f of SEED_FUNDING_SOURCES) expect(f.id, f.code).toBe(uuidv5(`funding:${f.code}`, NAMESPACE));
  });

  it('holds the nine intervensi spesifik with the 2024 targets of DOMAIN.md', () => {
    const spesifik = SEED_INTERVENTIONS.filter((i) => i.kind === 'spesifik');
    expect(spesifik.map((i) => [i.code, i.nationalTarget])).toEqual([
      ['SP-01', '90%'], // ibu hamil KEK, tambahan asupan gizi
      ['SP-02', '80%'], // TTD ibu hamil
      ['SP-03', '58%'], // TTD remaja putri
      ['SP-04', '80%'], // ASI eksklusif
      ['SP-05', '80%'], // MP-ASI
      ['SP-06', '90%'], // tata laksana gizi buruk
      ['SP-07', '90%'], // pemantauan pertumbuhan (DOMAIN.md: verify)
      ['SP-08', '90%'], // balita gizi kurang, tambahan asupan gizi
      ['SP-09', '90%'], // imunisasi dasar lengkap
    ]);
  });

  it('holds the intervensi sensitif of DOMAIN.md, with targets only where DOMAIN.md gives one', () => {
    const sensitif = SEED_INTERVENTIONS.filter((i) => i.kind === 'sensitif');
    expect(sensitif).toHaveLength(11);
    expect(Object.fromEntries(sensitif.filter((i) => i.nationalTarget).map((i) => [i.code, i.nationalTarget]))).toEqual(
      { 'SN-01': '70%', 'SN-02': '15,5%', 'SN-03': '90%', 'SN-07': '90%' },
    );
    const groups = new Set(SEED_INTERVENTIONS.map((i) => i.targetGroup));
    for (const group of ['Remaja putri', 'Calon pengantin', 'Ibu hamil', 'Baduta', 'Balita'])
      expect(groups).toContain(group);
  });

  it('holds the 8 aksi konvergensi and the 2025 scheme of 4 main and 2 supporting actions', () => {
    const aksi8 = SEED_CONVERGENCE_ACTIONS.filter((a) => a.scheme === 'aksi8');
    expect(aksi8.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(aksi8.map((a) => a.name)).toContain('Rembuk Stunting');
    const scheme = SEED_CONVERGENCE_ACTIONS.filter((a) => a.scheme === 'skema2025');
    expect(scheme.filter((a) => a.grouping === 'utama').map((a) => a.name)).toEqual([
      'Analisis Situasi',
      'Penguatan Perencanaan',
      'Penguatan Pelaksanaan',
      'Monitoring dan Evaluasi',
    ]);
    expect(scheme.filter((a) => a.grouping === 'pendukung')).toHaveLength(2);
  });

  it('holds the funding sources of DOMAIN.md, BOK / BOKB / BOP PAUD under DAK Nonfisik', () => {
    expect(SEED_FUNDING_SOURCES.map((f) => f.name)).toEqual([
      'APBD',
      'DAK Fisik',
      'DAK Nonfisik',
      'DAK Nonfisik BOK',
      'DAK Nonfisik BOKB',
      'DAK Nonfisik BOP PAUD',
      'Dana Desa/APBDes',
      'APBN',
      'CSR',
      'Lainnya',
    ]);
    expect(SEED_FUNDING_SOURCES.filter((f) => f.parentCode === 'DAK-NF').map((f) => f.code)).toEqual([
      'DAK-NF-BOK',
      'DAK-NF-BOKB',
      'DAK-NF-BOP-PAUD',
    ]);
  });
});
