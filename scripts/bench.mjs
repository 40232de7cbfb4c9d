#!/usr/bin/env node
// `npm run bench`: the performance benchmark of issue 10 (a measurement, not a test).
//
//   node scripts/bench.mjs [--no-build] [--runs 9] [--no-lighthouse] [--lighthouse-runs 3] [--no-large]
//                          [--only first-view,bytes,interactions,lighthouse,large]
//
// Builds (npm run build, unless --no-build), copies dist/ to a temp folder, writes the static baseline pages
// into it (scripts/bench-static.mjs: the same table as plain HTML, generated from public/data/real), serves
// that folder in-process (scripts/preview-server.mjs) and measures in one Chromium:
//   first-view    LCP and first painted table row of #/rankings (bare) and the deep link, against the static
//                 page of the same table; CPU throttled 4× (CDP Emulation.setCPUThrottlingRate), `runs`
//                 alternating cold runs (static, app, static, app …), each in a fresh browser context.
//   bytes         JS and CSS fetched until network idle (gzip level 6 of the served bytes) per route.
//   interactions  input → the frame that shows the change, CPU 4×, real data: sort, section, quarter,
//                 district filter, open a district page, step a slide; plus Event Timing where it applies.
//   lighthouse    Lighthouse 12.2.3 mobile (default simulated throttling) of the static page and four routes:
//                 performance and accessibility scores.
//   large         the county-scale dataset (3,000 units × 40 quarters, scripts/generate-demo.mjs --large) at
//                 CPU 1×: navigation → first row, JS heap, sort, filter, open a unit page.
// Prints a table of medians and ratios with PASS/FAIL per goal, the Chromium version and the machine load,
// and writes test-results/bench.json. Exits 0 whatever the numbers, 1 only if something could not be
// measured (the build failed, a page never showed what it waited for, Lighthouse failed …).

import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { cp, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import { quarterLabel, staticBaselineHtml, tableChoices } from './bench-static.mjs'
import { findChrome, launchChromium, repoRoot } from './find-chrome.mjs'
import { startPreview } from './preview-server.mjs'

const DEEP_ROUTE = '#/rankings?quarter=2022Q2&section=economy'
const BARE_ROUTE = '#/rankings'
const DEEP = { quarter: '2022Q2', section: 'economy' }
/** Routes whose first-view bytes are reported besides the two rankings links. */
const OTHER_ROUTES = {
  movement: '#/movement',
  district: '#/districts/shinan',
  news: '#/news',
  present: '#/present?deck=arena&quarter=2022Q2',
}
const LIGHTHOUSE_ROUTES = {
  rankings: DEEP_ROUTE,
  district: OTHER_ROUTES.district,
  movement: OTHER_ROUTES.movement,
  present: OTHER_ROUTES.present,
}
const SECTIONS = ['first-view', 'bytes', 'interactions', 'lighthouse', 'large']
const LARGE_ARGS = ['--districts', '3000', '--quarters', '40']

const GOALS = {
  lcpRatio: 1.3,
  firstRowRatio: 1.3,
  firstViewJsGzip: 110_000,
  lighthousePoints: 5,
  accessibility: 100,
  interactionMs: 100,
  largeLoadMs: 3000,
  largeInteractionMs: 200,
  largeHeapBytes: 300e6,
}
const CPU_THROTTLE = 4
const NAV_TIMEOUT_MS = 60_000
const STEP_TIMEOUT_MS = 15_000
const VIEWPORT = { width: 1366, height: 768 }
const OUT_FILE = join(repoRoot, 'test-results', 'bench.json')
const CACHE_DIR = join(repoRoot, 'test-results', 'bench-cache')

const { values } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    runs: { type: 'string', default: '9' },
    'no-lighthouse': { type: 'boolean', default: false },
    'lighthouse-runs': { type: 'string', default: '3' },
    'no-large': { type: 'boolean', default: false },
    only: { type: 'string' },
  },
})
const runs = Math.max(1, Number.parseInt(values.runs, 10) || 9)
const lighthouseRuns = Math.min(3, Math.max(1, Number.parseInt(values['lighthouse-runs'], 10) || 1))
const only = values.only ? values.only.split(',').map((s) => s.trim()) : SECTIONS
for (const s of only)
  if (!SECTIONS.includes(s)) {
    console.error(`bench: unknown section "${s}" in --only (known: ${SECTIONS.join(', ')})`)
    process.exit(1)
  }
const wanted = (s) =>
  only.includes(s) &&
  !(s === 'lighthouse' && values['no-lighthouse']) &&
  !(s === 'large' && values['no-large'])

// ── small helpers ───────────────────────────────────────────────────────────────────────────────────

const median = (xs) => {
  const sorted = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b)
  if (sorted.length === 0) return null
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
const series = (xs) => ({
  median: median(xs),
  min: median([Math.min(...xs)]),
  max: median([Math.max(...xs)]),
  runs: xs,
})
const ms = (x) => (x == null ? 'n/a' : `${Math.round(x)} ms`)
const kB = (bytes) => (bytes == null ? 'n/a' : `${(bytes / 1000).toFixed(1)} kB`)
const ratio = (app, base) => (app == null || base == null || base === 0 ? null : app / base)
const verdict = (ok) => (ok == null ? 'n/a' : ok ? 'PASS' : 'FAIL')
const errorText = (e) => String(e?.message ?? e).split('\n')[0]

/** 'js' | 'css' | undefined, from the URL path (resourceType is unreliable for modulepreload). */
function assetType(url) {
  const { protocol, pathname } = new URL(url)
  if (protocol !== 'http:' && protocol !== 'https:') return undefined
  if (/\.m?js$/.test(pathname)) return 'js'
  if (/\.css$/.test(pathname)) return 'css'
  return undefined
}

