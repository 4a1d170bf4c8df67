/**
 * Splits `total` into whole parts proportional to `weights` that add up to exactly `total`
 * (cumulative rounding), so each table gets its target row count at every scale.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return weights.map(() => 0);
  const parts: number[] = [];
  let cumulative = 0;
  let given = 0;
  for (const weight of weights) {
    cumulative += weight;
    const upTo = Math.round((total * cumulative) / sum);
    parts.push(upTo - given);
    given = upTo;
  }
  return parts;
}
