/**
 * Runs `render` after a garbage collection and reports how far the process's peak resident memory
 * rose above the level before it, in MB, with the size of what it rendered. maxRSS (kB) is the
 * peak of the whole process: measured from the baseline it can only overstate the growth. Run in
 * a fresh process started with --expose-gc.
 */
export async function peakGrowthMb(render: () => Promise<Uint8Array>): Promise<{ extraMb: number; bytes: number }> {
  globalThis.gc?.();
  const baseline = process.memoryUsage().rss;
  const bytes = (await render()).length;
  const peak = process.resourceUsage().maxRSS * 1024;
  return { extraMb: Math.max(0, peak - baseline) / 1024 / 1024, bytes };
}
