#!/usr/bin/env node
// First-view benchmark (a measurement, not a test): what does opening the rankings page cost a cold browser?
//
//   node scripts/bench-first-view.mjs [--no-build] [--runs 5] [--route '#/rankings?...']
//
// Builds (vite build, unless --no-build), serves dist/ with Vite's preview server (in-process), then opens
// the route in Chromium `runs` times, each in a fresh browser context (empty HTTP cache), and records:
//   - the JS and CSS files requested until the table is visible and the network is idle: count, raw bytes,
//     and gzip bytes (node:zlib on the served bytes, level 6 like most servers);
//   - time from navigation start to the first painted `table tbody tr` (median over the runs), plus FCP;
//   - whether any first-view JS contains "recharts" (the charting library should be lazy-loaded, so this
//     should say no for the table view), with the chunk names that do.
// Prints a table and writes test-results/bench-first-view.json. Exits 0 whatever the numbers are, and 1 only
// if it could not measure (build failed, table never appeared).

import { spawnSync } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import { launchChromium, repoRoot } from './find-chrome.mjs'
import { startPreview } from './preview-server.mjs'

const DEFAULT_ROUTE = '#/rankings?quarter=2022Q2&section=economy'
const TABLE_TIMEOUT_MS = 30_000
const OUT_FILE = join(repoRoot, 'test-results', 'bench-first-view.json')

const { values } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    runs: { type: 'string', default: '5' },
    route: { type: 'string', default: DEFAULT_ROUTE },
  },
})
const runs = Math.max(1, Number.parseInt(values.runs, 10) || 5)
const route = values.route.replace(/^#?\/?/, '#/')

const median = (xs) => {
  const sorted = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b)
  if (sorted.length === 0) return null
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
const kB = (bytes) => (bytes / 1000).toFixed(1)
const ms = (x) => (x == null ? 'n/a' : `${Math.round(x)} ms`)

/** 'js' | 'css' | undefined, from the URL path (resourceType is unreliable for modulepreload). */
function assetType(url) {
  const { protocol, pathname } = new URL(url)
  if (protocol !== 'http:' && protocol !== 'https:') return undefined
  if (/\.m?js$/.test(pathname)) return 'js'
  if (/\.css$/.test(pathname)) return 'css'
  return undefined
}

// Runs in the page before any app code: note when the first table row is inserted, and when the frame
// containing it is painted (next animation frame), relative to navigation start.
function observeFirstRow() {
  let seen = false
  const check = () => {
    if (seen || !document.querySelector('table tbody tr')) return
    seen = true
    const inserted = performance.now()
    requestAnimationFrame(() => {
      window.__benchFirstRow = { inserted, painted: performance.now() }
    })
  }
  new MutationObserver(check).observe(document, { childList: true, subtree: true })
}

async function measureOnce(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' })
  try {
    const page = await context.newPage()
    await page.addInitScript(observeFirstRow)
    const assets = [] // { url, type, bodyPromise }
    page.on('response', (response) => {
      const type = assetType(response.url())
      if (type && response.ok())
        assets.push({ url: response.url(), type, body: response.body().catch(() => null) })
    })
    const pageErrors = []
    page.on('pageerror', (error) => pageErrors.push(error.message))

    await page.goto(url, { waitUntil: 'domcontentloaded' })
    try {
      await page.locator('table').first().waitFor({ state: 'visible', timeout: TABLE_TIMEOUT_MS })
    } catch {
      const detail = pageErrors.length ? `\nUncaught errors on the page:\n  ${pageErrors.join('\n  ')}` : ''
      throw new Error(
        `The table never became visible on ${url} (waited ${TABLE_TIMEOUT_MS / 1000} s).${detail}`,
      )
    }
    await page.waitForLoadState('networkidle')
    const firstRow = await page
      .waitForFunction(() => window.__benchFirstRow, null, { timeout: 10_000 })
      .then((handle) => handle.jsonValue())
      .catch(() => null)
    const timing = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0]
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]
      return { domContentLoaded: nav?.domContentLoadedEventEnd ?? null, fcp: fcp?.startTime ?? null }
    })

    const files = []
    for (const asset of assets) {
      const body = await asset.body
      if (!body) continue
      const { pathname } = new URL(asset.url)
      files.push({
        file: decodeURIComponent(pathname.replace(/^\//, '')),
        type: asset.type,
        bytes: body.length,
        gzipBytes: gzipSync(body, { level: 6 }).length,
        containsRecharts: asset.type === 'js' && body.includes('recharts'),
      })
    }
    return { firstRowMs: firstRow?.painted ?? null, ...timing, files, pageErrors }
  } finally {
    await context.close()
  }
}