/** A fresh browser context (empty cache) with one page, CPU throttled `cpu`×, probes installed. */
async function openContext(browser, cpu) {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu })
  await page.addInitScript(pageProbes)
  const pageErrors = []
  page.on('pageerror', (error) => pageErrors.push(error.message))
  return { context, page, cdp, pageErrors }
}

// Runs in every page before its own scripts (both the app and the static page), so both are measured the
// same way: the latest LCP entry; the first `table tbody tr` inserted and the frame after it (rAF, then a
// task: the paint of that frame is done by then); Event Timing entries ≥ 16 ms.
function pageProbes() {
  const bench = { lcp: null, firstRow: null, events: [] }
  window.__bench = bench
  const describe = (el) =>
    el
      ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}`
      : null
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        bench.lcp = { time: e.startTime, size: e.size, element: describe(e.element) }
    }).observe({ type: 'largest-contentful-paint', buffered: true })
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (e.identifier === 'bench-first-row' && bench.firstRow && e.renderTime > 0)
          bench.firstRow.rendered = Math.min(
            bench.firstRow.rendered ?? Number.POSITIVE_INFINITY,
            e.renderTime,
          )
    }).observe({ type: 'element', buffered: true })
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        bench.events.push({
          name: e.name,
          startTime: e.startTime,
          duration: e.duration,
          interactionId: e.interactionId ?? 0,
        })
    }).observe({ type: 'event', durationThreshold: 16, buffered: true })
  } catch {}
  const check = () => {
    if (bench.firstRow) return
    const row = document.querySelector('table tbody tr')
    if (!row) return
    const inserted = performance.now()
    bench.firstRow = { inserted, painted: null, rendered: null, district: row.getAttribute('data-district') }
    // Element Timing gives the row's real paint time (renderTime): mark the row and everything in it
    // before its first paint (a MutationObserver callback runs before the next rendering step).
    for (const el of [row, ...row.querySelectorAll('*')]) el.setAttribute('elementtiming', 'bench-first-row')
    // Fallback if no element entry comes (e.g. the row was replaced before it painted): the frame after it.
    requestAnimationFrame(() =>
      setTimeout(() => {
        bench.firstRow.painted = performance.now()
      }, 0),
    )
    observer.disconnect()
  }
  const observer = new MutationObserver(check)
  observer.observe(document, { childList: true, subtree: true })
}

/** Waits for `fn` (run in the page) to return something truthy; the error names `what` never happened. */
async function waitInPage(page, what, fn, arg, timeout = NAV_TIMEOUT_MS) {
  try {
    const handle = await page.waitForFunction(fn, arg, { timeout, polling: 50 })
    return await handle.jsonValue()
  } catch (error) {
    const seen = await page
      .evaluate(() => (document.querySelector('main') ?? document.body)?.innerText.slice(0, 200))
      .catch(() => '?')
    throw new Error(
      `${what} never happened on ${page.url()} (waited ${timeout / 1000} s; ${errorText(error)}). The page shows: ${JSON.stringify(seen)}`,
    )
  }
}

const firstRowPainted = () => window.__bench.firstRow?.painted != null && window.__bench.firstRow

/** Collects the JS/CSS responses of a page; `files()` reads their bodies and gzips them. */
function recordAssets(page) {
  const assets = []
  page.on('response', (response) => {
    const type = assetType(response.url())
    if (type && response.ok())
      assets.push({ url: response.url(), type, body: response.body().catch(() => null) })
  })
  return async () => {
    const files = []
    for (const asset of assets) {
      const body = await asset.body
      if (!body) continue
      files.push({
        file: decodeURIComponent(new URL(asset.url).pathname.replace(/^\//, '')),
        type: asset.type,
        bytes: body.length,
        gzipBytes: gzipSync(body, { level: 6 }).length,
      })
    }
    return files
  }
}

function totals(files) {
  const sum = (type) => {
    const list = files.filter((f) => f.type === type)
    return {
      count: list.length,
      bytes: list.reduce((a, f) => a + f.bytes, 0),
      gzipBytes: list.reduce((a, f) => a + f.gzipBytes, 0),
    }
  }
  return { js: sum('js'), css: sum('css') }
}

// ── first view ──────────────────────────────────────────────────────────────────────────────────────

/** One cold load at CPU `cpu`×: LCP, FCP, first row painted, JS/CSS files until network idle. */
async function loadOnce(browser, url, { cpu = CPU_THROTTLE, ready = 'row' } = {}) {
  const { context, page, pageErrors } = await openContext(browser, cpu)
  try {
    const files = recordAssets(page)
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: NAV_TIMEOUT_MS })
    if (ready === 'row') await waitInPage(page, 'a painted `table tbody tr`', firstRowPainted)
    else await waitInPage(page, 'a visible h1', () => document.querySelector('h1')?.offsetParent != null)
    await page.waitForLoadState('networkidle', { timeout: NAV_TIMEOUT_MS })
    // Paint entries arrive after the frame is presented, which a loaded machine can delay past network
    // idle: give them a few seconds (a page that never reports one gets n/a, left out of the medians).
    await page
      .waitForFunction(
        (ready) => window.__bench.lcp && (ready !== 'row' || window.__bench.firstRow?.rendered != null),
        ready,
        { timeout: 10_000, polling: 100 },
      )
      .catch(() => {})
    const m = await page.evaluate(() => ({
      lcp: window.__bench.lcp,
      firstRow: window.__bench.firstRow,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    }))
    return {
      lcpMs: m.lcp?.time ?? null,
      lcpElement: m.lcp?.element ?? null,
      // The row's Element Timing paint, else the frame after its insertion.
      firstRowMs: m.firstRow?.rendered ?? m.firstRow?.painted ?? null,
      firstRowFrameMs: m.firstRow?.painted ?? null,
      fcpMs: m.fcp,
      files: await files(),
      pageErrors,
    }
  } finally {
    await context.close()
  }
}

async function measureFirstView(browser, pages) {
  const results = {}
  for (const p of pages) results[p.key] = { route: p.route, static: [], app: [] }
  for (let i = 1; i <= runs; i++) {
    for (const p of pages) {
      const s = await loadOnce(browser, p.staticUrl)
      const a = await loadOnce(browser, p.appUrl)
      results[p.key].static.push(s)
      results[p.key].app.push(a)
      console.log(
        `  run ${i}/${runs} ${p.route}: static LCP ${ms(s.lcpMs)} row ${ms(s.firstRowMs)} (frame ${ms(s.firstRowFrameMs)}) · app LCP ${ms(a.lcpMs)} row ${ms(a.firstRowMs)} (frame ${ms(a.firstRowFrameMs)})`,
      )
    }
  }
  const summary = {}
  for (const [key, r] of Object.entries(results)) {
    const pick = (list, name) => series(list.map((x) => x[name]))
    const out = {
      route: r.route,
      staticPage: pages.find((p) => p.key === key).staticFile,
      table: pages.find((p) => p.key === key).table,
      static: {
        lcpMs: pick(r.static, 'lcpMs'),
        firstRowMs: pick(r.static, 'firstRowMs'),
        firstRowFrameMs: pick(r.static, 'firstRowFrameMs'),
        fcpMs: pick(r.static, 'fcpMs'),
      },
      app: {
        lcpMs: pick(r.app, 'lcpMs'),
        firstRowMs: pick(r.app, 'firstRowMs'),
        firstRowFrameMs: pick(r.app, 'firstRowFrameMs'),
        fcpMs: pick(r.app, 'fcpMs'),
      },
      lcpElements: {
        static: [...new Set(r.static.map((x) => x.lcpElement))],
        app: [...new Set(r.app.map((x) => x.lcpElement))],
      },
      appFiles: r.app[0].files,
      pageErrors: [...new Set(r.app.flatMap((x) => x.pageErrors))],
    }
    out.lcpRatio = ratio(out.app.lcpMs.median, out.static.lcpMs.median)
    out.firstRowRatio = ratio(out.app.firstRowMs.median, out.static.firstRowMs.median)
    summary[key] = out
  }
  return summary
}

// ── bytes per route ─────────────────────────────────────────────────────────────────────────────────

async function measureBytes(browser, baseUrl) {
  const out = {}
  const routes = { rankings: BARE_ROUTE, rankingsDeepLink: DEEP_ROUTE, ...OTHER_ROUTES }
  for (const [name, route] of Object.entries(routes)) {
    const r = await loadOnce(browser, baseUrl + route, { ready: name.startsWith('rankings') ? 'row' : 'h1' })
    out[name] = { route, ...totals(r.files), lcpMs: r.lcpMs, files: r.files }
    console.log(`  ${route}: JS ${kB(out[name].js.gzipBytes)} gzip, CSS ${kB(out[name].css.gzipBytes)} gzip`)
  }
  return out
}

// ── interactions ────────────────────────────────────────────────────────────────────────────────────

// Runs in the page before the input: listens for the input (its event.timeStamp is the input time, in the
// page's performance.now() clock) and watches the DOM until `changed(arg)` holds; then the frame that shows
// it: rAF, then a task. window.__benchPending resolves to the three times, or rejects naming what never
// happened within the timeout.
function armInPage({ src, arg, what, timeout }) {
  // The predicate is our own code, serialised from Node (a function cannot cross into the page otherwise).
  const changed = new Function(`return (${src})`)()
  if (changed(arg)) throw new Error(`${what}: the page already shows it before the input`)
  const types = ['pointerdown', 'mousedown', 'keydown', 'input', 'change', 'click']
  let inputAt = null
  const onInput = (e) => {
    if (inputAt === null) inputAt = e.timeStamp
  }
  for (const t of types) window.addEventListener(t, onInput, { capture: true })
  let observer
  let timer
  const stop = () => {
    clearTimeout(timer)
    observer?.disconnect()
    for (const t of types) window.removeEventListener(t, onInput, { capture: true })
  }
  window.__benchPending = new Promise((resolve, reject) => {
    timer = setTimeout(() => {
      stop()
      reject(
        new Error(
          `${what} never happened (waited ${timeout / 1000} s after the input${inputAt === null ? '; no input event was seen' : ''})`,
        ),
      )
    }, timeout)
    const check = () => {
      if (!changed(arg)) return
      const changedAt = performance.now()
      stop()
      requestAnimationFrame(() =>
        setTimeout(() => resolve({ inputAt, changedAt, paintedAt: performance.now() }), 0),
      )
    }
    observer = new MutationObserver(check)
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true })
  })
  window.__benchPending.catch(() => {})
}

/**
 * One measured input: arms the page, runs `act` (a Playwright input), waits for the change and its frame,
 * then reads the Event Timing entries since the input (the longest one with an interactionId).
 */
async function measureStep(page, { what, act, changed, arg = null, timeout = STEP_TIMEOUT_MS }) {
  await page.evaluate(armInPage, { src: changed.toString(), arg, what, timeout })
  await act()
  const t = await page.evaluate(() => window.__benchPending)
  if (t.inputAt == null) throw new Error(`${what}: no input event reached the page`)
  const eventTiming = await page.evaluate(async (since) => {
    await new Promise((r) => setTimeout(r, 150)) // entries are queued after the paint
    const es = window.__bench.events.filter((e) => e.startTime >= since - 1 && e.interactionId > 0)
    return es.length ? Math.max(...es.map((e) => e.duration)) : null
  }, t.inputAt)
  return { toPaintMs: t.paintedAt - t.inputAt, toDomMs: t.changedAt - t.inputAt, eventTimingMs: eventTiming }
}

const tableRows = (page) => page.locator('table tbody tr')
async function waitForTable(page) {
  await waitInPage(page, 'a rankings table row', () => document.querySelector('table tbody tr') != null)
}

/** The interactions: each opens `url` in a fresh context and returns one step per press. */
function interactionSpecs(quarterLabels) {
  return [
    {
      name: 'sort',
      label: 'sort a column',
      url: DEEP_ROUTE,
      ready: waitForTable,
      // district, district, score, score …: a new column's first press or the same column's second press,
      // so aria-sort of the pressed column changes every time.
      async step(page, i) {
        const column = ['district', 'district', 'score', 'score'][i % 4]
        const button = page.locator(`table thead button[data-column="${column}"]`)
        const before = await button.evaluate((b) => b.closest('th').getAttribute('aria-sort'))
        return {
          what: `aria-sort of the ${column} column changing from "${before}"`,
          act: () => button.click(),
          changed: ({ column, before }) =>
            document
              .querySelector(`table thead button[data-column="${column}"]`)
              ?.closest('th')
              .getAttribute('aria-sort') !== before,
          arg: { column, before },
        }
      },
    },
    {
      name: 'section',
      label: 'change the section',
      url: DEEP_ROUTE,
      ready: waitForTable,
      async step(page, i) {
        const target = i % 2 === 0 ? '城市更新建设' : '经济运行'
        return {
          what: `the table caption naming ${target}`,
          act: () => page.locator('header').getByRole('button', { name: target, exact: true }).click(),
          changed: (target) =>
            document.querySelector('table caption')?.textContent.includes(target) &&
            document.querySelector('table tbody tr') != null,
          arg: target,
        }
      },
    },
    {
      name: 'quarter',
      label: 'change the quarter',
      url: '#/rankings?quarter=2022Q2',
      ready: waitForTable,
      async step(page, i) {
        const target = i % 2 === 0 ? '2023Q3' : '2022Q2'
        const label = quarterLabels[target]
        return {
          what: `the table caption naming ${label}`,
          act: () => page.locator('header').getByLabel('季度', { exact: true }).selectOption(target),
          changed: (label) =>
            document.querySelector('table caption')?.textContent.startsWith(label) &&
            document.querySelector('table tbody tr') != null,
          arg: label,
        }
      },
    },
    {
      name: 'filter',
      label: 'district filter (check/uncheck)',
      url: DEEP_ROUTE,
      ready: waitForTable,
      async step(page) {
        // The district filter's popup (its list is built only while it is open).
        const details = page
          .locator('details', { has: page.locator('summary', { hasText: /筛选区市|Filter/ }) })
          .first()
        if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click()
        const box = details.getByRole('checkbox').first()
        await box.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS })
        const before = await tableRows(page).count()
        return {
          what: `the number of table rows changing from ${before}`,
          act: () => box.click(),
          changed: (before) => document.querySelectorAll('table tbody tr').length !== before,
          arg: before,
        }
      },
    },
    {
      name: 'openDistrict',
      label: 'open a district page',
      url: DEEP_ROUTE,
      ready: waitForTable,
      async step(page, i) {
        if (!(await page.url()).includes('#/rankings')) {
          await page.goBack()
          await waitForTable(page)
        }
        const links = page.locator('table tbody a[href*="#/districts/"]')
        await links.first().waitFor({ timeout: STEP_TIMEOUT_MS })
        const link = links.nth(i % Math.min(10, await links.count()))
        const name = (await link.textContent()).trim()
        return {
          what: `the district page of ${name} (its h1)`,
          act: () => link.click(),
          // The h1 is the name, then maybe an alias ("黄岛区 · 西海岸新区").
          changed: (name) =>
            location.hash.startsWith('#/districts/') &&
            (document.querySelector('main h1')?.textContent.trim().startsWith(name) ?? false),
          arg: name,
        }
      },
    },
    {
      name: 'slide',
      label: 'step a slide (ArrowRight)',
      url: OTHER_ROUTES.present,
      ready: (page) =>
        waitInPage(page, 'a slide', () =>
          document.querySelector('[data-testid="slide"]')?.getAttribute('data-slide-id'),
        ),
      async step(page) {
        const counter = await page.locator('[data-testid="slide-counter"]').textContent()
        const [, n, total] = /(\d+)\D+(\d+)/.exec(counter) ?? []
        if (n && n === total) {
          // At the last slide ArrowRight changes nothing: start again (not measured).
          await page.goto(new URL(`${OTHER_ROUTES.present}&slide=1`, page.url()).href)
          await this.ready(page)
        }
        const before = await page.locator('[data-testid="slide"]').getAttribute('data-slide-id')
        return {
          what: `the slide changing from "${before}"`,
          act: () => page.keyboard.press('ArrowRight'),
          changed: (before) => {
            const id = document.querySelector('[data-testid="slide"]')?.getAttribute('data-slide-id')
            return Boolean(id) && id !== before
          },
          arg: before,
        }
      },
    },
  ]
}

async function runSteps(browser, baseUrl, spec, { cpu, presses }) {
  const { context, page, pageErrors } = await openContext(browser, cpu)
  try {
    await page.goto(baseUrl + spec.url, { waitUntil: 'domcontentloaded', timeout: NAV_TIMEOUT_MS })
    await spec.ready(page)
    await page.waitForLoadState('networkidle', { timeout: NAV_TIMEOUT_MS })
    const samples = []
    for (let i = 0; i < presses; i++) samples.push(await measureStep(page, await spec.step(page, i)))
    return {
      label: spec.label,
      toPaintMs: series(samples.map((s) => s.toPaintMs)),
      toDomMs: series(samples.map((s) => s.toDomMs)),
      eventTimingMs: series(samples.map((s) => s.eventTimingMs).filter((x) => x != null)),
      pageErrors,
    }
  } finally {
    await context.close()
  }
}

async function measureInteractions(browser, baseUrl, quarterLabels) {
  const out = {}
  for (const spec of interactionSpecs(quarterLabels)) {
    out[spec.name] = await runSteps(browser, baseUrl, spec, { cpu: CPU_THROTTLE, presses: runs })
    console.log(`  ${spec.label}: median ${ms(out[spec.name].toPaintMs.median)} input → paint`)
  }
  return out
}

// ── large dataset ───────────────────────────────────────────────────────────────────────────────────

/** The generated large dataset, cached under test-results/ by generator arguments and generator hash. */
async function largeDataset() {
  const generator = join(repoRoot, 'scripts', 'generate-demo.mjs')
  const key = createHash('sha256')
    .update(readFileSync(generator))
    .update(JSON.stringify(LARGE_ARGS))
    .digest('hex')
    .slice(0, 12)
  // The generator names the dataset after its folder (`?dataset=large` opens `data/large/`), so the data is
  // generated into a folder named large inside the cache entry.
  const entry = join(CACHE_DIR, `large-${LARGE_ARGS.filter((a) => !a.startsWith('--')).join('x')}-${key}`)
  const dir = join(entry, 'large')
  if (existsSync(join(dir, 'districts.json'))) return { dir, cached: true }
  const partial = `${entry}.partial`
  await rm(partial, { recursive: true, force: true })
  console.log(
    `  generating the large dataset (node scripts/generate-demo.mjs --large … ${LARGE_ARGS.join(' ')})`,
  )
  const gen = spawnSync(process.execPath, [generator, '--large', join(partial, 'large'), ...LARGE_ARGS], {
    stdio: 'inherit',
  })
  if (gen.status !== 0) throw new Error('scripts/generate-demo.mjs --large failed')
  await rm(entry, { recursive: true, force: true })
  await rename(partial, entry)
  return { dir, cached: false }
}

async function measureLarge(browser, baseUrl, servedDist) {
  const { dir, cached } = await largeDataset()
  await cp(dir, join(servedDist, 'data', 'large'), { recursive: true })
  const ids = JSON.parse(readFileSync(join(dir, 'districts.json'), 'utf8')).map((d) => d.id)
  const url = `${baseUrl}#/rankings?dataset=large`
  const base = { route: '#/rankings?dataset=large', dataset: relative(repoRoot, dir), cached }

  const { context, page, cdp, pageErrors } = await openContext(browser, 1)
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: NAV_TIMEOUT_MS })
    // Either a row of the large dataset, or the app saying it cannot show it (data error, or the URL
    // parameter refused and another dataset shown instead).
    const outcome = await waitInPage(
      page,
      'a row of the large dataset or an error',
      (ids) => {
        const known = new Set(ids)
        const error = document.querySelector('[data-testid="data-error"], [role="alert"]')
        if (error) return { error: error.textContent.trim() }
        // The layout names refused global parameters in a role=status note (route-level ones too).
        const problems = [...document.querySelectorAll('main [role="status"]')].find((p) =>
          /dataset/.test(p.textContent),
        )
        if (problems) return { error: problems.textContent.trim() }
        const row = document.querySelector('table tbody tr[data-district]')
        if (row && known.has(row.getAttribute('data-district')) && window.__bench.firstRow?.painted != null)
          return { ok: true }
        if (row && !known.has(row.getAttribute('data-district'))) return { foreign: true }
        return null
      },
      ids,
      NAV_TIMEOUT_MS,
    ).catch((error) => ({ error: errorText(error) }))
    if (outcome.foreign) {
      // A table of another dataset: the app fell back to its default. Say what it shows and says.
      await page.waitForTimeout(500)
      outcome.error = await page.evaluate(() => {
        const said = [...document.querySelectorAll('main [role="status"], main [role="alert"]')]
          .map((p) => p.textContent.trim())
          .join(' ')
        const h1 = document.querySelector('main h1')?.textContent.trim()
        return `the page shows "${h1}" of another dataset${said ? `; it says: ${said}` : ''}`
      })
    }
    if (outcome.error) return { ...base, supported: false, reason: outcome.error.slice(0, 300) }

    const firstRow = await page.evaluate(() => window.__bench.firstRow)
    await page.waitForLoadState('networkidle', { timeout: NAV_TIMEOUT_MS })
    await cdp.send('Performance.enable')
    const metrics = await cdp.send('Performance.getMetrics')
    const heap = await cdp.send('Runtime.getHeapUsage')
    const jsHeapUsed = metrics.metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? heap.usedSize

    const presses = Math.min(runs, 5) // each press re-renders 3,000 rows at CPU 1×: 5 is enough for a median
    const specs = interactionSpecs({}).filter((s) => s.name === 'sort' || s.name === 'openDistrict')
    // Opening a unit page first: the search and the filter leave the table narrowed to a few rows.
    const sort = await stepsOnPage(page, specs[0], presses)
    const openUnit = await stepsOnPage(page, specs[1], presses)
    const search = await stepsOnPage(page, largeSearchSpec(ids), presses)
    const filter = await stepsOnPage(
      page,
      interactionSpecs({}).find((s) => s.name === 'filter'),
      presses,
    )
    return {
      ...base,
      supported: true,
      units: ids.length,
      loadToFirstRowMs: firstRow.rendered ?? firstRow.painted,
      jsHeapUsedBytes: jsHeapUsed,
      sort,
      search,
      filter,
      openUnit,
      pageErrors,
    }
  } finally {
    await context.close()
  }
}

