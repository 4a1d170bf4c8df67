import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, type AxeFinding } from './support/axe';
import { launchBrowser, openPage } from './support/browser';
import {
  INDONESIAN_STRINGS,
  INDONESIAN_VOCABULARY,
  indonesianIn,
  visibleTexts,
  type IndonesianFinding,
} from './support/indonesian';
import { tabWalk } from './support/keyboard';
import { outreachData, type OutreachFiles } from './support/outreach-data';
import { startPreview, type RunningPreview } from './support/preview-host';
import {
  closeDialog,
  dataCorpus,
  demoScreens,
  DIALOGS,
  LOCALES,
  openDialog,
  openScreen,
  setLanguage,
  type Language,
  type Screen,
} from './support/screens';

/**
 * Every screen and every kind of dialog and drawer, with the demo data, in both languages:
 * axe-core finds no serious or critical violation, English mode shows no Indonesian UI text (data
 * the office typed, names of laws and official titles excepted), and every control is reached
 * by Tab with a visible focus ring.
 */
/** A walk through every screen and dialog: about 80 s on the shared two-core machine. */
const WALK_TIMEOUT = 240_000;

describe('accessibility and language of every screen', () => {
  let browser: Browser;
  let dataDir: string;
  let preview: RunningPreview;
  let screens: Screen[];
  let data: string;
  let files: OutreachFiles;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'sirakor-e2e-'));
    [browser, preview] = await Promise.all([launchBrowser(), startPreview(dataDir, ['--demo'])]);
    screens = await demoScreens(preview);
    files = await outreachData(preview);
    data = await dataCorpus(preview);
  });

  afterAll(async () => {
    await preview?.stop();
    await browser?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function walk(
    language: Language,
    check: (page: Page, where: string, dialog: boolean) => Promise<void>,
  ): Promise<void> {
    await setLanguage(preview, language);
    const { page, errors } = await openPage(browser, preview.url);
    try {
      for (const screen of screens) {
        await openScreen(page, preview, screen);
        await check(page, screen.name, false);
        for (const dialog of DIALOGS.filter((d) => d.screen === screen.name)) {
          await openDialog(page, preview, screen, dialog, LOCALES[language], files);
          await check(page, `${screen.name} › ${dialog.name}`, true);
          await closeDialog(page, LOCALES[language]);
        }
      }
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  }

  for (const language of ['id', 'en'] as const) {
    it(
      `has no serious or critical axe violations (${language})`,
      async () => {
        const found: Record<string, AxeFinding[]> = {};
        await walk(language, async (page, where, dialog) => {
          const violations = await axeViolations(page, dialog ? '[role="dialog"]' : undefined);
          if (violations.length > 0) found[where] = violations;
        });
        expect(found).toEqual({});
      },
      WALK_TIMEOUT,
    );
  }

  it(
    'shows no Indonesian UI text in English mode',
    async () => {
      // The vocabulary is derived from the locale files; these words must be in it, or the check is blind.
      // (An English string that is all interpolation, like '{{size}}', would accept every text.)
      expect(indonesianIn(['Hapus data contoh'], ''), 'a plain Indonesian label').not.toEqual([]);
      for (const word of ['Kesehatan', 'Oktober', 'Jumat', 'Hadir'])
        expect(INDONESIAN_VOCABULARY.has(word), word).toBe(true);
      for (const text of ['Spesifik', 'Kesehatan', 'Pemerintahan'])
        expect(INDONESIAN_STRINGS.has(text), text).toBe(true);
      const found: Record<string, IndonesianFinding[]> = {};
      await walk('en', async (page, where) => {
        const findings = indonesianIn(await visibleTexts(page), data);
        if (findings.length > 0) found[where] = findings;
      });
      await setLanguage(preview, 'id');
      expect(found).toEqual({});
    },
    WALK_TIMEOUT,
  );

  it(
    'reaches every control by Tab with a visible focus ring, never dropping focus to the page',
    async () => {
      await setLanguage(preview, 'id');
      const { page } = await openPage(browser, preview.url);
      const problems: Record<string, unknown> = {};
      for (const screen of screens) {
        await openScreen(page, preview, screen);
        const { stops, lostFocus, unreached } = await tabWalk(page);
        const withoutRing = stops.filter((stop) => !stop.ring).map((stop) => stop.element);
        if (stops.length < 5 || withoutRing.length || lostFocus.length || unreached.length)
          problems[screen.name] = { stops: stops.length, withoutRing, lostFocus, unreached };
        // Each dialog and drawer of the screen: focus stays inside, every control reached with a ring.
        for (const dialog of DIALOGS.filter((d) => d.screen === screen.name)) {
          await openDialog(page, preview, screen, dialog, LOCALES.id, files);
          const walk = await tabWalk(page, { scope: '[role="dialog"]' });
          const dialogWithoutRing = walk.stops.filter((stop) => !stop.ring).map((stop) => stop.element);
          if (walk.stops.length < 1 || dialogWithoutRing.length || walk.lostFocus.length || walk.unreached.length)
            problems[`${screen.name} › ${dialog.name}`] = {
              stops: walk.stops.length,
              withoutRing: dialogWithoutRing,
              lostFocus: walk.lostFocus,
              unreached: walk.unreached,
            };
          await closeDialog(page, LOCALES.id);
        }
      }
      await page.close();
      expect(problems).toEqual({});
    },
    WALK_TIMEOUT,
  );
});
