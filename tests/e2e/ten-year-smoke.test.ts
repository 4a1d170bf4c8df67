import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { longTasks, openTenYear, type TenYearSession } from './support/ten-year';

/** The ten-year support itself: the dataset opens in the preview host and long tasks are recorded. */
describe('ten-year dataset in the preview host', () => {
  let session: TenYearSession;
  beforeAll(async () => {
    session = await openTenYear();
  }, 900_000);
  afterAll(async () => session?.close());

  test('the meetings list shows the dataset and long tasks are observed', async () => {
    const page = await session.newPage();
    await page.goto(`${session.preview.url}#/rapat`);
    await expect.poll(() => page.getByRole('row').count(), { timeout: 60_000 }).toBeGreaterThan(5);
    await page.evaluate(() => {
      const end = performance.now() + 120;
      while (performance.now() < end);
    });
    await expect.poll(async () => (await longTasks(page)).some((task) => task.duration >= 100)).toBe(true);
  });
});