/**
 * Typing in the search box of a large rankings table (rankings-route.tsx, above the virtual-row threshold):
 * one unit's id, then empty again (all 3,000). Changed = the match count line says something else.
 */
function largeSearchSpec(ids) {
  return {
    label: 'type in the rankings search box',
    async step(page, i) {
      const input = page.getByTestId('rankings-search')
      const before = await page.evaluate(
        () => document.querySelector('[data-testid="rankings-search-count"]')?.textContent ?? '',
      )
      const term = i % 2 === 0 ? ids[Math.floor(ids.length / 2)] : ''
      return {
        what: `the match count changing from "${before}" (typed "${term}")`,
        act: () => input.fill(term),
        changed: ({ before }) =>
          (document.querySelector('[data-testid="rankings-search-count"]')?.textContent ?? '') !== before,
        arg: { before },
      }
    },
  }
}

async function stepsOnPage(page, spec, presses) {
  if (!page.url().includes('#/rankings')) {
    await page.goBack()
    await waitForTable(page)
  }
  const samples = []
  for (let i = 0; i < presses; i++) samples.push(await measureStep(page, await spec.step(page, i)))
  // Close the district filter's popup if a step opened it: it covers the table for the next spec.
  await page.evaluate(() => {
    for (const d of document.querySelectorAll('details[open]:has(input[type="checkbox"])')) d.open = false
  })
  return {
    label: spec.label,
    toPaintMs: series(samples.map((s) => s.toPaintMs)),
    eventTimingMs: series(samples.map((s) => s.eventTimingMs).filter((x) => x != null)),
  }
}

