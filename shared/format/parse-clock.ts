/**
 * Reads a time the way people type it: `9`, `09.00` (Indonesian style), `9:30`, `0930`, `13.15`.
 * Returns `HH:MM` or null when it is not a time of day.
 */
export function parseClock(text: string): string | null {
  const input = text.trim();
  const match = /^(\d{1,2})(?:[.:,\s]?(\d{2}))?$/.exec(input);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = match[2] === undefined ? 0 : Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
