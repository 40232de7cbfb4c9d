// Issue 13: the built pages carry a strict Content-Security-Policy (src/lib/csp.ts) and the app runs under
// it without a single violation: every view, the export toolbar and its downloads, the presentation with a
// few slides and its PowerPoint and PNG exports, the demo dataset, lang=en and the projection theme, in the
// served build and in the offline single file (hash-based policy, opened from file://).
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { BrowserContext, Page } from 'playwright-core'
import { afterEach, describe, expect, inject, test } from 'vitest'
import { repoRoot } from '../../scripts/find-chrome.mjs'
import { getBrowser } from './browser'

/** The served page's policy, spelled out here rather than imported: the test states what ships. */
const SERVED =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'"
/** The offline page's: the same with script-src and style-src as sha256 hashes. */
const OFFLINE =
  /^default-src 'none'; script-src (?:'sha256-[A-Za-z0-9+/]{43}=' ?)+; style-src (?:'sha256-[A-Za-z0-9+/]{43}=' ?)+; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'$/

const shellFile = join(repoRoot, 'dist', 'leitai-offline.html')
const offlineFile = join(repoRoot, 'dist-offline', 'index.html')

const vite = (...args: string[]) =>
  execFileSync(join(repoRoot, 'node_modules', '.bin', 'vite'), ['build', ...args, '--logLevel', 'error'], {
    cwd: repoRoot,
    stdio: 'inherit',
    // Vitest runs with NODE_ENV=test, which would give the child a development build: build what ships.
    env: { ...process.env, NODE_ENV: 'production' },
  })

/** The policy of a page's meta tag (the first one, before any script or style), read from the file. */
function metaPolicy(html: string): { policy: string | undefined; beforeAnyScript: boolean } {
  const m = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)
  const firstAsset = html.search(/<(?:script|style|link)\b/)
  return { policy: m?.[1], beforeAnyScript: !!m && m.index < firstAsset }
}

type Reports = { violations: string[]; console: string[]; errors: string[] }
const opened: BrowserContext[] = []
afterEach(async () => {
  for (const c of opened.splice(0)) await c.close().catch(() => {})
})

/**
 * A page whose every `securitypolicyviolation` event (listened for from before the page's first script)
 * and every console message about the policy is recorded, with uncaught errors.
 */
