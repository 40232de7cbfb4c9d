// Honest neighbours (issue 13): a served copy of dist/ with 2022Q2 broken (a score above its section's
// weight). 2022Q3 still renders and says its change against 2022Q2 is unknown because that file is
// broken, naming it (never "2022Q2未公布"); the 2022Q2 view shows the named error, in the UI's language.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { repoRoot } from '../../scripts/find-chrome.mjs'
import { type PreviewServer, startPreview } from '../../scripts/preview-server.mjs'
import { axeViolations, collectPageErrors, getBrowser } from './browser'

const BROKEN = 'data/real/quarters/2022Q2.json'
let root: string
let server: PreviewServer

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'leitai-broken-'))
  cpSync(join(repoRoot, 'dist'), join(root, 'dist'), { recursive: true })
  const dataDir = join(root, 'dist', 'data')
  const path = join(root, 'dist', BROKEN)
  const file = JSON.parse(readFileSync(path, 'utf8'))
  const economy = file.sections.find((s: { id: string }) => s.id === 'economy')
  economy.table.rows[0].score = 99.5 // economy's weight is 60
  writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`)
  execFileSync(process.execPath, [join(repoRoot, 'scripts', 'data-manifest.mjs'), dataDir], { stdio: 'pipe' })
  server = await startPreview({ root })
})

afterAll(async () => {
  await server?.close()
  if (root) rmSync(root, { recursive: true, force: true })
})

async function open(route: string) {
  const browser = await getBrowser()
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' })
  const page = await context.newPage()
  const errors = collectPageErrors(page)
  await page.goto(`${server.url}${route}`)
  return { page, errors, close: () => context.close() }
}

test('2022Q3 renders and says its change vs 2022Q2 is unknown because that file is broken', async () => {
  const { page, errors, close } = await open('#/rankings?quarter=2022Q3&section=overall')
  const rows = page.locator('[data-testid=rankings-table] tbody tr')
  await rows.first().waitFor()
  expect(await rows.first().innerText()).toContain('黄岛区')
  const marks = page.getByTestId('broken-baseline')
  await expect.poll(() => marks.count()).toBeGreaterThan(0)
  expect(await marks.first().innerText()).toContain('文件有误')
  const title = await marks.first().locator('xpath=..').getAttribute('title')
  expect(title).toContain(BROKEN)
  expect(title).toContain('无法得知')
  expect(await page.locator('main').innerText()).not.toContain('2022Q2未公布')
  expect(await axeViolations(page, 'broken neighbour')).toEqual([])
  expect(errors).toEqual([])
  await close()
})

test('the 2022Q2 view names the broken file and field, in Chinese and under lang=en in English', async () => {
  const zh = await open('#/rankings?quarter=2022Q2&section=economy')
  const panel = zh.page.getByTestId('data-error')
  await panel.first().waitFor()
  const text = await panel.first().innerText()
  expect(text).toContain(BROKEN)
  expect(text).toMatch(/sections\[\d\]\.table\.rows\[0\]\.score/)
  expect(text).toContain('得分 99.5 超出 0–60')
  expect(zh.errors).toEqual([])
  await zh.close()

  const en = await open('#/rankings?quarter=2022Q2&section=economy&lang=en')
  const enPanel = en.page.getByTestId('data-error')
  await enPanel.first().waitFor()
  await expect.poll(() => enPanel.first().innerText()).toContain('score 99.5 outside 0–60')
  expect(await enPanel.first().innerText()).not.toMatch(/[超出得分]/)
  await en.close()
})
