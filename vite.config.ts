import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { viteSingleFile } from 'vite-plugin-singlefile'
import { defineConfig } from 'vitest/config'
import { type BuiltManifest, checkManifest } from './scripts/data-manifest.mjs'
import { embedDataBlock } from './src/lib/embedded-data.ts'

const DATA_DIR = resolve(import.meta.dirname, 'public', 'data')

/**
 * Offline builds: the data folder goes into the page as one JSON block (src/lib/embedded-data.ts), not
 * into the JS, so an offline copy can later be rewritten with other data; and it is not copied next to
 * the page, which is the whole deliverable. A manifest out of step with its files fails the build
 * rather than shipping a copy whose hashes lie.
 */
function embedData({ dropCopiedData }: { dropCopiedData: boolean }): Plugin {
  let outDir = ''
  return {
    name: 'leitai:embed-data',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    transformIndexHtml(html) {
      const stale = checkManifest(DATA_DIR)
      if (stale.length)
        throw new Error(
          `public/data/manifest.json is out of date (run npm run data:manifest):\n  ${stale.join('\n  ')}`,
        )
      // Current, so it lists exactly the files there (the app validates it like a served one).
      const manifest: BuiltManifest = JSON.parse(readFileSync(join(DATA_DIR, 'manifest.json'), 'utf8'))
      const files: Record<string, string> = {}
      for (const ds of Object.values(manifest.datasets))
        for (const entry of [ds.districts, ds.sources, ds.news, ...Object.values(ds.quarters)])
          files[entry.file] = readFileSync(join(DATA_DIR, ...entry.file.split('/')), 'utf8')
      return embedDataBlock(html, { manifest, files })
    },
    closeBundle() {
      // Vite copies all of public/ (sources/, screenshots/ are still wanted); data/ is in the page.
      if (dropCopiedData) rmSync(join(outDir, 'data'), { recursive: true, force: true })
    },
  }
}

/**
 * Folder datasets in public/data (public/data/large for `vite` dev, gitignored) are never deployed: the
 * build drops every folder of dist/data that the main manifest does not list.
 */
function dropFolderDatasets(): Plugin {
  let outDir = ''
  return {
    name: 'leitai:drop-folder-datasets',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir, 'data')
    },
    closeBundle() {
      if (!existsSync(outDir)) return
      const listed = Object.keys(JSON.parse(readFileSync(join(DATA_DIR, 'manifest.json'), 'utf8')).datasets)
      for (const e of readdirSync(outDir, { withFileTypes: true }))
        if (e.isDirectory() && !listed.includes(e.name))
          rmSync(join(outDir, e.name), { recursive: true, force: true })
    },
  }
}

// Three builds from one source:
// - default: static files in dist/ with the data in dist/data/ (manifest + files, read at run time), served
//   by any static server (hash routes need no rewrites);
// - `--mode offline`: one self-contained dist-offline/index.html that works from file://: code and styles
//   inlined, the data as an embedded JSON block;
// - `--mode offline-shell`: the same page written next to the served build as dist/leitai-offline.html
//   (`npm run build` runs it after the default build; it adds that one file and leaves dist/ as it is).
export default defineConfig(({ mode }) => {
  const shell = mode === 'offline-shell'
  const offline = mode === 'offline' || shell
  return {
    base: './',
    plugins: [
      react(),
      tailwindcss(),
      dropFolderDatasets(),
      ...(offline
        ? [
            viteSingleFile(shell ? { outputFileName: 'leitai-offline.html' } : {}),
            embedData({ dropCopiedData: !shell }),
          ]
        : []),
    ],
    build: {
      outDir: offline && !shell ? 'dist-offline' : 'dist',
      // The shell is added to the served build's folder, which must stay as that build left it.
      emptyOutDir: !shell,
      copyPublicDir: !shell,
      // Inline every asset in the single-file builds (the data is not an asset any more: it is the block).
      assetsInlineLimit: offline ? Number.MAX_SAFE_INTEGER : 0,
      reportCompressedSize: false,
      // The chunk graph, for the per-route size budgets (scripts/size-budget.mjs).
      manifest: !offline,
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
