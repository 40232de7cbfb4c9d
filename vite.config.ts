import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { viteSingleFile } from 'vite-plugin-singlefile'
import { defineConfig } from 'vitest/config'

// Two builds from one source:
// - default: static files in dist/, served by any static server (hash routes need no rewrites);
// - `--mode offline`: one self-contained dist-offline/index.html that works from file://,
//   because every asset (data files included) is inlined and fetch() of data: URLs is allowed there.
export default defineConfig(({ mode }) => {
  const offline = mode === 'offline'
  return {
    base: './',
    plugins: [react(), tailwindcss(), ...(offline ? [viteSingleFile()] : [])],
    build: {
      outDir: offline ? 'dist-offline' : 'dist',
      // Data files are fetched by URL; keep them as separate hashed files (cacheable, and each
      // one validated on its own) except in the offline build, where singlefile inlines them.
      assetsInlineLimit: offline ? Number.MAX_SAFE_INTEGER : 0,
      reportCompressedSize: false,
    },
    preview: { host: '127.0.0.1' },
    server: { host: '127.0.0.1' },
    test: {
      restoreMocks: true,
      // Two projects so the pure-logic tests never pay for a DOM: jsdom plus the jest-dom /
      // testing-library setup cost ~40 s of a run, while the unit tests need ~5 s without them.
      // `vitest run --project unit` / `--project component`; tests/e2e has its own config.
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'node',
            // Pure functions over plain data, so files can share one worker: on 2 cores a fresh worker
            // per file (isolate) costs ~10 s of a ~12 s run. The price: module state is shared between
            // files, so a unit test must not vi.mock modules or leave globals or timers changed.
            isolate: false,
            include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'component',
            environment: 'jsdom',
            setupFiles: ['tests/setup.ts'],
            // A view renders in well under a second on an idle machine; the limit leaves room for a
            // machine running other builds (CI shares its cores), so a slow moment is not a failure.
            testTimeout: 15_000,
            // src/**/*.test.tsx: a colocated React test (none today) belongs here, not in the node project.
            include: ['tests/component/**/*.test.tsx', 'src/**/*.test.tsx'],
          },
        },
      ],
    },
  }
})
