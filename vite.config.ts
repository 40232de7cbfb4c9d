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
      include: [
        'src/**/*.test.{ts,tsx}',
        'tests/unit/**/*.test.{ts,tsx}',
        'tests/component/**/*.test.{ts,tsx}',
      ],
      environment: 'jsdom',
      setupFiles: ['tests/setup.ts'],
      restoreMocks: true,
    },
  }
})
