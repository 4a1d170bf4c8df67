import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTask, type TaskMessage, type TaskRequest, type TaskSource } from '../../electron/jobs/tasks';
import { jobStartInput } from '../../shared/api/schemas/jobs';
import type { InputOf } from '../../shared/api/contract';

export type FileJob = Extract<InputOf<'jobs.start'>, { kind: TaskRequest['task'] }>;

/**
 * A file job's work as its worker thread does it (`runTask`: its own read-only connection, the
 * file built and written), run in this thread: what the figures time is the export or document,
 * not a thread's start under tsx (the app's worker is a bundled chunk). Returns the file's bytes.
 */
export async function taskFileHere(
  source: Omit<TaskSource, 'now'> & { now: Date },
  job: FileJob,
): Promise<{ fileName: string; bytes: Buffer }> {
  const { kind, input } = jobStartInput.parse(job) as { kind: TaskRequest['task']; input: unknown };
  const dir = mkdtempSync(join(tmpdir(), 'sirakor-bench-task-'));
  try {
    const outPath = join(dir, 'file');
    let outcome: TaskMessage | null = null;
    const request = { task: kind, input, outPath, source: { ...source, now: source.now.toISOString() } };
    await runTask(request as TaskRequest, (message) => {
      if (message.type !== 'progress') outcome = message;
    });
    const ended = outcome as TaskMessage | null;
    if (ended?.type !== 'done') throw new Error(`${kind} failed: ${ended?.type === 'failed' ? ended.message : '?'}`);
    return { fileName: ended.fileName, bytes: readFileSync(outPath) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
