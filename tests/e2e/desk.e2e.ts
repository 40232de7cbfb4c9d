// Browser tests of the desk (issue 12A): the first screen, focus, the provenance popover, the one 推算
// rule, the rise flag's lower bound, the neutral star note and the rules page, on the real build.
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { axeViolations, collectPageErrors, openPage } from './browser'

const rowsOf = (page: Page) => page.locator('[data-testid=rankings-table] tbody tr')
const row = (page: Page, district: string) =>
  page.locator(`[data-testid=rankings-table] tbody tr[data-district=${district}]`)
const activeIsMain = (page: Page) => page.evaluate(() => document.activeElement?.id === 'main')

describe('first screen', () => {
  test('a bare #/ opens on 2022Q2 with ten economy rows that carry numbers, and no focus on the page', async () => {
    const page = await openPage('#/', { waitUntil: 'networkidle' })
    await rowsOf(page).first().waitFor()
    expect(await rowsOf(page).count()).toBe(10)
    const texts = await rowsOf(page).allInnerTexts()
    for (const text of texts) expect(text).toMatch(/\d+\.\d\d/)
    expect(await page.locator('h1').first().innerText()).toMatch(/2022年二季度.*经济运行/)
    expect(await page.locator('header select:has(option[value="2022Q2"])').inputValue()).toBe('2022Q2')
    expect(await activeIsMain(page)).toBe(false)
    expect(await page.getByTestId('sparse-notice').count()).toBe(0)
    expect(collectPageErrors(page)).toEqual([])
  })

  test('lang=en links and the / → /rankings redirect do not move focus; the user’s own navigation does', async () => {
    const page = await openPage('#/?lang=en', { waitUntil: 'networkidle' })
    await rowsOf(page).first().waitFor()
    expect(new URL(page.url()).hash).toMatch(/^#\/rankings/)
    expect(await activeIsMain(page)).toBe(false)
    await page.locator('nav a[href*="movement"]').click()
    await expect.poll(() => page.url()).toMatch(/#\/movement/)
    await expect
      .poll(() => page.evaluate(() => `${document.activeElement?.tagName}#${document.activeElement?.id}`))
      .toBe('MAIN#main')
  })

  test('a sparse quarter says so once, with a link to the newest complete results', async () => {
    const page = await openPage('#/rankings?quarter=2023Q3')
    const notice = page.getByTestId('sparse-notice')
    await notice.waitFor()
    expect(await notice.count()).toBe(1)
    expect(await notice.innerText()).toMatch(
      /^本季度仅公布1个区市的综合位次或得分；最近一次完整成绩为2022年二季度 →$/,
    )
    await notice.getByRole('link').click()
    await expect.poll(() => page.url()).toMatch(/quarter=2022Q2&section=economy/)
    expect(await rowsOf(page).count()).toBe(10)
  })

  test('a district page without a quarter opens on that district’s newest quarter with data', async () => {
    const page = await openPage('#/districts/pingdu', { waitUntil: 'networkidle' })
    await expect
      .poll(() => page.locator('header select:has(option[value="2022Q2"])').inputValue())
      .toBe('2022Q2')
    await expect.poll(() => page.locator('h1').first().innerText()).toMatch(/平度市/)
  })
})

describe('provenance popover', () => {
  test('opens anchored to its mark, leaves the row height unchanged, closes on Esc and outside click', async () => {
    const page = await openPage('#/rankings?quarter=2023Q3', { waitUntil: 'networkidle' })
    const huangdao = row(page, 'huangdao')
    await huangdao.waitFor()
    const before = (await huangdao.boundingBox())?.height
    const mark = huangdao.locator('[data-status-mark] button').first()
    await mark.click()
    const pop = page.getByTestId('provenance')
    await pop.waitFor({ state: 'visible' })
    expect(await pop.innerText()).toMatch(/新华财经/)
    expect((await huangdao.boundingBox())?.height).toBe(before)
    // Anchored: just below (or above) the mark, not somewhere else on the page.
    const m = await mark.boundingBox()
    const p = await pop.boundingBox()
    expect(
      m && p && Math.min(Math.abs(p.y - (m.y + m.height)), Math.abs(m.y - (p.y + p.height))),
    ).toBeLessThan(12)
    expect(await axeViolations(page, 'popover open')).toEqual([])
    await page.keyboard.press('Escape')
    await pop.waitFor({ state: 'hidden' })
    expect(await mark.getAttribute('aria-expanded')).toBe('false')

    await mark.click()
    await pop.waitFor({ state: 'visible' })
    await page.mouse.click(5, 700)
    await pop.waitFor({ state: 'hidden' })
  })

  test('fits a 390 px phone', async () => {
    const page = await openPage('#/rankings?quarter=2023Q3', {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      waitUntil: 'networkidle',
    })
    const mark = row(page, 'huangdao').locator('[data-status-mark] button').first()
    await mark.scrollIntoViewIfNeeded()
    await mark.click()
    const pop = page.getByTestId('provenance')
    await pop.waitFor({ state: 'visible' })
    const box = await pop.boundingBox()
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true)
  })
})

describe('one rule for 推算, and the rise flag as evidence', () => {
  test('黄岛区 2022Q2 持平 vs 2022Q1 is marked 推算 in rankings and on its district card alike', async () => {
    const page = await openPage('#/rankings?quarter=2022Q2&section=overall')
    const cell = row(page, 'huangdao').locator('[data-derived-change]')
    await cell.waitFor()
    expect(await cell.innerText()).toBe('推算')
    const card = await openPage('#/districts/huangdao?quarter=2022Q2', { waitUntil: 'networkidle' })
    const change = card.getByTestId('composite-change')
    await change.waitFor()
    expect(await change.locator('[data-derived-change]').innerText()).toBe('推算')
    // A change stated in the notice (市南区 上升2个位次) is published: no 推算 mark.
    expect(await row(page, 'shinan').locator('[data-derived-change]').count()).toBe(0)
  })

  test('市北区 2023Q3 shows ▲≥2 marked derived in the change column, the movers brief and the district card', async () => {
    const page = await openPage('#/rankings?quarter=2023Q3')
    const shibei = row(page, 'shibei')
    await shibei.waitFor()
    expect(await shibei.innerText()).toMatch(/▲≥2[\s\S]*（据红旗规则推算）/)

    const movement = await openPage('#/movement?to=2023Q3', { waitUntil: 'networkidle' })
    const summary = movement.getByTestId('movers-summary')
    await summary.waitFor()
    expect(await summary.innerText()).toMatch(
      /市北区获“加压奋进、进位赶超”红旗，综合位次较二季度至少上升2位（据红旗规则推算/,
    )
    expect(await movement.getByTestId('movers-brief').innerText()).toMatch(/▲≥2/)

    const card = await openPage('#/districts/shibei?quarter=2023Q3', { waitUntil: 'networkidle' })
    const change = card.getByTestId('composite-change')
    await change.waitFor()
    expect(await change.innerText()).toMatch(/▲≥2[\s\S]*据红旗规则推算/)
  })
})

describe('stars and the rules page', () => {
  test('2022Q2 economy shows printed stars with a neutral 注, no rule badge and no "should" wording', async () => {
    const page = await openPage('#/rankings?quarter=2022Q2&section=economy')
    const huangdao = row(page, 'huangdao')
    await huangdao.waitFor()
    expect(await huangdao.locator('[data-star-note]').innerText()).toBe('注')
    const text = await page.locator('main').innerText()
    expect(text).not.toMatch(/规则10星|应为10星|应得/)
  })

  test('a star links to the rules page, which is generated from the data and the rules', async () => {
    const page = await openPage('#/rankings?quarter=2022Q2&section=economy')
    const star = row(page, 'huangdao').locator('a[data-rules-link=stars]')
    await star.waitFor()
    await star.click()
    await expect.poll(() => page.url()).toMatch(/#\/rules\?topic=stars/)
    const rules = page.getByTestId('rules-page')
    await rules.waitFor()
    expect(await page.locator('h1').innerText()).toBe('考核规则说明')
    expect(await page.getByTestId('rules-coverage').innerText()).toMatch(/数据更新至2023年三季度/)
    expect(await page.getByTestId('rules-stars').innerText()).toMatch(
      /第1位 → ★{10} 10星[\s\S]*第10位 → ★ 1星/,
    )
    const weights = page.getByTestId('rules-weights')
    expect(await weights.locator('thead').innerText()).toMatch(/优化营商环境/)
    expect(await weights.locator('tr[data-quarter="2022Q2"]').innerText()).toMatch(/60/)
    expect(await weights.locator('tr[data-quarter="2023Q3"]').innerText()).toMatch(/群众满意度/)
    expect(await page.getByTestId('rules-example-published').innerText()).toMatch(/\d/)
    expect(await page.getByTestId('rules-example-derived').count()).toBe(1)
    expect(await page.getByTestId('rules-example-not').innerText()).toMatch(/图片/)
    expect(await page.locator('nav a[href*="rules"]').count()).toBe(1)
    expect(await axeViolations(page, 'rules'), (await axeViolations(page, 'rules')).join('\n')).toEqual([])
  })
})

describe('district filter', () => {
  test('closes on Esc and on a click outside', async () => {
    const page = await openPage('#/rankings?quarter=2022Q2&section=economy')
    const filter = page.getByTestId('district-filter')
    await filter.locator('summary').click()
    await expect.poll(() => filter.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true)
    await page.keyboard.press('Escape')
    await expect.poll(() => filter.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false)
    await filter.locator('summary').click()
    await expect.poll(() => filter.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true)
    await page.locator('h1').click()
    await expect.poll(() => filter.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false)
  })
})
