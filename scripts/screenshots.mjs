#!/usr/bin/env node
// Screenshots of the built app for review (not a test): every route at desktop, phone and projection sizes.
//
//   node scripts/screenshots.mjs [outDir] [route ...] [--url <baseURL>] [--settle <ms>]
//
// outDir defaults to test-results/screenshots/; routes are hash routes starting with '#' (quote them:
// '#/rankings?quarter=2022Q2&section=economy'). Without --url, dist/ (run `vite build` first; this script
// builds nothing) is served with Vite's preview server (in this process, on a port the OS picks), which is
// stopped at the end. The projection shots add theme=projection.

import { mkdir } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { launchChromium, repoRoot } from './find-chrome.mjs'
import { startPreview } from './preview-server.mjs'

const DEFAULT_ROUTES = [
  '#/rankings?quarter=2022Q2&section=economy',
  '#/rankings?quarter=2022Q2&section=overall',
  '#/rankings?quarter=2022Q2&section=overall&dataset=demo',
]

const VIEWPORTS = [
  { name: 'desktop', width: 1366, height: 768, deviceScaleFactor: 1 },
  // A phone in portrait; 2× so text is legible when reviewing the PNG.
  { name: 'phone', width: 390, height: 844, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  // Meeting-room projector / large screen, with the app's projection theme.
  { name: 'projection', width: 1920, height: 1080, deviceScaleFactor: 1, query: { theme: 'projection' } },
]

const USAGE = 'usage: node scripts/screenshots.mjs [outDir] [route ...] [--url <baseURL>] [--settle <ms>]'

function parseCommandLine() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      settle: { type: 'string', default: '500' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    console.log(USAGE)
    process.exit(0)
  }
  // The first positional is the output directory unless it is a route (routes start with '#').
  const args = [...positionals]
  const outDir = resolve(
    args[0] && !args[0].startsWith('#') ? args.shift() : join(repoRoot, 'test-results', 'screenshots'),
  )
  const routes = args.length > 0 ? args : DEFAULT_ROUTES
  const settleMs = Number(values.settle)
  if (!Number.isFinite(settleMs) || settleMs < 0) throw new Error(`--settle must be a number of ms\n${USAGE}`)
  return { outDir, routes, url: values.url, settleMs }
}

/** '#/rankings?quarter=2022Q2' (+ {theme: 'projection'}) → '#/rankings?quarter=2022Q2&theme=projection'. */
function withQuery(route, extra = {}) {
  const hash = route.replace(/^#?\/?/, '#/')
  const [path, search = ''] = hash.split('?')
  const params = new URLSearchParams(search)
  for (const [key, value] of Object.entries(extra)) if (!params.has(key)) params.set(key, value)
  const query = params.toString()
  return query ? `${path}?${query}` : path
}

/** '#/rankings?quarter=2022Q2&section=economy' → 'rankings_quarter-2022Q2_section-economy' */
function slug(route) {
  return (
    route
      .replace(/^#?\/?/, '')
      .replace(/[?&]/g, '_')
      .replace(/=/g, '-')
      .replace(/[^\p{L}\p{N}_-]+/gu, '-')
      .replace(/^[-_]+|[-_]+$/g, '') || 'home'
  )
}

async function main() {
  const { outDir, routes, url, settleMs } = parseCommandLine()
  await mkdir(outDir, { recursive: true })

  const server = url ? undefined : await startPreview()
  // Routes are appended as `${baseURL}#/...`: keep '…/index.html' as is, otherwise end with '/'.
  const given = url?.split('#')[0]
  const baseURL = given ? (/(\/|\.html?)$/.test(given) ? given : `${given}/`) : server.url
  if (server) console.log(`vite preview serving dist/ at ${baseURL}`)

  const written = []
  let failures = 0
  // The server runs in this process: a failed launch must still close it, or the script would not exit.
  const browser = await launchChromium().catch(async (error) => {
    await server?.close()
    throw error
  })
  try {
    for (const viewport of VIEWPORTS) {
      const { name, width, height, query, ...contextOptions } = viewport
      const context = await browser.newContext({
        viewport: { width, height },
        locale: 'zh-CN',
        reducedMotion: 'reduce', // fewer half-finished chart animations in the shots
        ...contextOptions,
      })
      for (const route of routes) {
        const target = withQuery(route, query)
        const file = join(outDir, `${slug(route)}.${name}-${width}x${height}.png`)
        const page = await context.newPage()
        const errors = []
        page.on('pageerror', (error) => errors.push(error.message))
        try {
          // The route is a hash: `base + '#/...'`, not new URL(route, base), to keep the query in the hash.
          await page.goto(`${baseURL}${target}`, { waitUntil: 'networkidle' })
          await page.evaluate(() => document.fonts.ready)
          await page.waitForTimeout(settleMs) // let transitions and chart animations finish
          await page.screenshot({ path: file, fullPage: true })
          written.push(file)
          console.log(relative(process.cwd(), file))
          for (const message of errors) console.warn(`  ⚠ uncaught error on ${target} (${name}): ${message}`)
        } catch (error) {
          failures++
          console.error(`✘ ${target} (${name}): ${error.message}`)
        } finally {
          await page.close()
        }
      }
      await context.close()
    }
  } finally {
    try {
      await browser.close()
    } finally {
      await server?.close()
    }
  }
  console.log(`${written.length} screenshot(s) written to ${relative(process.cwd(), outDir) || '.'}/`)
  if (failures > 0) process.exitCode = 1
}

main().catch((error) => {
  console.error(error.message ?? error)
  process.exitCode = 1
})
