/**
 * Bumped whenever the generator writes different data for the same seed, so that cached datasets
 * (bench/dataset/cache.ts) are rebuilt rather than reused.
 */
export const GENERATOR_VERSION = 3;
