import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Scratch builds and files of test runs live in tests/.tmp/; nothing there is a test.
    exclude: ['tests/.tmp/**', 'node_modules/**'],
    // Builds the sample site once (under a base path) for the browser and build tests.
    globalSetup: ['tests/support/global-setup.ts'],
    // In-process messages in English unless a test asks for German (see the file).
    setupFiles: ['tests/support/english-messages.ts'],
    // Limits are for tests that hang, not a speed goal (that is `npm run bench`): on a 2-core
    // machine shared with other builds, a browser test with two axe runs took over 30 s.
    testTimeout: 120_000,
    // expect.poll's own default (1 s) is shorter than a browser page takes to show a form on a
    // busy 2-core machine: Decap needed 0.5–3.5 s from login to a filled field, at any clock.
    // Polls end as soon as they succeed, so a generous limit costs nothing when all is well.
    expect: { poll: { timeout: 30_000 } },
    hookTimeout: 240_000,
    // Browser tests share one Chromium per file; two cores do not gain from more parallel files.
    maxWorkers: 2,
    reporters: ['default', './tests/support/summary-reporter.ts'],
  },
});
