import { defineConfig } from 'vitest/config';

/**
 * Four suites (ARCHITECTURE.md): unit (shared logic), node (SQLite, handlers, documents),
 * electron (the host with a mocked `electron` module), e2e (the UI in headless Chromium).
 */
export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'node', include: ['tests/node/**/*.test.ts'], environment: 'node', testTimeout: 30_000 } },
      { test: { name: 'electron', include: ['tests/electron/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
