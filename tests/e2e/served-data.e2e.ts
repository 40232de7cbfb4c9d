// A served deployment reads its data at run time from data/ next to index.html: an administrator adds a
// quarter by copying its file into data/real/quarters/ and rewriting the manifest there, with no rebuild.
// Runs against a temporary copy of dist/ with its own server, so the other browser tests keep the build as built.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { repoRoot } from '../../scripts/find-chrome.mjs'
import { type PreviewServer, startPreview } from '../../scripts/preview-server.mjs'
import { collectPageErrors, getBrowser } from './browser'

let root: string
let server: PreviewServer

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'leitai-served-'))
  cpSync(join(repoRoot, 'dist'), join(root, 'dist'), { recursive: true })
  server = await startPreview({ root })
})

afterAll(async () => {
  await server?.close()
  if (root) rmSync(root, { recursive: true, force: true })
})

test('a served deployment picks up a quarter file copied into data/ without a rebuild', async () => {
  const browser = await getBrowser()
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' })
  const page = await context.newPage()
  const errors = collectPageErrors(page)
  const dataRequests: string[] = []
  page.on('request', (r) => {
    if (r.url().includes('/data/')) dataRequests.push(r.url())
  })
  const quarterSelect = page.getByLabel('季度')
  const optionValues = () =>
    quarterSelect.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))
  const rows = page.locator('[data-testid=rankings-table] tbody tr')

  await page.goto(`${server.url}#/rankings?quarter=2022Q2&section=economy`)
  await rows.first().waitFor()
  expect(await optionValues()).not.toContain('2024Q1')

  // What the administrator does on the server: copy in the new quarter's file (here a copy of 2022Q2
  // relabelled 2024Q1, so it validates) and rewrite that folder's manifest with the script.
  const dataDir = join(root, 'dist', 'data')
  const file = JSON.parse(readFileSync(join(dataDir, 'real', 'quarters', '2022Q2.json'), 'utf8'))
  file.quarter = '2024Q1'
  writeFileSync(join(dataDir, 'real', 'quarters', '2024Q1.json'), `${JSON.stringify(file, null, 2)}\n`)
  execFileSync(process.execPath, [join(repoRoot, 'scripts', 'data-manifest.mjs'), dataDir], { stdio: 'pipe' })
  const manifest = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8'))
  const sha: string = manifest.datasets.real.quarters['2024Q1'].sha256

  await page.reload()
  await expect.poll(optionValues).toContain('2024Q1')
  await quarterSelect.selectOption('2024Q1')
  await expect.poll(() => page.url()).toContain('quarter=2024Q1')
  await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toContain('2024年一季度')
  await rows.first().waitFor()
  expect(await rows.count()).toBe(10)
  expect(await rows.first().innerText()).toContain('54.96')
  // Fetched by its manifest path with the new file's hash as the cache buster.
  expect(dataRequests).toContain(`${server.url}data/real/quarters/2024Q1.json?v=${sha.slice(0, 12)}`)
  expect(errors).toEqual([])
  await context.close()
})
