// The 擂台模式 start screen (#/present?start=1), its speaking-order editor and 检查数据, and the presenter
// view kept in step with the projected window (issue 12, "The meeting room"), against the real build.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { repoRoot } from '../../scripts/find-chrome.mjs'
import { type PreviewServer, startPreview } from '../../scripts/preview-server.mjs'
import { appURL, axeViolations, collectPageErrors, getBrowser, openPage } from './browser'

const REPORTED = 'chengyang,pingdu,laixi,shibei,licang'

async function waitForDeck(page: Page) {
  await page
    .locator('[data-testid="slide"][data-slide-id]:not([data-slide-id=""])')
    .waitFor({ timeout: 20_000 })
}
const slideId = (page: Page) => page.getAttribute('[data-testid="slide"]', 'data-slide-id')
const hashParams = (page: Page) => new URLSearchParams(new URL(page.url()).hash.split('?')[1] ?? '')

describe('start screen', () => {
  test('the header’s 擂台模式 opens it on 2022Q2 (newest complete table), listing the deck and what is 未公布', async () => {
    const page = await openPage('#/rankings')
    await page.getByRole('link', { name: '擂台模式' }).click()
    const start = page.getByTestId('start-screen')
    await start.waitFor()
    expect(hashParams(page).get('start')).toBe('1')
    await expect.poll(() => page.inputValue('[data-testid=start-quarter]')).toBe('2022Q2')
    await expect.poll(() => page.textContent('[data-testid=slide-count]')).toBe('共 17 张')
    const tables = await page.getByTestId('start-tables').innerText()
    expect(tables).toContain('综合成绩：已公布 5 / 10 个区市')
    expect(tables).toContain('项目签约落地：未公布（不放映）')
    expect(await axeViolations(page, 'start screen')).toEqual([])
    expect(collectPageErrors(page)).toEqual([])
  })

  test('the speaking order of the unranked places: the article’s order, kept in the URL, marked 发言顺序（非名次） on the card', async () => {
    const page = await openPage('#/present?start=1&quarter=2022Q2')
    await page.getByTestId('order-editor').waitFor()
    const rows = () =>
      page
        .locator('[data-testid=order-unranked] li')
        .evaluateAll((li) => li.map((l) => l.getAttribute('data-district')))
    expect(await rows()).toEqual(['shibei', 'licang', 'chengyang', 'pingdu', 'laixi'])
    expect(await page.getByTestId('order-state').innerText()).toBe('现为区市名录顺序')
    await page.getByTestId('order-reported').click()
    await expect.poll(() => hashParams(page).get('order')).toBe(REPORTED)
    expect(await rows()).toEqual(REPORTED.split(','))
    expect(await page.getByTestId('order-state').innerText()).toBe('现为自定顺序，已写入链接')
    // ↓ on 城阳区 swaps it with 平度市.
    await page.getByRole('button', { name: '下移 城阳区' }).click()
    await expect.poll(() => hashParams(page).get('order')).toBe('pingdu,chengyang,laixi,shibei,licang')
    await page.getByRole('button', { name: '上移 城阳区' }).click()
    await expect.poll(() => hashParams(page).get('order')).toBe(REPORTED)

    await page.getByTestId('start-deck').click()
    await waitForDeck(page)
    expect(hashParams(page).get('start')).toBeNull()
    expect(hashParams(page).get('order')).toBe(REPORTED)
    // Slides 1–6 are title … movers; card 6 (slide 12) is 城阳区, the first unranked speaker.
    await page.keyboard.type('12')
    await page.keyboard.press('Enter')
    await expect.poll(() => slideId(page)).toBe('district:chengyang')
    expect(await page.getByTestId('card-name').innerText()).toBe('城阳区')
    expect(await page.getByTestId('order-mark').innerText()).toBe('发言顺序（非名次）')
    expect(await page.getByTestId('order-note').innerText()).toContain(
      '其余按会议安排：城阳区、平度市、莱西市、市北区和李沧区',
    )
    const main = await page.getByTestId('slide').innerText()
    expect(main).toContain('综合位次未公布')
    expect(main).not.toMatch(/综合\s*第6位/)
    // A ranked card carries no such mark.
    await page.keyboard.press('Home')
    await page.keyboard.type('7')
    await page.keyboard.press('Enter')
    await expect.poll(() => slideId(page)).toBe('district:huangdao')
    expect(await page.getByTestId('order-mark').count()).toBe(0)
    expect(collectPageErrors(page)).toEqual([])
  })

  test('bad order= values are named and ignored', async () => {
    const page = await openPage('#/present?start=1&quarter=2022Q2&order=pingdu,xx,pingdu,huangdao')
    const problems = page.getByTestId('order-problems')
    await problems.waitFor()
    const text = await problems.innerText()
    expect(text).toContain('“xx”不是区市代码')
    expect(text).toContain('“pingdu”重复')
    expect(text).toContain('“huangdao”综合位次已公布，按位次发言')
    const rows = await page
      .locator('[data-testid=order-unranked] li')
      .evaluateAll((li) => li.map((l) => l.getAttribute('data-district')))
    expect(rows).toEqual(['pingdu', 'shibei', 'licang', 'chengyang', 'laixi'])
  })

  test('检查数据 on the served data: every file the deck needs passes', async () => {
    const page = await openPage('#/present?start=1&quarter=2022Q2')
    await page.getByTestId('check-button').click()
    const result = page.getByTestId('check-result')
    await expect.poll(() => result.getAttribute('data-bad'), { timeout: 15_000 }).toBe('0')
    expect(await result.innerText()).toContain('全部 5 个文件校验通过，可以放映。')
    const files = await result
      .locator('li')
      .evaluateAll((li) => li.map((l) => `${l.getAttribute('data-file')} ${l.getAttribute('data-status')}`))
    expect(files).toEqual([
      'data/manifest.json ok',
      'data/real/districts.json ok',
      'data/real/sources.json ok',
      'data/real/quarters/2022Q2.json ok',
      'data/real/quarters/2022Q1.json ok',
    ])
  })
})

