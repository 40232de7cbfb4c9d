// The clerk's path on the real build: paste a notice into #/import, review it, preview, save, find the
// quarter in rankings marked 本地导入 after a reload, download its file (it validates) and an offline
// copy that carries it and opens from file://.
import { readFileSync } from 'node:fs'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { repoRoot } from '../../scripts/find-chrome.mjs'
import { validateQuarter } from '../../src/domain/model/validate'
import { axeViolations, collectPageErrors, getBrowser, openPage, screenshot } from './browser'

const page2022 = readFileSync(
  join(repoRoot, 'tests', 'fixtures', 'notices', '2022-07-26-qdrb-page.txt'),
  'utf8',
)
// The same notice as if it were 2024's second quarter (a quarter the served data does not have).
const notice2024 = page2022
  .split('\n')
  .slice(52, 99)
  .join('\n')
  .replace('2022年二季度', '2024年二季度')
  .replace('2022年7月26日', '2024年7月26日')

const realData = (file: string) => readFileSync(join(repoRoot, 'public', 'data', 'real', file), 'utf8')
const ctx = () => ({
  districtIds: new Set((JSON.parse(realData('districts.json')) as { id: string }[]).map((d) => d.id)),
  sourceIds: new Set((JSON.parse(realData('sources.json')) as { id: string }[]).map((s) => s.id)),
})

async function paste(page: Page, text: string) {
  const box = page.getByRole('textbox', { name: '通报文本' })
  await box.fill(text)
}

