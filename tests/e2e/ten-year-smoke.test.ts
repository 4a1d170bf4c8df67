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
    // A task of the page's own event loop that blocks for 300 ms: the recorder must see it, or every
    // "no long task" check of the ten-year tests would pass without looking.
    await page.evaluate(() => {
      setTimeout(() => {
        const end = performance.now() + 300;
        while (performance.now() < end);
      }, 0);
    });
    // The observer hears of it when the page is next idle: late on a busy machine.
    await expect
      .poll(async () => (await longTasks(page)).some((task) => task.duration >= 250), { timeout: 30_000 })
      .toBe(true);
  });
});