describe('检查数据 with a broken file', () => {
  const BROKEN = 'data/real/quarters/2022Q2.json'
  let root: string
  let server: PreviewServer
  let field: string

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'leitai-check-'))
    cpSync(join(repoRoot, 'dist'), join(root, 'dist'), { recursive: true })
    const path = join(root, 'dist', BROKEN)
    const file = JSON.parse(readFileSync(path, 'utf8'))
    const i = file.sections.findIndex((s: { id: string }) => s.id === 'economy')
    file.sections[i].table.rows[0].score = 99.5 // economy's weight is 60
    field = `sections[${i}].table.rows[0].score`
    writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`)
    execFileSync(
      process.execPath,
      [join(repoRoot, 'scripts', 'data-manifest.mjs'), join(root, 'dist', 'data')],
      {
        stdio: 'pipe',
      },
    )
    server = await startPreview({ root })
  })

  afterAll(async () => {
    await server?.close()
    if (root) rmSync(root, { recursive: true, force: true })
  })

  test('names the file and the field before the meeting; the other files pass', async () => {
    const browser = await getBrowser()
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' })
    try {
      const page = await context.newPage()
      const errors = collectPageErrors(page)
      await page.goto(`${server.url}#/present?start=1&quarter=2022Q2`)
      await page.getByTestId('check-button').click()
      const result = page.getByTestId('check-result')
      await expect.poll(() => result.getAttribute('data-bad'), { timeout: 15_000 }).toBe('1')
      expect(await result.innerText()).toContain('1 / 5 个文件有问题')
      const bad = result.locator(`li[data-file="${BROKEN}"]`)
      expect(await bad.getAttribute('data-status')).toBe('error')
      const text = await bad.innerText()
      expect(text).toContain(BROKEN)
      expect(text).toContain(field)
      expect(text).toContain('99.5')
      expect(await result.locator('li[data-status=ok]').count()).toBe(4)
      expect(await axeViolations(page, 'check data with a broken file')).toEqual([])
      expect(errors).toEqual([])
    } finally {
      await context.close()
    }
  })
})

describe('presenter view', () => {
  test('two windows step together: ArrowRight in the presenter moves the audience, and the reverse', async () => {
    const audience = await openPage('#/present?quarter=2022Q2', { viewport: { width: 1280, height: 720 } })
    await waitForDeck(audience)
    const presenter = await audience.context().newPage()
    await presenter.setViewportSize({ width: 1366, height: 768 })
    await presenter.goto(appURL('#/present?quarter=2022Q2&view=presenter'))
    const current = presenter.getByTestId('presenter-current')
    await current.waitFor({ timeout: 20_000 })
    expect(await current.getAttribute('data-slide-id')).toBe('title')
    expect(await presenter.getByTestId('presenter-next-label').innerText()).toBe('综合成绩与红旗')

    await presenter.keyboard.press('ArrowRight')
    await expect.poll(() => slideId(audience)).toBe('podium')
    await presenter.keyboard.press('ArrowRight')
    await expect.poll(() => slideId(audience)).toBe('board:overall')

    await audience.keyboard.press('ArrowRight')
    await expect.poll(() => current.getAttribute('data-slide-id')).toBe('board:economy')
    await audience.keyboard.press('ArrowLeft')
    await expect.poll(() => current.getAttribute('data-slide-id')).toBe('board:overall')
    expect(await slideId(audience)).toBe('board:overall')
    // The presenter's notes and sources follow the current slide.
    expect(await presenter.getByTestId('presenter-notes').innerText()).toContain(
      '综合成绩：已公布 5 / 10 个区市',
    )
    expect(await presenter.getByTestId('presenter-sources').innerText()).toContain('青岛日报')

    // On a speaker's card, T in the presenter starts the timer in both windows.
    await presenter.keyboard.type('7')
    await presenter.keyboard.press('Enter')
    await expect.poll(() => slideId(audience)).toBe('district:huangdao')
    expect(await audience.getAttribute('[data-testid=speaker-timer]', 'data-ready')).toBe('true')
    await presenter.keyboard.press('t')
    await expect.poll(() => audience.getAttribute('[data-testid=speaker-timer]', 'data-running')).toBe('true')
    expect(await presenter.getByTestId('presenter-timer').getAttribute('data-running')).toBe('true')

    expect(await axeViolations(presenter, 'presenter view')).toEqual([])
    expect(collectPageErrors(audience)).toEqual([])
    expect(collectPageErrors(presenter)).toEqual([])
  })

  test('the control bar’s 演讲者视图 opens the presenter view in a second window at the same slide', async () => {
    const audience = await openPage('#/present?quarter=2022Q2&slide=3', {
      viewport: { width: 1280, height: 720 },
    })
    await waitForDeck(audience)
    await audience.mouse.move(600, 300)
    const [popup] = await Promise.all([
      audience.context().waitForEvent('page'),
      audience.click('[data-control=presenter]'),
    ])
    await popup.getByTestId('presenter-current').waitFor({ timeout: 20_000 })
    const params = new URLSearchParams(new URL(popup.url()).hash.split('?')[1])
    expect(params.get('view')).toBe('presenter')
    expect(params.get('slide')).toBe('3')
    expect(await popup.getByTestId('presenter-current').getAttribute('data-slide-id')).toBe('board:overall')
  })
})
