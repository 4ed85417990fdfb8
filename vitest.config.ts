import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { lingui } from '@lingui/vite-plugin';

// Unit, property, preset-check and component tests. Browser tests live in
// vitest.e2e.config.ts (they build the app and drive Debian's Chromium).
export default defineConfig({
  plugins: [react(), lingui({ failOnCompileError: true })],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/presets/**/*.test.ts', 'test/reproductions/**/*.test.ts', 'test/component/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
    // Builds dist-cli when it is older than its sources: the CLI tests spawn the built program.
    globalSetup: ['test/cli-build.ts'],
    pool: 'threads',
  },
});
