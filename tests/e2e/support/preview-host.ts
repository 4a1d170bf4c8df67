import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

export interface RunningPreview {
  url: string;
  origin: string;
  token: string;
  /** The host's process (the bench reads its memory). */
  pid: number;
  stop(): Promise<void>;
}

/**
 * Starts `electron/preview/cli.ts --no-build` (the renderer is built once by global-setup) on a
 * data folder and waits for its "Sirakor preview: URL" line, exactly as a person would use it.
 * `extraArgs` go to the command line as they are (the bench passes `--static-dir`).
 */
export function startPreview(dataDir: string, extraArgs: readonly string[] = []): Promise<RunningPreview> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/preview/cli.ts', '--data-dir', dataDir, '--no-build', ...extraArgs],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error(`preview host did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Sirakor preview: (http:\/\/127\.0\.0\.1:\d+)\/\?token=([0-9a-f]+)/.exec(output);
      if (!match) return;
      clearTimeout(timeout);
      const origin = match[1] as string;
      const token = match[2] as string;
      resolve({
        url: `${origin}/?token=${token}`,
        origin,
        token,
        pid: child.pid as number,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            stopping = true;
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let stopping = false;
    child.once('exit', (code, signal) => {
      clearTimeout(timeout);
      // After a successful start an unexpected exit would only show up as refused connections.
      if (!stopping) console.error(`preview host exited (${code ?? signal}):\n${output}`);
      reject(new Error(`preview host exited with ${code}:\n${output}`));
    });
  });
}