describe('import', () => {
  test('paste → review → preview → save → rankings marks it 本地导入, after a reload too; its download validates', async () => {
    const page = await openPage('#/import')
    await paste(page, notice2024)
    const review = page.getByTestId('import-review')
    await expect
      .poll(() => review.getByTestId('import-summary').innerText())
      .toBe('3 张表、25 行、2 面红旗、1 条位次变动')
    expect(await review.getByTestId('review-table-economy').locator('tbody tr').count()).toBe(10)
    expect(await review.getByTestId('problem-warning').count()).toBe(5)
    expect(await review.getByTestId('problem-error').count()).toBe(0)
    await screenshot(page, 'import-review-desktop')
    expect(await axeViolations(page)).toEqual([])

    // A problem selects its place in the input.
    await review.getByTestId('problem-warning').nth(1).click()
    const selected = await page.getByRole('textbox', { name: '通报文本' }).evaluate((el) => {
      const t = el as HTMLTextAreaElement
      return t.value.slice(t.selectionStart, t.selectionEnd)
    })
    expect(selected).toBe('★★★★★★★★★')

    // Preview: the quarter shows in rankings, marked, before anything is saved.
    await page.getByTestId('import-preview-toggle').click()
    await page.getByRole('link', { name: '排名' }).last().click()
    await page.getByTestId('preview-banner').waitFor()
    await page.locator('[data-testid=rankings-table] tbody tr').first().waitFor()
    expect(await page.locator('[data-testid=rankings-table] tbody tr').first().innerText()).toContain('90.00')
    await page.getByRole('link', { name: '返回导入' }).click()

    await page.getByRole('button', { name: '保存到本机' }).click()
    await page.getByText('已保存 2024年二季度 到本机').waitFor()
    await page.goto(page.url().replace(/#.*$/, '#/rankings?quarter=2024Q2&section=economy'))
    await page.getByTestId('local-banner').waitFor()
    expect(await page.locator('[data-testid=rankings-table] tbody tr').first().innerText()).toMatch(
      /黄岛区[\s\S]*54\.96/,
    )
    const option = page.locator('select option[value="2024Q2"]').first()
    expect(await option.innerText()).toContain('本地导入')

    await page.reload()
    await page.getByTestId('local-banner').waitFor()
    await page.locator('[data-testid=rankings-table] tbody tr').first().waitFor()
    expect(await page.locator('[data-testid=rankings-table] tbody tr').count()).toBe(10)
    await screenshot(page, 'import-saved-rankings-desktop')

    // Its download is a valid quarter file of the served format.
    await page.goto(page.url().replace(/#.*$/, '#/import'))
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('local-quarters').getByRole('button', { name: '下载' }).click(),
    ])
    expect(download.suggestedFilename()).toBe('2024Q2.json')
    const text = readFileSync(await download.path(), 'utf8')
    const file = validateQuarter('quarters/2024Q2.json', text, ctx(), '2024Q2', 'real')
    expect(file.imported?.text).toBe(notice2024)
    expect(collectPageErrors(page)).toEqual([])
  })

  test('the draft survives a reload; errors name line and column and block saving; removal can be undone', async () => {
    const page = await openPage('#/import')
    const broken = notice2024.replace('\t平度市\t49.91', '\t平度县\t49.91')
    await paste(page, broken)
    const error = page.getByTestId('problem-error').first()
    await error.waitFor()
    expect(await error.innerText()).toMatch(/第\d+行第2列：未知区市「平度县」/)
    expect(await page.getByRole('button', { name: '保存到本机' }).isDisabled()).toBe(true)
    await page.waitForTimeout(600) // the draft is written 300 ms after the last keystroke
    await page.reload()
    await expect.poll(() => page.getByRole('textbox', { name: '通报文本' }).inputValue()).toBe(broken)
    await page.getByText('已恢复上次未完成的草稿').waitFor()

    await paste(page, notice2024)
    await page.getByRole('button', { name: '保存到本机' }).click()
    await page.getByTestId('local-quarters').getByRole('button', { name: '移除' }).click()
    await page.getByText('已移除 2024年二季度。').waitFor()
    expect(await page.getByTestId('local-quarters').count()).toBe(0)
    await page.reload()
    await page.getByRole('button', { name: '撤销' }).click()
    await page.getByTestId('local-quarters').waitFor()
    expect(await page.getByTestId('local-quarters').innerText()).toContain('2024年二季度')
  })

  test('replacing a served quarter shows what changes, figure by figure, and asks', async () => {
    const page = await openPage('#/import')
    await paste(page, page2022.replace('\t黄岛区\t54.96', '\t黄岛区\t54.97'))
    await page.getByRole('button', { name: '保存到本机' }).click()
    const changes = page.getByTestId('replace-changes')
    await changes.waitFor()
    expect(await changes.innerText()).toContain('54.96 → 54.97')
    await page.getByRole('button', { name: '取消' }).click()
    expect(await page.getByTestId('local-quarters').count()).toBe(0)
  })

  test('the offline copy made in the browser carries the local quarter and opens from file://', async () => {
    const page = await openPage('#/import')
    await paste(page, notice2024)
    await page.getByRole('button', { name: '保存到本机' }).click()
    await page.getByTestId('local-quarters').waitFor()
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.getByRole('button', { name: '下载离线副本（含本机导入的季度）' }).click(),
    ])
    const dir = await mkdtemp(join(tmpdir(), 'leitai-offline-'))
    const path = join(dir, download.suggestedFilename())
    await writeFile(path, readFileSync(await download.path()))

    const browser = await getBrowser()
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } })
    const offline = await context.newPage()
    const errors: string[] = []
    offline.on('pageerror', (e) => errors.push(e.message))
    await offline.goto(`${pathToFileURL(path).href}#/rankings?quarter=2024Q2&section=economy`)
    const rows = offline.locator('[data-testid=rankings-table] tbody tr')
    await rows.first().waitFor()
    expect(await rows.count()).toBe(10)
    expect(await rows.first().innerText()).toContain('54.96')
    await offline.goto(`${pathToFileURL(path).href}#/rankings?quarter=2022Q2&section=urban`)
    await rows.first().waitFor()
    expect(await rows.first().innerText()).toContain('19.38')
    expect(errors).toEqual([])
    await context.close()
  })
})
