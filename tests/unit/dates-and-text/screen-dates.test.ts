import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate, formatDayDate, formatMonthShort, formatTimeRange } from '../../../renderer/format/dates';
import { i18next, initI18n } from '../../../renderer/i18n';

describe('dates on screen follow the language of the screens', () => {
  beforeAll(() => initI18n('id'));
  afterAll(() => i18next.changeLanguage('id'));

  it('writes Indonesian dates in Indonesian', async () => {
    await i18next.changeLanguage('id');
    expect(formatDate('2025-10-17')).toBe('17 Oktober 2025');
    expect(formatDayDate('2025-10-17')).toBe('Jumat, 17 Oktober 2025');
    expect(formatMonthShort('2025-08')).toBe('Agu 25');
    expect(formatTimeRange('09:00', null, 'WITA')).toBe('09.00 WITA s.d. selesai');
  });

  it('writes English dates in English', async () => {
    await i18next.changeLanguage('en');
    expect(formatDate('2025-10-17')).toBe('17 October 2025');
    expect(formatDayDate('2025-10-17')).toBe('Friday, 17 October 2025');
    expect(formatMonthShort('2025-08')).toBe('Aug 25');
    expect(formatTimeRange('09:00', '12:00', 'WITA')).toBe('09.00 – 12.00 WITA');
    expect(formatTimeRange('09:00', null, 'WITA')).toBe('09.00 WITA until done');
  });
});
