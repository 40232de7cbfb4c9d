// Helpers for browser tests (*.e2e.ts). Import them in a test file:
//
//   import { collectPageErrors, openPage } from './browser'
//   test('rankings load', async () => {
//     const page = await openPage('#/rankings?quarter=2022Q2&section=economy')
//     await page.locator('table').waitFor()
//     expect(collectPageErrors(page)).toEqual([])
//   })
//
// One Chromium is launched lazily per test file and closed after the file (Vitest re-evaluates this module
// for every test file). Each openPage() gets a fresh browser context (own viewport, empty cache and storage);
// a page opened inside a test is closed when that test finishes, one opened in beforeAll stays until the end
// of the file. When a test fails, its open pages are screenshotted to test-results/screenshots/.

import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, inject, onTestFinished } from 'vitest'
import { launchChromium, repoRoot } from '../../scripts/find-chrome.mjs'

export const SCREENSHOT_DIR = join(repoRoot, 'test-results', 'screenshots')

export interface OpenPageOptions {
  /** CSS pixels; default 1366×768 (the office desktop the dashboard is designed for). */
  viewport?: { width: number; height: number }
  deviceScaleFactor?: number
  isMobile?: boolean
  hasTouch?: boolean
  reducedMotion?: BrowserContextOptions['reducedMotion']
  /** Load state to wait for after navigation; default 'load'. */
  waitUntil?: 'load' | 'domcontentloaded' | 'networkidle'
}

let browserPromise: Promise<Browser> | undefined
const contexts = new Set<BrowserContext>()
const consoleErrors = new WeakMap<Page, string[]>()
const pageErrors = new WeakMap<Page, Error[]>()

/** The Chromium shared by all tests of the current file. */
export function getBrowser(): Promise<Browser> {
  browserPromise ??= launchChromium({ executablePath: inject('chromePath') })
  return browserPromise
}

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {})
  contexts.clear()
  const browser = await browserPromise?.catch(() => undefined)
  browserPromise = undefined
  await browser?.close()
})

/** Absolute URL of a hash route: '#/rankings', '/rankings' and 'rankings' all mean `${baseURL}#/rankings`. */
export function appURL(hashRoute = '#/'): string {
  const route = hashRoute.replace(/^#?\/?/, '')
  return `${inject('baseURL')}#/${route}`
}

/** Open the built app at `hashRoute` in a fresh context and wait for the page to load. */
export async function openPage(hashRoute = '#/', options: OpenPageOptions = {}): Promise<Page> {
  const { viewport = { width: 1366, height: 768 }, waitUntil = 'load', ...contextOptions } = options
  const browser = await getBrowser()
  const context = await browser.newContext({ viewport, locale: 'zh-CN', ...contextOptions })
  contexts.add(context)
  const page = await context.newPage()

  // Start recording before navigating so errors thrown while the app boots are not missed.
  const errors: string[] = []
  const uncaught: Error[] = []
  consoleErrors.set(page, errors)
  pageErrors.set(page, uncaught)
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => uncaught.push(error))

  closeWhenTestFinishes(context, page)
  await page.goto(appURL(hashRoute), { waitUntil })
  // A prerendered view is on screen before its controls work: wait until the app has hydrated it,
  // as a test that presses a key at once would otherwise press an inert button.
  await page.waitForFunction(() => {
    const root = document.getElementById('root')
    return !root?.hasAttribute('data-prerendered') || root.hasAttribute('data-hydrated')
  })
  return page
}

/** Inside a test (or beforeEach), close the context afterwards, with a screenshot first if the test failed. */
function closeWhenTestFinishes(context: BrowserContext, page: Page) {
  try {
    onTestFinished(async ({ task }) => {
      if (task.result?.state === 'fail' && !page.isClosed()) {
        const path = await screenshot(page, `FAILED ${task.fullName}`).catch(() => undefined)
        if (path) console.error(`[e2e] screenshot of the failed test: ${path}`)
      }
      contexts.delete(context)
      await context.close().catch(() => {})
    })
  } catch {
    // Not inside a test (e.g. beforeAll): the afterAll above closes it.
  }
}

/**
 * console.error() messages of a page opened with openPage() (recorded since it was created), as a live array.
 * For other pages, recording starts now.
 */
export function collectConsoleErrors(page: Page): string[] {
  let errors = consoleErrors.get(page)
  if (!errors) {
    const list: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') list.push(message.text())
    })
    consoleErrors.set(page, list)
    errors = list
  }
  return errors
}

/** Uncaught exceptions ('pageerror' events) of a page, as a live array; like collectConsoleErrors(). */
export function collectPageErrors(page: Page): Error[] {
  let errors = pageErrors.get(page)
  if (!errors) {
    const list: Error[] = []
    page.on('pageerror', (error) => list.push(error))
    pageErrors.set(page, list)
    errors = list
  }
  return errors
}

/** Full-page PNG at test-results/screenshots/<name>.png (name made file-system safe). Returns the path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true })
  const safe = name
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 150)
  const path = join(SCREENSHOT_DIR, `${safe || 'screenshot'}.png`)
  await page.screenshot({ path, fullPage: true })
  return path
}

/**
 * axe-core violations on the page as readable lines ("rule: selector, selector"), prefixed with
 * `label` (e.g. the route) when given, so `expect(await axeViolations(page)).toEqual([])` says
 * exactly what failed.
 */
export async function axeViolations(page: Page, label = ''): Promise<string[]> {
  // A fade caught half way (the deck's control bar hides 2.5 s after the last mouse move) is a
  // colour no one reads: with reduced motion the app swaps instead of fading, and any finite
  // transition still running is let finish before axe measures contrast.
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter(
          (a) => a.playState === 'running' && Number.isFinite(Number(a.effect?.getComputedTiming().endTime)),
        )
        .map((a) => a.finished.catch(() => undefined)),
    ),
  )
  const result = await new AxeBuilder({ page }).analyze()
  return result.violations.map(
    (v) => `${label ? `${label} ` : ''}${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
}
