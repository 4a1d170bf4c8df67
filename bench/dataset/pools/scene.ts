import type { Prng } from '../prng';

/** What a text template may mention: where and when the meeting is, and a stream for numbers. */
export interface Scene {
  rng: Prng;
  /** The meeting's areas as a title says them: `Kecamatan Kelara dan Rumbia`. */
  label: string;
  /** A village of the meeting's area, written `Desa Tolo` / `Kelurahan Tolo`. */
  village: string;
  /** The kecamatan the village lies in, without the word "Kecamatan". */
  kecamatan: string;
  year: number;
  /** Month name of the meeting (`Oktober`). */
  month: string;
}

export type Template = (s: Scene) => string;

export function percent(s: Scene, min = 35, max = 98): number {
  return s.rng.int(min, max);
}

/** A whole-rupiah amount as written in minutes: `Rp125.000.000`. */
export function rupiah(amount: number): string {
  return `Rp${amount.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
}
