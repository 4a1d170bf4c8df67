import type { Figure } from '../figure';
import { datasetCallsFigure } from './follow-up-dispatch';

/**
 * What users type in the search box: names of places and programmes, a word being typed (a
 * prefix), two or three words, and words found in most of ten years of minutes ("stunting").
 */
const QUERIES = [
  'stunting',
  'rembuk stunting',
  'posyandu',
  'jamban sehat',
  'tablet tambah darah',
  'kelara',
  'rumbia bontotiro',
  'elsimil',
  'keluarga berisiko',
  'pend',
  'kel',
  'data by name',
  'Dana Desa',
  'kader tpk',
  'imunisasi dasar lengkap',
  'Bappeda anggaran',
  'ego sektoral',
  'balita gizi buruk',
  'catin',
  'verifikasi data',
];
const ROUNDS = 5;

/**
 * `search.query` (top 50, ranked, with snippets) through the dispatcher on the ten-year dataset:
 * 334,000 indexed rows (meetings, agenda items, minutes, decisions, commitments). One sample is
 * the p95 of 100 queries after one warm-up round; the floor, the p95 of their SQL run directly.
 */
export const searchTop50: Figure = {
  id: 'search.top50.p95',
  label: 'Search, top 50 with snippets, over everything (10-year dataset), p95',
  unit: 'ms',
  budget: 50,
  ratioBudget: 2,
  runs: 5,
  ...datasetCallsFigure({
    method: 'search.query',
    inputs: () =>
      Array.from({ length: ROUNDS * QUERIES.length }, (_, i) => ({
        query: QUERIES[i % QUERIES.length] as string,
        limit: 50,
      })),
    warmUp: QUERIES.length,
  }),
};
