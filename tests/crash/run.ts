import { runCrashHarness } from './harness';

/**
 * `npm run test:crash [-- --kills N --seed S]`: the full run of the crash harness (200 kills by
 * default), printing the counts. Exits non-zero when any check failed.
 */
const args = process.argv.slice(2);
const option = (flag: string): number | undefined => {
  const i = args.indexOf(flag);
  return i >= 0 ? Number(args[i + 1]) : undefined;
};
const kills = option('--kills') ?? 200;
const seed = option('--seed');
const report = await runCrashHarness({
  kills,
  ...(seed === undefined ? {} : { seed }),
  log: (line) => console.log(line),
});
console.log('');
console.log(`kills survived            ${report.kills - (report.failures.length > 0 ? 1 : 0)} of ${report.kills}`);
console.log(`writes acknowledged       ${report.writesAcknowledged}`);
console.log(`acknowledged writes checked ${report.acknowledgedChecked} (over all restarts)`);
console.log(
  `bulk writes checked       ${report.batchesChecked} whole or absent (${report.importsChecked} plan-row imports, ${report.batchesChecked - report.importsChecked} meeting copies)`,
);
console.log(
  `packages imported         ${report.packagesImported} (${report.packagesChecked} found whole over all restarts)`,
);
console.log(`restores completed        ${report.restoresCompleted}`);
console.log(
  `restores interrupted      ${report.restoresInterrupted} (old data kept ${report.restoresInterruptedOld}, restored ${report.restoresInterruptedNew})`,
);
console.log(`in-flight writes applied  ${report.inFlightApplied}`);
console.log(`time                      ${report.seconds.toFixed(1)} s`);
if (report.failures.length > 0) {
  console.log('');
  for (const failure of report.failures) console.log(`FAIL ${failure}`);
  process.exit(1);
}