function summarize(files) {
  const of = (type) => files.filter((f) => f.type === type)
  const total = (list) => ({
    count: list.length,
    bytes: list.reduce((sum, f) => sum + f.bytes, 0),
    gzipBytes: list.reduce((sum, f) => sum + f.gzipBytes, 0),
  })
  return { js: total(of('js')), css: total(of('css')), all: total(files) }
}

function printReport(report) {
  const { files, totals } = report
  const nameWidth = Math.max(24, ...files.map((f) => f.file.length))
  const row = (name, type, raw, gz, note = '') =>
    `  ${name.padEnd(nameWidth)}  ${type.padEnd(4)}  ${raw.padStart(9)}  ${gz.padStart(9)}  ${note}`
  console.log(`\nFirst view of ${report.route} — ${report.runs} cold runs, ${report.browser}\n`)
  console.log(row('file', 'type', 'raw kB', 'gzip kB', 'recharts?'))
  for (const f of files)
    console.log(row(f.file, f.type, kB(f.bytes), kB(f.gzipBytes), f.containsRecharts ? 'YES' : ''))
  console.log(row('─'.repeat(nameWidth), '────', '─────────', '─────────'))
  for (const [label, t] of [
    ['JS', totals.js],
    ['CSS', totals.css],
    ['total', totals.all],
  ]) {
    console.log(
      row(`${label} (${t.count} file${t.count === 1 ? '' : 's'})`, '', kB(t.bytes), kB(t.gzipBytes)),
    )
  }
  const t = report.timing
  console.log(
    `\n  first table row painted: median ${ms(t.firstRowMs.median)}  (runs: ${t.firstRowMs.runs.map(ms).join(', ')})`,
  )
  console.log(`  first contentful paint:  median ${ms(t.fcp.median)}`)
  console.log(`  DOMContentLoaded:        median ${ms(t.domContentLoaded.median)}`)
  console.log(
    `  recharts on first view:  ${report.rechartsOnFirstView ? `YES, in ${report.rechartsChunks.join(', ')}` : 'no'}`,
  )
  for (const warning of report.warnings) console.log(`  ⚠ ${warning}`)
}

async function main() {
  if (!values['no-build']) {
    console.log('vite build …')
    const build = spawnSync(join(repoRoot, 'node_modules', '.bin', 'vite'), ['build'], {
      cwd: repoRoot,
      stdio: 'inherit',
    })
    if (build.status !== 0) throw new Error('vite build failed; nothing to measure.')
  }

  // The server runs in this process: it must be closed on every path (a failed Chromium launch included),
  // or it would keep the script from exiting.
  const server = await startPreview()
  const results = []
  let browserName
  try {
    const browser = await launchChromium()
    browserName = `Chromium ${browser.version()}`
    const url = `${server.url}${route}`
    try {
      for (let i = 1; i <= runs; i++) {
        const result = await measureOnce(browser, url)
        results.push(result)
        console.log(
          `run ${i}/${runs}: first row ${ms(result.firstRowMs)}, ${result.files.length} JS/CSS files`,
        )
      }
    } finally {
      await browser.close().catch(() => {})
    }
  } finally {
    await server.close()
  }

  // File list and sizes from the first run; the others must have loaded the same files.
  const files = results[0].files
  const warnings = []
  const key = (r) =>
    r.files
      .map((f) => f.file)
      .sort()
      .join('\n')
  if (results.some((r) => key(r) !== key(results[0]))) warnings.push('runs loaded different sets of files')
  if (results.some((r) => r.firstRowMs == null)) warnings.push('no `table tbody tr` appeared in some runs')
  const errors = [...new Set(results.flatMap((r) => r.pageErrors))]
  for (const e of errors) warnings.push(`uncaught error on the page: ${e}`)

  const rechartsChunks = files.filter((f) => f.containsRecharts).map((f) => f.file.split('/').pop())
  const series = (name) => ({
    median: median(results.map((r) => r[name])),
    runs: results.map((r) => r[name]),
  })
  const report = {
    date: new Date().toISOString(),
    route,
    runs,
    browser: browserName,
    files,
    totals: summarize(files),
    timing: {
      firstRowMs: series('firstRowMs'),
      fcp: series('fcp'),
      domContentLoaded: series('domContentLoaded'),
    },
    rechartsOnFirstView: rechartsChunks.length > 0,
    rechartsChunks,
    warnings,
  }
  printReport(report)
  await mkdir(join(repoRoot, 'test-results'), { recursive: true })
  await writeFile(OUT_FILE, `${JSON.stringify(report, null, 2)}\n`)
  console.log(`\nWrote ${relative(process.cwd(), OUT_FILE)}`)
}

main().catch((error) => {
  console.error(`bench-first-view: ${error.message ?? error}`)
  process.exitCode = 1
})