// ── Lighthouse ──────────────────────────────────────────────────────────────────────────────────────

/** Starts the Chromium Lighthouse drives (its own process, fresh profile); resolves to { port, stop }. */
async function startLighthouseChrome() {
  const profile = await mkdtemp(join(tmpdir(), 'leitai-lh-'))
  const chrome = spawn(
    findChrome(),
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      '--no-first-run',
      '--disable-dev-shm-usage',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  )
  const stop = async () => {
    chrome.kill()
    await new Promise((r) => (chrome.exitCode !== null ? r() : chrome.once('exit', r)))
    await rm(profile, { recursive: true, force: true })
  }
  const port = await new Promise((resolve, reject) => {
    let err = ''
    const timer = setTimeout(
      () => reject(new Error(`Chromium for Lighthouse did not start: ${err.slice(0, 300)}`)),
      30_000,
    )
    chrome.stderr.on('data', (d) => {
      err += d
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err)
      if (m) {
        clearTimeout(timer)
        resolve(Number(m[1]))
      }
    })
    chrome.once('exit', (code) =>
      reject(new Error(`Chromium for Lighthouse exited (${code}): ${err.slice(0, 300)}`)),
    )
  }).catch(async (e) => {
    await stop()
    throw e
  })
  return { port, stop }
}

