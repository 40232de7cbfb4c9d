// County scale: a served deployment opens a folder dataset (data/<name>/ with its own manifest, written
// by the generator in one step) by link, marks it DEMO, virtualises its table, searches it, sorts it
// and opens a unit page. A moderate size (400 units × 8 quarters) keeps the test quick; the full
// 3,000 × 40 is measured by the benchmark. Runs against a temporary copy of dist/ with its own server.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { repoRoot } from '../../scripts/find-chrome.mjs'
import { type PreviewServer, startPreview } from '../../scripts/preview-server.mjs'
import { collectPageErrors, getBrowser } from './browser'

let root: string
let server: PreviewServer

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'leitai-county-'))
  cpSync(join(repoRoot, 'dist'), join(root, 'dist'), { recursive: true })
  const generator = join(repoRoot, 'scripts', 'generate-demo.mjs')
  const folder = join(root, 'dist', 'data', 'county')
  execFileSync(process.execPath, [generator, '--large', folder, '--districts', '400', '--quarters', '8'], {
    stdio: 'pipe',
  })
  server = await startPreview({ root })
})

afterAll(async () => {
  await server?.close()
  if (root) rmSync(root, { recursive: true, force: true })
})

test('a folder dataset opened by link: DEMO, virtual rows, search, sort, a unit page', async () => {
  const browser = await getBrowser()
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' })
  const page = await context.newPage()
  const errors = collectPageErrors(page)
  const table = page.getByTestId('rankings-table')
  const rows = table.locator('tbody tr[data-district]')

  await page.goto(`${server.url}#/rankings?dataset=county`)
  await rows.first().waitFor()
  await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toContain('2016年四季度')

  // Generated data says so, in the header and its banner; the switch names the folder.
  await page.getByTestId('demo-marker').waitFor()
  await page.getByTestId('demo-banner').waitFor()
  expect(await page.getByTestId('dataset-switch').inputValue()).toBe('county')
  expect(await page.getByTestId('dataset-switch').locator('option:checked').innerText()).toContain('county')

  // Virtual: 400 rows in the table's semantics, a few dozen in the DOM, numbered for screen readers.
  expect(await table.getAttribute('aria-rowcount')).toBe('401')
  const inDom = await rows.count()
  expect(inDom).toBeGreaterThan(5)
  expect(inDom).toBeLessThan(80)
  expect(await rows.first().getAttribute('aria-rowindex')).toBe('2')
  // Scrolling renders the rows further down.
  await page.mouse.wheel(0, 8000)
  await expect.poll(async () => Number(await rows.first().getAttribute('aria-rowindex'))).toBeGreaterThan(50)
  await page.evaluate(() => window.scrollTo(0, 0))

  // Search by name and by the English name's initials (Demo District 0042 → dd0042).
  const search = page.getByTestId('rankings-search')
  await search.fill('示例区0042')
  await expect.poll(() => rows.count()).toBe(1)
  expect(await rows.first().getAttribute('data-district')).toBe('d0042')
  await search.fill('dd012')
  // d0120–d0129
  await expect.poll(() => rows.count()).toBe(10)
  expect(await page.getByTestId('rankings-search-count').innerText()).toContain('10')
  await search.fill('')
  await expect.poll(() => table.getAttribute('aria-rowcount')).toBe('401')

  // Sort by name: d0001 first (示例区0001…), then back to the first rows in score order.
  await page.locator('th button[data-column=district]').click()
  await expect.poll(() => page.url()).toContain('sort=district.asc')
  await expect.poll(() => rows.first().getAttribute('data-district')).toBe('d0001')
  await page.locator('th button[data-column=score]').click()
  await expect.poll(() => page.url()).toContain('sort=score.desc')
  // The URL changes a moment before the table re-renders: wait for the header, then the new first row.
  await expect
    .poll(() => page.locator('th:has(button[data-column=score])').getAttribute('aria-sort'))
    .toBe('descending')
  await expect.poll(() => rows.first().getAttribute('data-district')).not.toBe('d0001')
  const top = await rows.first().getAttribute('data-district')
  expect(top).toMatch(/^d\d{4}$/)

  // Open the unit page from the table; the dataset travels with the link and the page is marked DEMO.
  await rows.first().locator('a').first().click()
  await expect.poll(() => page.url()).toContain(`#/districts/${top}`)
  expect(page.url()).toContain('dataset=county')
  await page.getByTestId('demo-marker-page').waitFor()
  expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(/示例区\d{4}/)

  expect(errors).toEqual([])
  await context.close()
})

test('a folder that is not there is a named error, and the built-in data keeps working', async () => {
  const browser = await getBrowser()
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' })
  const page = await context.newPage()
  await page.goto(`${server.url}#/rankings?dataset=nowhere`)
  await expect.poll(() => page.locator('main').innerText()).toContain('data/nowhere/manifest.json')
  await page.goto(`${server.url}#/rankings?quarter=2022Q2&section=economy`)
  await page.getByTestId('rankings-table').locator('tbody tr').first().waitFor()
  expect(await page.getByTestId('rankings-table').locator('tbody tr').count()).toBe(10)
  await context.close()
})
