import type { Db } from '../db/connection';
import type { Clock } from '../db/clock';

/** Key/value settings stored as JSON; each key holds one settings group. */
export function settingsRepository(db: Db, now: Clock) {
  const read = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const write = db.prepare(
    `INSERT INTO settings (key, value, updated_at) VALUES (@key, @value, @at)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  );
  const remove = db.prepare('DELETE FROM settings WHERE key = ?');
  return {
    get<T>(key: string): T | null {
      const row = read.get(key);
      return row ? (JSON.parse(row.value) as T) : null;
    },
    remove(key: string): void {
      remove.run(key);
    },
    set(key: string, value: unknown): void {
      write.run({ key, value: JSON.stringify(value), at: now().toISOString() });
    },
  };
}
