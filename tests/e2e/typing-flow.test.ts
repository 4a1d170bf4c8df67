import { describe, expect, it } from 'vitest';
import { openPage } from './support/browser';
import { kelaraOfficeForTests } from './support/kelara-office';
import {
  expectedMeeting,
  FASTEST_PACE,
  HUMAN_PACE,
  meetingScript,
  storedMeeting,
  typeWholeMeeting,
  type Pace,
} from './support/meeting-typing';
import { startPreview } from './support/preview-host';

/**
 * Issue 13's acceptance: a whole meeting typed into the UI, from the details to approved minutes,
 * then the preview host restarted and every character read back through the API; once at human
 * speed (120 ms a key, 300 ms before Tab), once as fast as Playwright types.
 */
describe('a whole meeting typed from the keyboard is stored to the last character', () => {
  const office = kelaraOfficeForTests();

  async function typeAndRestart(pace: Pace, tag: string): Promise<void> {
    const script = meetingScript(tag);
    const { page, errors } = await openPage(office.browser, office.preview.url);
    const id = await typeWholeMeeting(page, pace, script);
    const expected = expectedMeeting(script);
    await expect.poll(() => storedMeeting(office.preview, id), { timeout: 10_000 }).toEqual(expected);
    expect(errors).toEqual([]);
    await page.close();

    await office.preview.stop();
    office.preview = await startPreview(office.dataDir);
    expect(await storedMeeting(office.preview, id)).toEqual(expected);
  }

  it('at human speed', { timeout: 600_000 }, () => typeAndRestart(HUMAN_PACE, 'H1'));

  it('as fast as Playwright types', { timeout: 300_000 }, () => typeAndRestart(FASTEST_PACE, 'F0'));
});
