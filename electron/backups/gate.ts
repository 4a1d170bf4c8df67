/**
 * Shared/exclusive access to the database connection. API calls and backups share it; a restore
 * (which closes the connection and replaces the file) takes it alone: it waits for the calls in
 * progress to finish, and calls that arrive meanwhile wait for it.
 */
export class Gate {
  private active = 0;
  private exclusive: Promise<unknown> | null = null;
  private drained: (() => void)[] = [];

  async shared<T>(work: () => Promise<T> | T): Promise<T> {
    while (this.exclusive) await this.exclusive.catch(() => undefined);
    this.active++;
    try {
      return await work();
    } finally {
      this.active--;
      if (this.active === 0) for (const resolve of this.drained.splice(0)) resolve();
    }
  }

  async alone<T>(work: () => Promise<T> | T): Promise<T> {
    while (this.exclusive) await this.exclusive.catch(() => undefined);
    const run = (async () => {
      if (this.active > 0) await new Promise<void>((resolve) => this.drained.push(resolve));
      return work();
    })();
    this.exclusive = run;
    try {
      return await run;
    } finally {
      if (this.exclusive === run) this.exclusive = null;
    }
  }
}
