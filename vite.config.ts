import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { isDeepStrictEqual } from 'node:util'
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { build, type Plugin, runnerImport } from 'vite'
import { viteSingleFile } from 'vite-plugin-singlefile'
import { defineConfig } from 'vitest/config'
import { type BuiltManifest, checkManifest } from './scripts/data-manifest.mjs'
import { inlineBlocks, offlineCsp, SERVED_CSP, withCspMeta } from './src/lib/csp.ts'
import { embedDataBlock } from './src/lib/embedded-data.ts'
import {
  type AttributePatch,
  choosePrerendered,
  LOCAL_HINT,
  PRERENDER_ID,
  prerenderKey,
  VIEW_CLASS,
  WAIT_ATTR,
  waitForChooser,
} from './src/lib/prerender-contract.ts'

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
 * The shipped builds render with Preact (preact/compat: the React API on a 10 kB runtime instead of
 * react-dom's 65 kB gzip), so the rankings first view fits its 110 kB JS budget (issue 10). The code is
 * written against React's API and types; React itself stays for the jsdom component tests (Testing
 * Library), while every browser test runs the real Preact build. Anything React-only must not be used
 * (`useEffectEvent` has a local equivalent in src/lib/use-effect-event.ts).
 */
const PREACT = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react$/, replacement: 'preact/compat' },
]

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

/**
 * `virtual:leitai-validated` (src/lib/trusted-data.ts): the files of public/data this build validated in
 * full, by manifest path and sha256, so the app can use them without loading the validators. A file is
 * listed only if its bytes still match the manifest, it passes the same validators the app uses (with its
 * dataset's districts and sources), and the validated value is its JSON unchanged. In a production build
 * a file that fails is an error (it would be shipped broken); in dev and tests it is just not listed, so
 * the app validates it at run time and names the problem as it would on a server.
 */
function buildValidatedData(): Plugin {
  const id = 'virtual:leitai-validated'
  let strict = false
  return {
    name: 'leitai:validated',
    configResolved(config) {
      strict = config.command === 'build' && config.mode !== 'test'
    },
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    async load(resolved) {
      if (resolved !== `\0${id}`) return undefined
      return `export default ${JSON.stringify(await validatedData(strict))}`
    },
  }
}

type Validators = typeof import('./src/domain/model/validate.ts') &
  typeof import('./src/domain/model/manifest.ts')

/** The app's own validators, loaded through Vite's module runner (the config itself is plain Node). */
async function loadValidators(): Promise<Validators> {
  const load = (file: string) =>
    runnerImport(resolve(import.meta.dirname, file), { configFile: false, logLevel: 'silent' })
  const [validate, manifest] = await Promise.all([
    load('src/domain/model/validate.ts'),
    load('src/domain/model/manifest.ts'),
  ])
  return { ...(validate.module as object), ...(manifest.module as object) } as Validators
}

async function validatedData(
  strict: boolean,
): Promise<{ manifest: string | null; files: Record<string, string> }> {
  const manifestPath = join(DATA_DIR, 'manifest.json')
  if (!existsSync(manifestPath)) return { manifest: null, files: {} }
  const read = (file: string) => readFileSync(join(DATA_DIR, ...file.split('/')), 'utf8')
  const files: Record<string, string> = {}
  const problems: string[] = []
  const manifestText = readFileSync(manifestPath, 'utf8')
  const { validateManifest, validateDistricts, validateSources, validateNews, validateQuarter } =
    await loadValidators()
  const manifest = validateManifest(manifestText)
  const attempt = <T>(entry: { file: string; sha256: string }, validate: (text: string) => T): T | null => {
    try {
      const text = read(entry.file)
      const hash = sha256(text)
      if (hash !== entry.sha256) throw new Error(`data/${entry.file}: sha256 differs from the manifest`)
      const value = validate(text)
      if (!isDeepStrictEqual(value, JSON.parse(text)))
        throw new Error(`data/${entry.file}: the validated value differs from the file's JSON`)
      files[entry.file] = hash
      return value
    } catch (e) {
      problems.push((e as Error).message)
      return null
    }
  }
  for (const [dataset, ds] of Object.entries(manifest.datasets)) {
    if (!ds) continue
    const name = (file: string) => `data/${file}`
    const districts = attempt(ds.districts, (t) => validateDistricts(name(ds.districts.file), t))
    const sources = attempt(ds.sources, (t) => validateSources(name(ds.sources.file), t))
    if (!districts || !sources) continue
    const ctx = {
      districtIds: new Set(districts.map((d) => d.id)),
      sourceIds: new Set(sources.map((x) => x.id)),
    }
    attempt(ds.news, (t) => validateNews(name(ds.news.file), t, ctx))
    for (const [quarter, entry] of Object.entries(ds.quarters))
      attempt(entry, (t) => validateQuarter(name(entry.file), t, ctx, quarter, dataset as 'real'))
  }
  if (strict && problems.length)
    throw new Error(
      `public/data does not validate (run npm run data:manifest after editing it):\n  ${problems.join('\n  ')}`,
    )
  return { manifest: sha256(JSON.stringify(JSON.parse(manifestText))), files }
}

