import type { Prng } from './prng';
import type { Schooling } from './pools/professions';

/** Golongan in order with their pangkat, as printed: `Pembina, IV/a`. */
const GOLONGAN = [
  ['Pengatur Muda', 'II/a'],
  ['Pengatur Muda Tingkat I', 'II/b'],
  ['Pengatur', 'II/c'],
  ['Pengatur Tingkat I', 'II/d'],
  ['Penata Muda', 'III/a'],
  ['Penata Muda Tingkat I', 'III/b'],
  ['Penata', 'III/c'],
  ['Penata Tingkat I', 'III/d'],
  ['Pembina', 'IV/a'],
  ['Pembina Tingkat I', 'IV/b'],
  ['Pembina Utama Muda', 'IV/c'],
] as const;

/** Golongan on appointment by schooling: SMA II/a, D3 II/c, S1 III/a, S2 III/b. */
const START: Record<Schooling, number> = { sma: 0, d3: 2, s1: 4, s2: 5 };
/** Age at appointment (CPNS) by schooling. */
const APPOINTED_AT: Record<Schooling, readonly [number, number]> = {
  sma: [20, 28],
  d3: [23, 31],
  s1: [24, 33],
  s2: [27, 35],
};
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export interface CivilServant {
  nip: string;
  rank: string;
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * NIPs with the structure of the real ones (DOMAIN.md): birth date `YYYYMMDD`, month of
 * appointment `YYYYMM`, sex digit (1 man, 2 woman), and a three-digit sequence that keeps them
 * unique (the people table has a unique index on NIP). The pangkat follows from the years served:
 * one golongan every four years from the one schooling gives, capped lower for staff than heads.
 */
export class NipRegistry {
  private readonly taken = new Set<string>();

  constructor(
    private readonly rng: Prng,
    /** The year the data is read in; ranks are as of then. */
    private readonly asOfYear: number,
  ) {}

  issue(birthYear: number, female: boolean, schooling: Schooling, head: boolean): CivilServant {
    const rng = this.rng;
    const month = rng.int(1, 12);
    const leap = birthYear % 4 === 0 && month === 2 ? 1 : 0;
    const day = rng.int(1, (DAYS_IN_MONTH[month - 1] as number) + leap);
    const [youngest, oldest] = APPOINTED_AT[schooling];
    const appointedYear = Math.min(this.asOfYear - 1, birthYear + rng.int(youngest, oldest));
    const appointedMonth = rng.weighted([
      [1, 3],
      [3, 3],
      [12, 2],
      [rng.int(2, 11), 4],
    ] as const);
    const stem = `${birthYear}${two(month)}${two(day)}${appointedYear}${two(appointedMonth)}${female ? 2 : 1}`;
    let sequence = rng.int(1, 150);
    let nip = `${stem}${String(sequence).padStart(3, '0')}`;
    while (this.taken.has(nip)) {
      sequence = (sequence % 999) + 1;
      nip = `${stem}${String(sequence).padStart(3, '0')}`;
    }
    this.taken.add(nip);
    const served = this.asOfYear - appointedYear;
    const cap = head ? GOLONGAN.length - 1 : 8;
    const index = Math.min(cap, START[schooling] + Math.floor(served / 4) + (head ? 1 : 0));
    const [pangkat, golongan] = GOLONGAN[index] as (typeof GOLONGAN)[number];
    return { nip, rank: `${pangkat}, ${golongan}` };
  }
}
