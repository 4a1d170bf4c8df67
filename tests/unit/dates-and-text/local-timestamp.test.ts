import { afterEach, describe, expect, it } from 'vitest';
import { formatLocalTimestamp } from '../../../renderer/format/local-time';

const original = process.env.TZ;
afterEach(() => {
  process.env.TZ = original;
});

describe('formatLocalTimestamp', () => {
  it('names the Indonesian zone the computer keeps, as printed times do', () => {
    const at = '2025-10-17T01:05:00.000Z';
    process.env.TZ = 'Asia/Makassar';
    expect(formatLocalTimestamp(at)).toBe('17 Oktober 2025 09.05 WITA');
    process.env.TZ = 'Asia/Jakarta';
    expect(formatLocalTimestamp(at)).toBe('17 Oktober 2025 08.05 WIB');
    process.env.TZ = 'Asia/Jayapura';
    expect(formatLocalTimestamp(at)).toBe('17 Oktober 2025 10.05 WIT');
  });

  it('leaves the zone out on a computer set to another country’s time', () => {
    process.env.TZ = 'Europe/Amsterdam';
    expect(formatLocalTimestamp('2025-10-17T01:05:00.000Z')).toBe('17 Oktober 2025 03.05');
  });
});