async function cspPage(viewport = { width: 1366, height: 768 }): Promise<{ page: Page; reports: Reports }> {
  const browser = await getBrowser()
  const context = await browser.newContext({ viewport, locale: 'zh-CN', acceptDownloads: true })
  opened.push(context)
  const reports: Reports = { violations: [], console: [], errors: [] }
  await context.exposeBinding('__leitaiCspReport', (_source, line: string) => {
    reports.violations.push(line)
  })
  await context.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (e) => {
        const report = (window as unknown as { __leitaiCspReport: (line: string) => void }).__leitaiCspReport
        report(
          `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
        )
      },
      true,
    )
  })
  const page = await context.newPage()
  page.on('console', (m) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(m.text())) reports.console.push(m.text())
  })
  page.on('pageerror', (e) => reports.errors.push(e.message))
  return { page, reports }
}

/** Go to a hash route of `base` and wait until the view has hydrated (a prerendered one) and settled. */
async function visit(page: Page, base: string, route: string, ready: string) {
  await page.goto(`${base}${route}`)
  await page.locator(ready).first().waitFor({ timeout: 30_000 })
  await page.waitForFunction(() => {
    const root = document.getElementById('root')
    return !root?.hasAttribute('data-prerendered') || root.hasAttribute('data-hydrated')
  })
}

async function download(page: Page, selector: string): Promise<string> {
  await page.locator(selector).waitFor()
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 90_000 }),
    page.locator(selector).click(),
  ])
  return file.suggestedFilename()
}

const TABLE = '[data-testid=rankings-table] tbody tr'

/** Every view and the exports, at `base` (a URL the hash route is appended to). */
async function tour(page: Page, base: string): Promise<string[]> {
  const seen: string[] = []
  const step = async (route: string, ready: string) => {
    await visit(page, base, route, ready)
    seen.push(route)
  }
  await step('#/rankings', TABLE)
  await step('#/rankings?quarter=2022Q2&section=economy', TABLE)
  // The export toolbar: both spreadsheet downloads and the share panel with its QR code.
  seen.push(await download(page, '[data-export=xlsx]'))
  seen.push(await download(page, '[data-export=csv]'))
  await page.locator('[data-export=share]').click()
  await page.getByTestId('share-qr').waitFor()
  await step('#/rankings?quarter=2022Q2&lang=en', TABLE)
  await step('#/rankings?quarter=2022Q2&theme=projection', TABLE)
  await step('#/rankings?quarter=2024Q4&dataset=demo', '[data-testid=demo-banner]')
  await step('#/movement?from=2022Q1&to=2022Q2', 'circle[data-point]')
  await step('#/movement?section=economy&metric=score&lang=en', 'circle[data-point]')
  await step('#/districts/shinan?quarter=2022Q2', '[data-testid=history-table]')
  await step('#/districts', 'main a[href*="districts/"]')
  await step('#/news', '[data-testid=news-count]')
  await step('#/rules', '[data-testid=rules-weights]')
  await step('#/import', 'textarea')
  await page.locator('textarea').first().fill(notice)
  await page.getByTestId('import-summary').waitFor()
  await step(
    '#/present?deck=arena&quarter=2022Q2',
    '[data-testid=slide][data-slide-id]:not([data-slide-id=""])',
  )
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('ArrowRight')
    await page.waitForTimeout(150)
  }
  await page.mouse.move(900, 400)
  seen.push(await download(page, '[data-testid=control-bar] [data-control=download]'))
  await page.mouse.move(900, 420)
  seen.push(await download(page, '[data-testid=control-bar] [data-control=image]'))
  await step(
    '#/present?deck=arena&quarter=2024Q4&dataset=demo&theme=projection&lang=en&slide=3',
    '[data-testid=slide][data-slide-id]:not([data-slide-id=""])',
  )
  return seen
}

const notice = readFileSync(
  join(repoRoot, 'tests', 'fixtures', 'notices', '2022-07-26-qdrb-page.txt'),
  'utf8',
)
  .split('\n')
  .slice(52, 99)
  .join('\n')

describe('Content-Security-Policy', () => {
  test('the served page carries the strict policy as its first meta tag, and no inline script or style', () => {
    const html = readFileSync(join(repoRoot, 'dist', 'index.html'), 'utf8')
    const { policy, beforeAnyScript } = metaPolicy(html)
    expect(policy).toBe(SERVED)
    expect(beforeAnyScript).toBe(true)
    expect(html).not.toMatch(/<script(?![^>]*\b(?:src=|type="application\/json"))[^>]*>/)
    expect(html).not.toMatch(/<style\b/)
  })

  test('the served build: every view and export runs with zero violations', async () => {
    const { page, reports } = await cspPage()
    const seen = await tour(page, inject('baseURL'))
    expect(seen).toContain('#/present?deck=arena&quarter=2022Q2')
    expect(seen.filter((s) => /\.(xlsx|csv|pptx|png)$/.test(s))).toHaveLength(4)
    expect(reports).toEqual({ violations: [], console: [], errors: [] })
  }, 240_000)

  test('the harness hears a violation: an inline style and a style attribute added at run time', async () => {
    const { page, reports } = await cspPage()
    await visit(page, inject('baseURL'), '#/rules', '[data-testid=rules-weights]')
    await page.evaluate(() => {
      const style = document.createElement('style')
      style.textContent = 'body { color: red }'
      document.head.append(style)
      document.body.setAttribute('style', 'color: red')
    })
    await expect.poll(() => reports.violations.length).toBeGreaterThanOrEqual(2)
    expect(reports.violations.every((v) => v.startsWith('style-src'))).toBe(true)
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).not.toBe('rgb(255, 0, 0)')
  })

  test('the offline single file (dist/leitai-offline.html): hash policy, every view from file://', async () => {
    if (!existsSync(shellFile)) vite('--mode', 'offline-shell')
    const { policy, beforeAnyScript } = metaPolicy(readFileSync(shellFile, 'utf8'))
    expect(policy).toMatch(OFFLINE)
    expect(beforeAnyScript).toBe(true)
    const { page, reports } = await cspPage()
    const seen = await tour(page, pathToFileURL(shellFile).href)
    expect(seen.filter((s) => /\.(xlsx|csv|pptx|png)$/.test(s))).toHaveLength(4)
    expect(reports).toEqual({ violations: [], console: [], errors: [] })
  }, 240_000)

  test('the prerendered offline build (npm run build:offline): its inline gate and chooser are in the policy', async () => {
    vite('--mode', 'offline')
    const html = readFileSync(offlineFile, 'utf8')
    expect(metaPolicy(html).policy).toMatch(OFFLINE)
    expect(html).toContain('<script>(function choosePrerendered')
    expect(html).toContain('<script>(function waitForChooser')
    const { page, reports } = await cspPage({ width: 390, height: 844 })
    const base = pathToFileURL(offlineFile).href
    await visit(page, base, '#/rankings?quarter=2022Q2&section=economy', TABLE)
    expect(await page.getAttribute('#root', 'data-prerendered')).toBe('quarter=2022Q2&section=economy')
    await visit(page, base, '#/news?lang=en', '[data-testid=news-count]')
    expect(reports).toEqual({ violations: [], console: [], errors: [] })
  }, 120_000)
})
