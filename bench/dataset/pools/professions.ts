/** Highest schooling behind a degree; sets the civil servant's starting golongan. */
export type Schooling = 'sma' | 'd3' | 's1' | 's2';

/** What a person does; sets their titles, whether they are civil servants, and how many are women. */
export type Profession =
  | 'politik'
  | 'admin'
  | 'perencana'
  | 'dokter'
  | 'bidan'
  | 'perawat'
  | 'gizi'
  | 'kesmas'
  | 'sanitarian'
  | 'penyuluh'
  | 'guru'
  | 'agama'
  | 'hakim'
  | 'statistik'
  | 'teknik'
  | 'pertanian'
  | 'tni_perwira'
  | 'tni_bintara'
  | 'polri_perwira'
  | 'polri_bintara'
  | 'desa'
  | 'pkk'
  | 'kader'
  | 'swasta';

export interface ProfessionSpec {
  female: number;
  /** Share with an NIP (PNS); the rest are contract staff or not civil servants at all. */
  civilServant: number;
  /** Degree suffixes (`S.Kep.`) with the schooling they mean and their weight; '' is none. */
  degrees: readonly (readonly [string, Schooling, number])[];
  /** Share with a master's degree, and which (appended after the first degree). */
  master?: readonly [number, readonly string[]];
  /** Written before the name: `dr.`, a military or police rank. */
  prefixes?: readonly string[];
}

const ADMIN_DEGREES = [
  ['S.Sos.', 's1', 5],
  ['S.E.', 's1', 3],
  ['S.H.', 's1', 2],
  ['S.IP.', 's1', 2],
  ['S.STP.', 's1', 1],
  ['S.AP.', 's1', 1],
  ['A.Md.', 'd3', 2],
  ['', 'sma', 2],
] as const;