async function lighthouseOnce(url) {
  const { default: lighthouse } = await import('lighthouse')
  const chrome = await startLighthouseChrome()
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
    })
    const lhr = result?.lhr
    if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`)
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
    const score = (c) => (lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100))
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? null,
      tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? null,
      failedAccessibility: Object.values(lhr.audits)
        .filter((a) => lhr.categories.accessibility.auditRefs.some((r) => r.id === a.id) && a.score === 0)
        .map((a) => a.id),
      version: lhr.lighthouseVersion,
    }
  } finally {
    await chrome.stop()
  }
}

async function measureLighthouse(baseUrl, staticFile) {
  const targets = { static: staticFile, ...LIGHTHOUSE_ROUTES }
  const results = Object.fromEntries(Object.keys(targets).map((k) => [k, []]))
  // Alternating like the first view: static, rankings, district, … then again.
  for (let i = 0; i < lighthouseRuns; i++)
    for (const [name, route] of Object.entries(targets)) {
      const r = await lighthouseOnce(baseUrl + route)
      results[name].push(r)
      console.log(`  lighthouse ${route}: performance ${r.performance}, accessibility ${r.accessibility}`)
    }
  const out = { runs: lighthouseRuns, version: results.static[0].version, routes: {} }
  for (const [name, list] of Object.entries(results))
    out.routes[name] = {
      route: targets[name],
      performance: median(list.map((r) => r.performance)),
      accessibility: median(list.map((r) => r.accessibility)),
      lcpMs: median(list.map((r) => r.lcpMs)),
      tbtMs: median(list.map((r) => r.tbtMs)),
      failedAccessibility: [...new Set(list.flatMap((r) => r.failedAccessibility))],
      runs: list.map((r) => ({ performance: r.performance, accessibility: r.accessibility })),
    }
  return out
}

// ── report ──────────────────────────────────────────────────────────────────────────────────────────

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)))
  return rows
    .map((r, n) => {
      const line = r
        .map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i])))
        .join('  ')
      return n === 0 ? `  ${line}\n  ${widths.map((w) => '─'.repeat(w)).join('  ')}` : `  ${line}`
    })
    .join('\n')
}

function printReport(report) {
  const r = report.results
  const x = (v) => (v == null ? 'n/a' : `${v.toFixed(2)}×`)
  console.log(`\n═══ npm run bench — ${report.date}`)
  console.log(
    `  ${report.browser} · Node ${process.version} · load average ${report.loadAverage.start.join(' ')} (start) → ${report.loadAverage.end.join(' ')} (end)`,
  )

  if (r.firstView) {
    console.log(
      `\nFirst view: CPU ${CPU_THROTTLE}×, median of ${runs} alternating cold runs (static, app, …)${runs < 7 ? ' — fewer than the 7 the goals ask for' : ''}`,
    )
    const rows = [['metric', 'static', 'app', 'app/static', 'goal', '']]
    for (const v of Object.values(r.firstView)) {
      rows.push([
        `LCP ${v.route}`,
        ms(v.static.lcpMs.median),
        ms(v.app.lcpMs.median),
        x(v.lcpRatio),
        `≤ ${GOALS.lcpRatio}×`,
        verdict(v.lcpRatio == null ? null : v.lcpRatio <= GOALS.lcpRatio),
      ])
      rows.push([
        `first row ${v.route}`,
        ms(v.static.firstRowMs.median),
        ms(v.app.firstRowMs.median),
        x(v.firstRowRatio),
        `≤ ${GOALS.firstRowRatio}×`,
        verdict(v.firstRowRatio == null ? null : v.firstRowRatio <= GOALS.firstRowRatio),
      ])
      rows.push([
        `FCP ${v.route}`,
        ms(v.static.fcpMs.median),
        ms(v.app.fcpMs.median),
        x(ratio(v.app.fcpMs.median, v.static.fcpMs.median)),
        '',
        '',
      ])
    }
    console.log(table(rows))
    for (const v of Object.values(r.firstView)) {
      console.log(
        `  ${v.route}: baseline ${v.staticPage} (${v.table}); LCP element app ${v.lcpElements.app.join('/')}, static ${v.lcpElements.static.join('/')}`,
      )
      for (const e of v.pageErrors) console.log(`  ⚠ uncaught error on ${v.route}: ${e}`)
    }
  }
  if (r.bytes) {
    console.log('\nFirst-view bytes (fetched until network idle; gzip level 6 of the served bytes)')
    const rows = [['route', 'JS gzip', 'JS raw', 'JS files', 'CSS gzip', 'goal', '']]
    for (const [name, b] of Object.entries(r.bytes)) {
      const goal = name === 'rankings' ? `≤ ${GOALS.firstViewJsGzip / 1000} kB` : ''
      rows.push([
        b.route,
        kB(b.js.gzipBytes),
        kB(b.js.bytes),
        b.js.count,
        kB(b.css.gzipBytes),
        goal,
        name === 'rankings' ? verdict(b.js.gzipBytes <= GOALS.firstViewJsGzip) : '',
      ])
    }
    console.log(table(rows))
  }
  if (r.interactions) {
    console.log(
      `\nInteractions: input → the frame showing the change, CPU ${CPU_THROTTLE}×, real data, ${runs} presses each`,
    )
    const rows = [['interaction', 'median', 'min', 'max', 'to DOM', 'Event Timing', 'goal', '']]
    for (const v of Object.values(r.interactions))
      rows.push([
        v.label,
        ms(v.toPaintMs.median),
        ms(v.toPaintMs.min),
        ms(v.toPaintMs.max),
        ms(v.toDomMs.median),
        v.eventTimingMs.median == null ? '—' : ms(v.eventTimingMs.median),
        `≤ ${GOALS.interactionMs} ms`,
        verdict(v.toPaintMs.median <= GOALS.interactionMs),
      ])
    console.log(table(rows))
  }
  if (r.lighthouse) {
    const lh = r.lighthouse
    const base = lh.routes.static
    console.log(
      `\nLighthouse ${lh.version} mobile (simulated throttling), median of ${lh.runs} run${lh.runs === 1 ? '' : 's'} per URL; static page performance ${base.performance}`,
    )
    const rows = [
      ['route', 'performance', 'vs static', 'goal', '', 'accessibility', 'goal', '', 'LH LCP', 'TBT'],
    ]
    for (const [name, v] of Object.entries(lh.routes)) {
      const diff = name === 'static' || v.performance == null ? null : v.performance - base.performance
      rows.push([
        name === 'static' ? `${v.route} (baseline)` : v.route,
        v.performance ?? 'n/a',
        diff == null ? '' : diff > 0 ? `+${diff}` : diff,
        name === 'static' ? '' : `≥ −${GOALS.lighthousePoints}`,
        name === 'static' ? '' : verdict(diff == null ? null : diff >= -GOALS.lighthousePoints),
        v.accessibility ?? 'n/a',
        name === 'static' ? '' : `${GOALS.accessibility}`,
        name === 'static'
          ? ''
          : verdict(v.accessibility == null ? null : v.accessibility >= GOALS.accessibility),
        ms(v.lcpMs),
        ms(v.tbtMs),
      ])
    }
    console.log(table(rows))
    for (const [name, v] of Object.entries(lh.routes))
      if (v.failedAccessibility.length)
        console.log(`  ${name}: failing accessibility audits: ${v.failedAccessibility.join(', ')}`)
  }
  if (r.large) {
    const l = r.large
    console.log(`\nLarge dataset (county scale) at CPU 1×: ${l.route}`)
    if (!l.supported) console.log(`  large dataset: not supported by this build (${l.reason})`)
    else {
      const rows = [['metric', 'value', 'goal', '']]
      rows.push([
        `navigation → first row (${l.units} units)`,
        ms(l.loadToFirstRowMs),
        `< ${GOALS.largeLoadMs} ms`,
        verdict(l.loadToFirstRowMs < GOALS.largeLoadMs),
      ])
      rows.push([
        'JS heap used after load',
        `${(l.jsHeapUsedBytes / 1e6).toFixed(0)} MB`,
        `< ${GOALS.largeHeapBytes / 1e6} MB`,
        verdict(l.jsHeapUsedBytes < GOALS.largeHeapBytes),
      ])
      for (const k of ['sort', 'search', 'filter', 'openUnit'])
        rows.push([
          `${l[k].label} (median)`,
          ms(l[k].toPaintMs.median),
          `< ${GOALS.largeInteractionMs} ms`,
          verdict(l[k].toPaintMs.median < GOALS.largeInteractionMs),
        ])
      console.log(table(rows))
    }
  }
  for (const f of report.failures) console.log(`\n✗ could not measure ${f.section}: ${f.error}`)
  console.log(
    '\nRatios are from this one run (app and static alternate, so they share its noise); absolute ms vary with the machine.',
  )
}

// ── main ────────────────────────────────────────────────────────────────────────────────────────────

async function main() {
  const loadStart = loadavg().map((l) => l.toFixed(2))
  if (!values['no-build']) {
    console.log('npm run build …')
    const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: repoRoot, stdio: 'inherit' })
    if (build.status !== 0) throw new Error('npm run build failed; nothing to measure.')
  }

  // A temp copy of dist/, so the static pages (and the large dataset) are served from the app's origin
  // without touching dist/.
  const root = await mkdtemp(join(tmpdir(), 'leitai-bench-'))
  const served = join(root, 'dist')
  await cp(join(repoRoot, 'dist'), served, { recursive: true })
  const dataDir = join(repoRoot, 'public', 'data')

  const report = { date: new Date().toISOString(), runs, options: values, results: {}, failures: [] }
  const server = await startPreview({ root })
  try {
    const browser = await launchChromium()
    report.browser = `Chromium ${browser.version()}`
    console.log(`${report.browser}, serving ${served} at ${server.url}`)
    try {
      // The bare route's table: the app's default view, found by reading its caption once and matching it
      // against the captions of every table in the data.
      const bare = await defaultTable(browser, server.url, dataDir)
      const pages = [
        { key: 'bare', route: BARE_ROUTE, ...bare },
        { key: 'deepLink', route: DEEP_ROUTE, table: `${DEEP.quarter} ${DEEP.section}`, ...DEEP },
      ]
      for (const p of pages) {
        p.staticFile = `static-baseline-${p.quarter}-${p.section}.html`
        await writeFile(join(served, p.staticFile), staticBaselineHtml(dataDir, p))
        p.staticUrl = server.url + p.staticFile
        p.appUrl = server.url + p.route
      }
      report.staticBaselines = pages.map((p) => ({
        route: p.route,
        file: p.staticFile,
        quarter: p.quarter,
        section: p.section,
        how: p.how,
      }))

      const attempt = async (section, fn) => {
        if (!wanted(section)) return
        console.log(`\n${section} …`)
        try {
          return await fn()
        } catch (error) {
          console.error(`  ✗ ${section}: ${error.message}`)
          report.failures.push({ section, error: errorText(error) })
        }
      }
      report.results.firstView = await attempt('first-view', () => measureFirstView(browser, pages))
      report.results.bytes = await attempt('bytes', () => measureBytes(browser, server.url))
      const labels = Object.fromEntries(['2022Q2', '2023Q3'].map((q) => [q, quarterLabel(q)]))
      report.results.interactions = await attempt('interactions', () =>
        measureInteractions(browser, server.url, labels),
      )
      report.results.large = await attempt('large', () => measureLarge(browser, server.url, served))
      report.results.lighthouse = await attempt('lighthouse', () =>
        measureLighthouse(server.url, pages[1].staticFile),
      )
    } finally {
      await browser.close().catch(() => {})
    }
  } finally {
    await server.close()
    await rm(root, { recursive: true, force: true })
  }
  report.loadAverage = { start: loadStart, end: loadavg().map((l) => l.toFixed(2)) }
  printReport(report)
  await mkdir(join(repoRoot, 'test-results'), { recursive: true })
  await writeFile(OUT_FILE, `${JSON.stringify(report, null, 2)}\n`)
  console.log(`Wrote ${relative(process.cwd(), OUT_FILE)}`)
  if (report.failures.length) process.exitCode = 1
}

/** Which quarter and section the bare #/rankings shows: its caption, matched against the data's tables. */
async function defaultTable(browser, baseUrl, dataDir) {
  const { context, page } = await openContext(browser, 1)
  try {
    await page.goto(baseUrl + BARE_ROUTE, { waitUntil: 'domcontentloaded', timeout: NAV_TIMEOUT_MS })
    await waitForTable(page)
    const caption = (await page.locator('table caption').first().textContent()).split('. ')[0].trim()
    const match = tableChoices(dataDir).find((c) => c.caption === caption)
    if (!match)
      throw new Error(
        `the bare ${BARE_ROUTE} shows a table captioned "${caption}", which matches no table in ${relative(repoRoot, dataDir)}`,
      )
    return {
      quarter: match.quarter,
      section: match.section,
      table: `${match.quarter} ${match.section}`,
      how: `the app's caption "${caption}"`,
    }
  } finally {
    await context.close()
  }
}

main().catch((error) => {
  console.error(`bench: ${error.message ?? error}`)
  process.exitCode = 1
})