/**
 * Prerendered first views (src/lib/prerender-contract.ts): after the client build, the app is bundled
 * for Node (scripts/prerender.tsx) and renders the rankings views a link most often opens on — the bare
 * link, and every section of the newest quarter with a complete table — in jsdom, from the build-validated files. The page
 * carries the bare link's view as markup in #root (painted as the page is parsed, like a static page), the
 * others as JSON blocks or link-target patches, a gate in the head and a chooser after the views that make
 * #root show the URL's view before the first paint (the layout is in prerender-contract.ts); main.tsx
 * hydrates it. The served build also carries the data they were rendered from (the offline page has it
 * in its data block already).
 */
function prerenderViews({ offlineFile }: { offlineFile: string | null }): Plugin {
  let outDir = ''
  return {
    name: 'leitai:prerender',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    async closeBundle() {
      const htmlFile = join(outDir, offlineFile ?? 'index.html')
      const html = readFileSync(htmlFile, 'utf8')
      const manifest: BuiltManifest = JSON.parse(readFileSync(join(DATA_DIR, 'manifest.json'), 'utf8'))
      const trusted = (await validatedData(true)).files
      const real = manifest.datasets.real
      if (!real) return
      const files: Record<string, string> = {}
      for (const entry of [real.districts, real.sources, ...Object.values(real.quarters)]) {
        if (!trusted[entry.file]) throw new Error(`prerender: data/${entry.file} is not validated`)
        files[entry.file] = readFileSync(join(DATA_DIR, ...entry.file.split('/')), 'utf8')
      }
      const hashes: Record<string, string> = { '': '#/rankings' }
      for (const quarter of prerenderedQuarters(real.quarters, files, real.districts.file)) {
        const entry = real.quarters[quarter as keyof typeof real.quarters] as { file: string }
        const sections = [
          'overall',
          ...JSON.parse(files[entry.file] as string).sections.map((x: { id: string }) => x.id),
        ]
        for (const section of sections) {
          const hash = `#/rankings?quarter=${quarter}&section=${section}`
          hashes[prerenderKey(hash) as string] = hash
        }
      }
      const views = await renderInJsdom(hashes, { manifest, files })
      // The bare link's view goes into #root as markup; views that differ from it only in link targets
      // become attribute patches; the rest stay JSON blocks the chooser inserts.
      const inline = views['']
      if (inline === undefined) throw new Error('prerender: no view for the bare link')
      const { JSDOM } = await import('jsdom')
      const patches: Record<string, AttributePatch[]> = {}
      const others: [string, string][] = []
      for (const [key, view] of Object.entries(views)) {
        if (key === '') continue
        const patch = linkPatches(JSDOM, inline, view)
        if (patch) patches[key] = patch
        else others.push([key, view])
      }
      const json = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c')
      const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;')
      const blocks = [
        ...others.map(
          ([key, view]) =>
            `<script type="application/json" class="${VIEW_CLASS}" data-key="${attr(key)}">${json(view)}</script>`,
        ),
        pageScript(outDir, offlineFile !== null, 'prerender-chooser', choosePrerendered, [
          prerenderKey,
          VIEW_CLASS,
          LOCAL_HINT,
          WAIT_ATTR,
          patches,
        ]),
        // The data to hydrate with comes after the chooser: the first paint does not wait for its parsing.
        `<script type="application/json" id="${PRERENDER_ID}">${json({ data: offlineFile ? null : { manifest, files } })}</script>`,
      ]
      const gate = pageScript(outDir, offlineFile !== null, 'prerender-gate', waitForChooser, [
        prerenderKey,
        ['', ...Object.keys(patches)],
        LOCAL_HINT,
        WAIT_ATTR,
      ])
      const marker = '<div id="root"></div>'
      const at = html.indexOf(marker)
      // The page's own </head>: the last one before #root (the single file's inlined code holds others).
      const headEnd = html.lastIndexOf('</head>', at)
      if (at < 0 || headEnd < 0) throw new Error(`prerender: ${htmlFile} has no </head> before ${marker}`)
      const page = [
        html.slice(0, headEnd),
        `${gate}\n`,
        html.slice(headEnd, at),
        `<div id="root" data-prerendered="">${inline}</div>\n    ${blocks.join('\n    ')}`,
        html.slice(at + marker.length),
      ].join('')
      writeFileSync(htmlFile, page)
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

/**
 * A prerender script of the page (the gate in the head, the chooser after the views): a self-contained
 * function from src/lib/prerender-contract.ts called with `args` (functions are inlined as source). In the
 * single file it is inline (the page's CSP lists its hash); the served page's CSP allows no inline script
 * (src/lib/csp.ts), so there it is a classic script file in assets/ (named by its hash, cached for good),
 * which the parser fetches and runs in place. The stylesheet stays a <link> for the same reason; the
 * browser fetches them while the HTML streams in.
 */
function pageScript(
  outDir: string,
  inline: boolean,
  name: string,
  // biome-ignore lint/complexity/noBannedTypes: any self-contained function of the contract, inlined as source
  fn: Function,
  args: unknown[],
): string {
  const arg = (a: unknown) => (typeof a === 'function' ? a.toString() : JSON.stringify(a))
  const code = `(${fn.toString()})(${args.map(arg).join(', ')})`.replace(/<\//g, '<\\/')
  if (inline) return `<script>${code}</script>`
  const file = `assets/${name}-${sha256(code).slice(0, 8)}.js`
  writeFileSync(join(outDir, file), `${code}\n`)
  return `<script src="./${file}"></script>`
}

/**
 * The attribute corrections that turn markup `base` into `other` when the two differ only in link
 * targets (`href`), else null. Compared element by element: the same tags in the same order, the same
 * text in each, the same attributes but for href.
 */
function linkPatches(
  JSDOM: typeof import('jsdom').JSDOM,
  base: string,
  other: string,
): AttributePatch[] | null {
  const parse = (html: string) => {
    const doc = new JSDOM(`<!doctype html><body><div id="r">${html}</div></body>`).window.document
    return [...(doc.getElementById('r') as Element).getElementsByTagName('*')]
  }
  const a = parse(base)
  const b = parse(other)
  if (a.length !== b.length) return null
  const ownText = (el: Element) =>
    [...el.childNodes]
      .filter((n) => n.nodeType === 3)
      .map((n) => n.textContent)
      .join('\u0000')
  const patches: AttributePatch[] = []
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as Element
    const y = b[i] as Element
    if (x.tagName !== y.tagName || ownText(x) !== ownText(y)) return null
    for (const name of new Set([...x.getAttributeNames(), ...y.getAttributeNames()])) {
      const v = y.getAttribute(name)
      if (x.getAttribute(name) === v) continue
      if (name !== 'href') return null
      patches.push([i, name, v])
    }
  }
  return patches
}

/**
 * The Content-Security-Policy meta tag (src/lib/csp.ts). The served page gets the 'self' policy and must
 * carry no inline script or style (checked once the page is complete, prerender included: a violation
 * fails the build rather than the page). The offline single file gets the hash policy, computed from the
 * finished file (after the inlining and the prerender), so it runs last.
 */
function contentSecurityPolicy({ offlineFile }: { offlineFile: string | null }): Plugin {
  let outDir = ''
  const base64 = (text: string) => createHash('sha256').update(text).digest('base64')
  return {
    name: 'leitai:csp',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    transformIndexHtml: offlineFile ? undefined : (html) => withCspMeta(html, SERVED_CSP),
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        const file = join(outDir, offlineFile ?? 'index.html')
        const html = readFileSync(file, 'utf8')
        if (offlineFile) return writeFileSync(file, withCspMeta(html, offlineCsp(html, base64)))
        const { scripts, styles } = inlineBlocks(html)
        if (scripts.length || styles.length || /<[a-z][^>]*\sstyle\s*=/i.test(html))
          throw new Error(
            `CSP: ${file} has ${scripts.length} inline script(s), ${styles.length} inline style(s) or a style attribute, which its policy (${SERVED_CSP}) blocks`,
          )
      },
    },
  }
}

/**
 * Which quarter gets prerendered views (every section, besides the bare link's view): the newest one
 * with a complete published table (a section or composite table with a row for every district), the
 * results officials open most. Each view is ~25 kB of markup the page carries whatever it shows, and
 * parsing it delays every first paint (about 30 ms per view at CPU 4×, measured), so other quarters
 * render on the client.
 */
function prerenderedQuarters(
  quarters: Record<string, { file: string }>,
  files: Record<string, string>,
  districtsFile: string,
): string[] {
  const count = (JSON.parse(files[districtsFile] as string) as unknown[]).length
  const complete = Object.keys(quarters)
    .sort()
    .findLast((q) => {
      const file = JSON.parse(files[(quarters[q] as { file: string }).file] as string)
      const tables = [file.composite, ...file.sections.map((x: { table: unknown }) => x.table)]
      return tables.some((t) => t?.status === 'published' && t.rows?.length === count)
    })
  return complete ? [complete] : []
}

/** Bundles scripts/prerender.tsx for Node (Preact alias and all) and runs it in a jsdom window. */
async function renderInJsdom(
  hashes: Record<string, string>,
  data: { manifest: BuiltManifest; files: Record<string, string> },
): Promise<Record<string, string>> {
  const outDir = resolve(import.meta.dirname, 'node_modules', '.prerender')
  await build({
    configFile: resolve(import.meta.dirname, 'vite.config.ts'),
    mode: 'prerender',
    logLevel: 'warn',
    build: { ssr: 'scripts/prerender.tsx', outDir, emptyOutDir: true, minify: false, copyPublicDir: false },
    ssr: { noExternal: true },
  })
  const { JSDOM } = await import('jsdom')
  const dom = new JSDOM('<!doctype html><html lang="zh-CN"><body></body></html>', {
    url: 'http://localhost/',
  })
  const keys = [
    'window',
    'document',
    'navigator',
    'localStorage',
    'location',
    'history',
    'HTMLElement',
    'Element',
    'Node',
    'Text',
    'Event',
    'CustomEvent',
    'MutationObserver',
    'getComputedStyle',
    'requestAnimationFrame',
    'cancelAnimationFrame',
  ]
  const saved = new Map(keys.map((k) => [k, Object.getOwnPropertyDescriptor(globalThis, k)]))
  for (const k of keys) {
    const value = (dom.window as unknown as Record<string, unknown>)[k]
    Object.defineProperty(globalThis, k, {
      value: typeof value === 'function' && /^[a-z]/.test(k) ? value.bind(dom.window) : value,
      configurable: true,
      writable: true,
    })
  }
  try {
    const entry = join(outDir, readdirSync(outDir).find((f) => /^prerender\.m?js$/.test(f)) ?? 'prerender.js')
    const mod = (await import(
      `${pathToFileURL(entry).href}?t=${Date.now()}`
    )) as typeof import('./scripts/prerender.tsx')
    return mod.renderViews(hashes, data as never)
  } finally {
    for (const [k, d] of saved) {
      if (d) Object.defineProperty(globalThis, k, d)
      else delete (globalThis as Record<string, unknown>)[k]
    }
    dom.window.close()
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
  // The Node bundle of scripts/prerender.tsx, built from inside the prerender step itself.
  const prerendering = mode === 'prerender'
  return {
    base: './',
    resolve: {
      // The shipped builds render with Preact; tests keep React (see PREACT above). By mode, not by the
      // VITEST variable: a build a test starts (offline.e2e.ts) inherits that variable and must ship Preact.
      alias: mode === 'test' ? [] : PREACT,
    },
    plugins: [
      buildValidatedData(),
      react(),
      ...(prerendering ? [] : [tailwindcss(), dropFolderDatasets()]),
      // The shell is a template the app rewrites with other data (offline-copy.ts): not prerendered.
      ...(prerendering || shell ? [] : [prerenderViews({ offlineFile: offline ? 'index.html' : null })]),
      ...(offline
        ? [
            viteSingleFile(shell ? { outputFileName: 'leitai-offline.html' } : {}),
            embedData({ dropCopiedData: !shell }),
          ]
        : []),
      ...(prerendering
        ? []
        : [
            contentSecurityPolicy({
              offlineFile: offline ? (shell ? 'leitai-offline.html' : 'index.html') : null,
            }),
          ]),
    ],
    build: {
      outDir: offline && !shell ? 'dist-offline' : 'dist',
      // The shell is added to the served build's folder, which must stay as that build left it.
      emptyOutDir: !shell,
      copyPublicDir: !shell,
      // Inline every asset in the single-file builds (the data is not an asset any more: it is the block).
      assetsInlineLimit: offline ? Number.MAX_SAFE_INTEGER : 0,
      reportCompressedSize: false,
      rolldownOptions: {
        // React Router reads React 19's useOptimistic where it exists; Preact has none, and RR falls back.
        onLog(level, log, handler) {
          if (log.code === 'IMPORT_IS_UNDEFINED' && log.message.includes('useOptimistic')) return
          handler(level, log)
        },
      },
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
            // The first view's English is fetched on demand in the app; tests word in both languages.
            setupFiles: ['tests/english.ts'],
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