export const PROFESSIONS: Record<Profession, ProfessionSpec> = {
  politik: {
    female: 0.15,
    civilServant: 0,
    degrees: [
      ['S.Sos.', 's1', 3],
      ['S.E.', 's1', 2],
      ['S.H.', 's1', 2],
      ['', 'sma', 1],
    ],
    master: [0.4, ['M.Si.', 'M.M.', 'M.H.']],
  },
  admin: { female: 0.45, civilServant: 0.85, degrees: ADMIN_DEGREES, master: [0.25, ['M.Si.', 'M.M.', 'M.AP.']] },
  perencana: {
    female: 0.4,
    civilServant: 0.9,
    degrees: [
      ['S.T.', 's1', 3],
      ['S.E.', 's1', 3],
      ['S.P.', 's1', 1],
      ['S.Si.', 's1', 1],
      ['S.Sos.', 's1', 2],
    ],
    master: [0.35, ['M.Si.', 'M.T.', 'M.Ec.Dev.']],
  },
  dokter: {
    female: 0.55,
    civilServant: 0.85,
    degrees: [['', 's1', 1]],
    master: [0.3, ['M.Kes.', 'Sp.A.', 'M.KM.']],
    prefixes: ['dr.'],
  },
  bidan: {
    female: 1,
    civilServant: 0.6,
    degrees: [
      ['A.Md.Keb.', 'd3', 6],
      ['S.Tr.Keb.', 's1', 3],
      ['S.Keb.', 's1', 1],
    ],
  },
  perawat: {
    female: 0.7,
    civilServant: 0.6,
    degrees: [
      ['A.Md.Kep.', 'd3', 5],
      ['S.Kep.', 's1', 4],
    ],
  },
  gizi: {
    female: 0.8,
    civilServant: 0.7,
    degrees: [
      ['S.Gz.', 's1', 3],
      ['A.Md.Gz.', 'd3', 4],
      ['S.KM.', 's1', 2],
    ],
  },
  kesmas: { female: 0.6, civilServant: 0.8, degrees: [['S.KM.', 's1', 1]], master: [0.35, ['M.Kes.', 'M.KM.']] },
  sanitarian: {
    female: 0.5,
    civilServant: 0.7,
    degrees: [
      ['A.Md.KL.', 'd3', 3],
      ['S.KM.', 's1', 2],
      ['S.Tr.Kes.', 's1', 1],
    ],
  },
  penyuluh: {
    female: 0.55,
    civilServant: 0.75,
    degrees: [
      ['S.Sos.', 's1', 3],
      ['S.KM.', 's1', 2],
      ['S.Psi.', 's1', 1],
      ['S.Pd.', 's1', 1],
      ['A.Md.', 'd3', 1],
    ],
  },
  guru: { female: 0.6, civilServant: 0.7, degrees: [['S.Pd.', 's1', 1]], master: [0.2, ['M.Pd.']] },
  agama: {
    female: 0.25,
    civilServant: 0.8,
    degrees: [
      ['S.Ag.', 's1', 3],
      ['S.Pd.I.', 's1', 2],
      ['S.H.I.', 's1', 1],
      ['Lc.', 's1', 1],
    ],
    master: [0.25, ['M.A.', 'M.Pd.I.', 'M.H.I.']],
  },
  hakim: {
    female: 0.35,
    civilServant: 1,
    degrees: [
      ['S.H.I.', 's1', 1],
      ['S.H.', 's1', 1],
    ],
    master: [0.5, ['M.H.']],
  },
  statistik: {
    female: 0.45,
    civilServant: 1,
    degrees: [
      ['S.ST.', 's1', 2],
      ['S.Si.', 's1', 1],
      ['S.Tr.Stat.', 's1', 1],
    ],
    master: [0.2, ['M.Si.']],
  },
  teknik: {
    female: 0.2,
    civilServant: 0.85,
    degrees: [
      ['S.T.', 's1', 4],
      ['A.Md.T.', 'd3', 1],
    ],
    master: [0.25, ['M.T.', 'M.Si.']],
  },
  pertanian: {
    female: 0.3,
    civilServant: 0.8,
    degrees: [
      ['S.P.', 's1', 3],
      ['S.Pt.', 's1', 1],
      ['A.Md.P.', 'd3', 1],
    ],
    master: [0.15, ['M.Si.']],
  },
  tni_perwira: {
    female: 0.02,
    civilServant: 0,
    degrees: [['', 'sma', 1]],
    prefixes: ['Letkol Inf.', 'Mayor Inf.', 'Kapten Inf.', 'Kapten Arm.', 'Lettu Inf.'],
  },
  tni_bintara: {
    female: 0.02,
    civilServant: 0,
    degrees: [['', 'sma', 1]],
    prefixes: ['Pelda', 'Peltu', 'Serma', 'Serka', 'Sertu', 'Serda', 'Kopda'],
  },
  polri_perwira: {
    female: 0.1,
    civilServant: 0,
    degrees: [
      ['S.H.', 's1', 2],
      ['S.I.K.', 's1', 1],
      ['', 'sma', 1],
    ],
    prefixes: ['AKBP', 'Kompol', 'AKP', 'Iptu', 'Ipda'],
  },
  polri_bintara: {
    female: 0.1,
    civilServant: 0,
    degrees: [
      ['', 'sma', 4],
      ['S.H.', 's1', 1],
    ],
    prefixes: ['Aiptu', 'Aipda', 'Bripka', 'Brigpol', 'Briptu'],
  },
  desa: {
    female: 0.25,
    civilServant: 0,
    degrees: [
      ['', 'sma', 6],
      ['S.Sos.', 's1', 1],
      ['S.Pd.', 's1', 1],
      ['S.E.', 's1', 1],
    ],
  },
  pkk: {
    female: 1,
    civilServant: 0,
    degrees: [
      ['', 'sma', 5],
      ['S.Pd.', 's1', 1],
      ['S.E.', 's1', 1],
      ['S.Sos.', 's1', 1],
    ],
  },
  kader: { female: 0.95, civilServant: 0, degrees: [['', 'sma', 1]] },
  swasta: {
    female: 0.4,
    civilServant: 0,
    degrees: [
      ['S.E.', 's1', 3],
      ['S.Kom.', 's1', 1],
      ['', 'sma', 1],
    ],
    master: [0.2, ['M.M.']],
  },
};
