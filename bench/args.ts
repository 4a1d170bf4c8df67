export interface BenchArgs {
  /** Also write the results as JSON to this file. */
  json: string | null;
  /** Run only these figure ids; null runs all. */
  only: string[] | null;
  /** Overrides every figure's number of samples (quick checks). */
  runs: number | null;
}

/** `--json FILE`, `--only ID[,ID]`, `--runs N`; each also accepts the `--flag=value` form. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { json: null, only: null, runs: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string => {
      const next = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (!next) throw new Error(`${flag} needs a value`);
      return next;
    };
    if (flag === '--json') args.json = value();
    else if (flag === '--only')
      args.only = value()
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean);
    else if (flag === '--runs') {
      const runs = Number(value());
      if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');
      args.runs = runs;
    } else throw new Error(`Unknown option ${arg}`);
  }
  return args;
}
