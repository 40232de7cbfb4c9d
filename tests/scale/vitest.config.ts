// `npm run bench:scale`: the county-scale benchmark (3,000 units × 40 quarters by default;
// LEITAI_SCALE=300x12 for a quick run). Not part of `npm test`: it measures, it does not judge
// (the budgets that fail are pinned at 300 × 12 in tests/unit).
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    environment: 'node',
    include: ['tests/scale/**/*.bench-run.ts'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
})
