interface PreviewArgs {
  dataDir: string | null;
  port: number;
  build: boolean;
  /** Load the demo dataset on start when the data folder holds no meetings yet. */
  demo: boolean;
  /** Where the renderer is built and served from (default `out/renderer`). */
  staticDir?: string;
}

/**
 * `--data-dir DIR`, `--port N`, `--no-build` (reuse out/renderer, for tests that build once),
 * `--demo` (load the sample data into an empty data folder), `--static-dir DIR` (build into and
 * serve from DIR instead of out/renderer, so a benchmark is not disturbed by other builds).
 */
export function parsePreviewArgs(argv: readonly string[]): PreviewArgs {
  const args: PreviewArgs = { dataDir: null, port: 0, build: true, demo: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg?.includes('=') ? (arg.split(/=(.*)/s, 2) as [string, string]) : [arg, undefined];
    const value = (): string => {
      const next = inline ?? argv[++i];
      // An empty value (`--data-dir=`) would silently mean the current folder.
      if (!next) throw new Error(`${flag} needs a value`);
      return next;
    };
    if (flag === '--data-dir') args.dataDir = value();
    else if (flag === '--port') {
      const port = Number(value());
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('--port must be between 0 and 65535');
      args.port = port;
    } else if (flag === '--no-build') args.build = false;
    else if (flag === '--demo') args.demo = true;
    else if (flag === '--static-dir') args.staticDir = value();
    else throw new Error(`Unknown option ${arg}`);
  }
  return args;
}
