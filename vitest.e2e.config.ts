import { defineConfig } from 'vitest/config';

// Browser tests: global setup builds the app and serves it with vite preview;
// each test drives Debian's Chromium through playwright-core (STACK.md).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
