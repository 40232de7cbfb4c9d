// Vitest config for browser (end-to-end) tests: `vitest run --config tests/e2e/vitest.config.ts`.
// Tests drive the system Chromium (playwright-core) against the built app in dist/, which global-setup.ts
// serves with `vite preview`. Run `vite build` first (`npm run test:e2e` does both).
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  // Standalone config: nothing from the root vite.config.ts (no React plugin, no jsdom, no tests/setup.ts).
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    setupFiles: [],
    globalSetup: ['tests/e2e/global-setup.ts'],
    // Real browser + server on a 2-core machine: generous timeouts, one test file at a time.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    fileParallelism: false,
    maxWorkers: 1,
  },
})
