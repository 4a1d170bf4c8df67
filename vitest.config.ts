import { defineConfig } from 'vitest/config';

/** The tests on the ten-year dataset of a kabupaten (`tests/e2e/support/ten-year.ts`, the bench's dataset). */
const TEN_YEAR = 'tests/{e2e,node}/**/*ten-year*.test.ts';

/**
 * Five suites (ARCHITECTURE.md): unit (shared logic), node (SQLite, handlers, documents),
 * electron (the host with a mocked `electron` module), e2e (the UI in headless Chromium), and
 * ten-year (screens and jobs on the bench's ten-year dataset).
 */
export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'node',
          include: ['tests/node/**/*.test.ts'],
          exclude: [TEN_YEAR],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      { test: { name: 'electron', include: ['tests/electron/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          exclude: [TEN_YEAR],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        // The screens and jobs on the ten-year dataset (issue 17) check that no task blocks the
        // window for more than 200 ms and that requests answer within 200 ms during a job: wall-clock
        // checks on a 2-core machine shared with the other suites, so a test that failed is run once
        // more (a slow screen fails twice).
        test: {
          name: 'ten-year',
          include: [TEN_YEAR],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 900_000,
          fileParallelism: false,
          retry: 1,
        },
      },
    ],
  },
});
