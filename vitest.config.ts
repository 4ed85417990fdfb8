import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { lingui } from '@lingui/vite-plugin';

const INCLUDE = ['test/unit/**/*.test.{ts,tsx}', 'test/presets/**/*.test.ts', 'test/reproductions/**/*.test.ts', 'test/component/**/*.test.tsx'];
const FUZZ = ['test/unit/fuzz/fuzz.test.ts'];

// Unit, property, preset-check and component tests. Browser tests live in
// vitest.e2e.config.ts (they build the app and drive Debian's Chromium).
export default defineConfig({
  plugins: [react(), lingui({ failOnCompileError: true })],
  test: {
    environment: 'node',
    setupFiles: ['test/setup.ts'],
    // Property tests of the Monte Carlo take 2–3 s alone and over 5 s when both cores are busy: the limit
    // catches a hang, not a slow machine.
    testTimeout: 30_000,
    // Builds dist-cli when it is older than its sources: the CLI tests spawn the built program.
    globalSetup: ['test/cli-build.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: INCLUDE, exclude: FUZZ, pool: 'threads' } },
      // The fuzzers run four times faster in a child process than in a worker thread (measured: 4.4 s against
      // 15 s for 2,000 files), so they get a pool of their own.
      { extends: true, test: { name: 'fuzz', include: FUZZ, pool: 'forks' } },
    ],
  },
});
