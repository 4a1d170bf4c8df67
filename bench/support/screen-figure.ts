import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Figure } from '../figure';
import { screenTimer, type ScreenTiming } from './in-app-timing';
import { startPreviewSession, stopPreviewSession, type PreviewSession } from './preview-session';

/** Samples taken in `setup` and not counted: they bring the host's caches to an app in use. */
const WARM_UP = 2;

/**
 * A figure of one screen on the ten-year dataset in the preview host and Chromium, in seconds:
 * `prepare` (untimed, once the host runs) finds the screen's records and says how to time it.
 */
export function screenFigure(
  figure: Pick<Figure, 'id' | 'label' | 'budget' | 'ratioBudget' | 'runs'> & { floorLabel: string },
  prepare: (session: PreviewSession) => Promise<ScreenTiming>,
): Figure {
  let session: PreviewSession | null = null;
  let timer: ReturnType<typeof screenTimer> | null = null;
  const running = () => {
    if (!timer) throw new Error(`${figure.id}: setup did not run`);
    return timer;
  };
  return {
    id: figure.id,
    label: figure.label,
    unit: 's',
    budget: figure.budget,
    ratioBudget: figure.ratioBudget,
    runs: figure.runs,
    async setup() {
      session = await startPreviewSession();
      try {
        timer = screenTimer(session, await prepare(session), `bench-${figure.id}-floor.html`);
        writeFileSync(join(session.staticDir, timer.floorPage.name), timer.floorPage.html);
        for (let i = 0; i < WARM_UP; i++) {
          await timer.sample();
          await timer.floorSample();
        }
      } catch (error) {
        await this.teardown?.();
        throw error;
      }
    },
    async teardown() {
      const current = session;
      session = null;
      timer = null;
      if (current) await stopPreviewSession(current);
    },
    floor: { label: figure.floorLabel, sample: () => running().floorSample() },
    sample: () => running().sample(),
  };
}
