import { defineConfig } from 'vitest/config';
import { lingui } from '@lingui/vite-plugin';

// Browser tests: global setup builds the app and serves it with vite preview;
// each test drives Debian's Chromium through playwright-core (STACK.md).
export default defineConfig({
  // The tests import app modules whose words come from the catalogues (src/locales).
  plugins: [lingui()],
  test: {
    setupFiles: ['test/e2e/setup.ts'],
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // expect.poll's own default is 1 s; on CI's 2 cores a render after an edit, or a worker's answer, can take longer.
    expect: { poll: { timeout: 10_000 } },
  },
});
